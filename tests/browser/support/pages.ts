/** Lists every built page as a URL path, from dist/, so tests cover pages as they are added. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function builtPages(dir = 'dist'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name === 'pagefind' || name === '_astro') continue;
        walk(p);
      } else if (name.endsWith('.html')) {
        const rel = relative(dir, p).replace(/\\/g, '/');
        out.push(rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dir);
  return out.sort();
}
