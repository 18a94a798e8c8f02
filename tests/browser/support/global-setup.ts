/**
 * Serves the built site on 127.0.0.1 and starts the one Chromium every browser test file connects
 * to. `npm test` builds first; running the browser tests alone needs `npm run build` beforehand.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../../scripts/serve.mjs';
import { startBrowserServer } from './chromium';

let server: Server | undefined;
let browser: BrowserServer | undefined;

export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does this for you).');
  }
  browser = await startBrowserServer();
  server = (await startServer({ port: 0 })) as Server;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const base = process.env.BASE_PATH || '/';
  project.provide('baseUrl', `http://127.0.0.1:${port}${base.endsWith('/') ? base : `${base}/`}`);
  project.provide('browserEndpoint', browser.wsEndpoint());
}

export async function teardown() {
  await browser?.close();
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserEndpoint: string;
  }
}
