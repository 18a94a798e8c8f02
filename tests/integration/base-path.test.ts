/**
 * The site works under a sub-path (a GitHub Pages project site): built with BASE_PATH, every
 * internal link, script, stylesheet and image stays under it, and no link or #fragment is broken.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, tempProject } from '../support/temp-project';
import { builtPages } from '../browser/support/pages';
import { checkLinks } from '../browser/support/links';

const BASE = '/reprogrammed/';
let dir: string;
let build: ReturnType<typeof spawnSync>;

beforeAll(() => {
  dir = tempProject('reprogrammed-base-');
  build = spawnSync('npx', ['astro', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 170_000,
    env: buildEnv({ BASE_PATH: BASE, SITE: 'https://example.github.io' }),
  });
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe(`a build with BASE_PATH=${BASE}`, () => {
  it('builds', () => {
    expect(build.status, String(build.stderr).slice(-2000)).toBe(0);
  });

  it('keeps every root-relative address under the base path', () => {
    const dist = join(dir, 'dist');
    const outside: string[] = [];
    for (const page of builtPages(dist)) {
      const html = readFileSync(join(dist, page.endsWith('.html') ? page : `${page}index.html`), 'utf8');
      for (const m of html.matchAll(
        /\s(?:href|src|component-url|renderer-url|data-search-module|data-search-base)="(\/[^"]*)"/g,
      )) {
        if (!m[1]!.startsWith(BASE)) outside.push(`/${page}: ${m[1]}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('has no broken internal links or fragments', () => {
    const dist = join(dir, 'dist');
    const problems = checkLinks(dist, builtPages(dist), BASE).map((p) => `/${p.page} -> ${p.link}: ${p.why}`);
    expect(problems).toEqual([]);
  });

  it('writes canonical and social-card URLs on the configured site', () => {
    const html = readFileSync(join(dir, 'dist/chapters/cornea/index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="https://example.github.io${BASE}chapters/cornea/">`);
    expect(html).toContain(`content="https://example.github.io${BASE}og/cornea.png"`);
  });
});
