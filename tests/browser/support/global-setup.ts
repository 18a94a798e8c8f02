/**
 * Serves the built site on 127.0.0.1 for the browser tests. `npm test` builds first;
 * running the browser tests alone needs `npm run build` beforehand.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../../scripts/serve.mjs';
import { findChromium } from './chromium';

let server: Server | undefined;

export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does this for you).');
  }
  findChromium();
  server = (await startServer({ port: 0 })) as Server;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const base = process.env.BASE_PATH || '/';
  project.provide('baseUrl', `http://127.0.0.1:${port}${base.endsWith('/') ? base : `${base}/`}`);
}

export async function teardown() {
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
