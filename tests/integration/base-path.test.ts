/**
 * The site works under a sub-path (a GitHub Pages project site): built with BASE_PATH, every
 * internal link, script, stylesheet and image stays under it, and no link or #fragment is broken.
 * The build is the shared one of shared-build.ts (BASE_PATH=/reprogrammed/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from '../browser/support/pages';
import { checkLinks } from '../browser/support/links';
import { BASE, SITE } from './shared-build';

const { dir, build } = inject('site');
const dist = join(dir, 'dist');

describe(`a build with BASE_PATH=${BASE}`, () => {
  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('keeps every root-relative address under the base path', () => {
    const outside: string[] = [];
    for (const page of builtPages(dist)) {
      const html = readFileSync(join(dist, page.endsWith('.html') ? page : `${page}index.html`), 'utf8');
      for (const m of html.matchAll(
        /\s(?:href|src|component-url|renderer-url|data-search-module|data-search-base|data-props)="(\/[^"]*)"/g,
      )) {
        if (!m[1]!.startsWith(BASE)) outside.push(`/${page}: ${m[1]}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('has no broken internal links or fragments', () => {
    const problems = checkLinks(dist, builtPages(dist), BASE).map((p) => `/${p.page} -> ${p.link}: ${p.why}`);
    expect(problems).toEqual([]);
  });

  it('writes canonical and social-card URLs on the configured site', () => {
    const html = readFileSync(join(dist, 'chapters/cornea/index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="${SITE}${BASE}chapters/cornea/">`);
    expect(html).toContain(`content="${SITE}${BASE}og/cornea.png"`);
  });
});
