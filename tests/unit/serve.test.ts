import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startServer } from '../../scripts/serve.mjs';

// A site folder "dist" with a sibling "dist-other" whose name starts the same way.
const parent = mkdtempSync(join(tmpdir(), 'serve-'));
let server: Server;
let origin: string;

beforeAll(async () => {
  mkdirSync(join(parent, 'dist', 'page'), { recursive: true });
  mkdirSync(join(parent, 'dist-other'));
  writeFileSync(join(parent, 'dist', 'index.html'), 'home');
  writeFileSync(join(parent, 'dist', 'page', 'index.html'), 'page');
  writeFileSync(join(parent, 'dist', '404.html'), 'not found page');
  writeFileSync(join(parent, 'dist-other', 'x.txt'), 'secret');
  server = (await startServer({ dir: join(parent, 'dist'), port: 0, base: '/' })) as Server;
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server?.close();
  rmSync(parent, { recursive: true, force: true });
});

describe('preview server', () => {
  it('serves pages from the site folder', async () => {
    const res = await fetch(`${origin}/page/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('page');
  });

  it.each(['/..%2fdist-other/x.txt', '/%2e%2e/dist-other/x.txt', '/..%5cdist-other/x.txt', '/%E0%A4%A'])(
    'never serves a file outside the site folder: %s',
    async (path) => {
      const res = await fetch(origin + path);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('secret');
    },
  );
});
