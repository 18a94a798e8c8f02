/**
 * Quality gates over the whole built site: valid HTML, no broken internal links or fragments,
 * unique titles and descriptions, a Content-Security-Policy on every page and no inline handlers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { builtPages } from './support/pages';
import { checkLinks } from './support/links';

const DIST = 'dist';
const pages = builtPages(DIST);
const fileOf = (p: string) => join(DIST, p.endsWith('.html') ? p : `${p}index.html`);
const html = new Map(pages.map((p) => [p, readFileSync(fileOf(p), 'utf8')]));
const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');

describe('built site', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  it('passes html-validate with zero errors on every page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const p of pages) {
      const report = await validator.validateFile(fileOf(p));
      for (const r of report.results)
        for (const m of r.messages) errors.push(`${p}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors).toEqual([]);
  });

  it('has no broken internal links or missing #fragments (base path included)', () => {
    const problems = checkLinks(DIST, pages, base).map((x) => `/${x.page} -> ${x.link}: ${x.why}`);
    expect(problems).toEqual([]);
  });

  it('gives every page a unique title and description', () => {
    const seen = { title: new Map<string, string>(), description: new Map<string, string>() };
    const dupes: string[] = [];
    for (const [p, h] of html) {
      if (p === '404.html') continue;
      const title = h.match(/<title>([^<]*)<\/title>/)?.[1];
      const description = h.match(/<meta name="description" content="([^"]*)"/)?.[1];
      expect(title, `title on /${p}`).toBeTruthy();
      expect(description, `description on /${p}`).toBeTruthy();
      for (const [k, v] of [
        ['title', title!],
        ['description', description!],
      ] as const) {
        if (seen[k].has(v)) dupes.push(`${k} "${v}" on /${p} and /${seen[k].get(v)}`);
        seen[k].set(v, p);
      }
    }
    expect(dupes).toEqual([]);
  });

  it('carries a Content-Security-Policy that allows only this site, and no inline event handlers', () => {
    for (const [p, h] of html) {
      const csp = h.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/)?.[1];
      expect(csp, `CSP on /${p}`).toBeTruthy();
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/);
      expect(h, `inline handler on /${p}`).not.toMatch(/<[^>]+\son[a-z]+="/i);
      expect(h, `style attribute on /${p}`).not.toMatch(/<[^>]+\sstyle="/i);
    }
  });
});
