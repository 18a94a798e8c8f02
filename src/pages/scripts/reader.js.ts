/**
 * /scripts/reader.js: the reader tools (src/scripts/reader.ts) bundled into one small ES module,
 * loaded on demand by the inline head script, never up front (issue #19: no script files before the
 * reader acts). esbuild is already used to minify the inline scripts.
 */
import { buildSync } from 'esbuild';
import { resolve } from 'node:path';

export function GET() {
  // The build runs from the project root; the page itself is bundled elsewhere, so no import.meta.url.
  const entry = resolve('src/scripts/reader.ts');
  const out = buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2020',
    write: false,
    legalComments: 'none',
  });
  return new Response(out.outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
