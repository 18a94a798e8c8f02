/** Minifies a script that is inlined into every page, so the theme and search trigger stay small. */
import { transformSync } from 'esbuild';

const cache = new Map<string, string>();

export function minifyInline(source: string): string {
  let out = cache.get(source);
  if (out === undefined) {
    out = transformSync(source, { minify: true, target: 'es2020' }).code.trim();
    cache.set(source, out);
  }
  return out;
}
