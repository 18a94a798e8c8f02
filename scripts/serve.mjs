#!/usr/bin/env node
/**
 * A tiny static server for dist/ (no dependencies): `npm run preview`, and the browser tests.
 * Honours BASE_PATH, serves 404.html for unknown paths, and never leaves the dist folder.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SITE_NAME } from '../src/site.config.ts';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export function startServer({
  dir = 'dist',
  port = 4321,
  host = '127.0.0.1',
  base = process.env.BASE_PATH || '/',
} = {}) {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return send404(res, root);
    }
    if (!path.startsWith(prefix) && `${path}/` !== prefix) return send404(res, root);
    path = path.slice(prefix.length - 1) || '/';
    let file = normalize(join(root, path));
    // Inside the root means the root itself or below "root/": a sibling such as dist-other/ shares
    // the prefix "dist" but not "dist/".
    if (file !== root && !file.startsWith(root + sep)) return send404(res, root);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return send404(res, root);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

function send404(res, root) {
  const page = join(root, '404.html');
  res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
  if (existsSync(page)) createReadStream(page).pipe(res);
  else res.end('Not found');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT || 4321);
  const server = await startServer({ port });
  const { port: actual } = server.address();
  const base = process.env.BASE_PATH || '/';
  console.log(
    `\n  ${SITE_NAME} is being served at http://127.0.0.1:${actual}${base.endsWith('/') ? base : base + '/'}\n  Press Ctrl+C to stop.\n`,
  );
}
