/**
 * Content is data, never markup: hostile text in a chapter's title, a chart's caption and labels,
 * a glossary entry and a reference must come out of a real build as visible text, not as HTML.
 * The hostile content is written into the shared build's copy by shared-build.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { SCRIPT_TAG } from './shared-build';

const { dir, build } = inject('site');
const page = (p: string) => readFileSync(join(dir, 'dist', p, 'index.html'), 'utf8');

describe('hostile content', () => {
  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('never reaches the page as markup', () => {
    // Inside a quoted attribute value "<" is harmless text (quotes are escaped), so look at markup only.
    const markup = (html: string) => html.replace(/="[^"]*"/g, '=""');
    for (const html of [page('chapters/hostile'), page('glossary'), page('ja/glossary'), page('studies')].map(markup)) {
      expect(html).not.toContain('<script>alert');
      expect(html).not.toMatch(/<img src=x/i);
      expect(html).not.toContain('<b>bold</b>');
      expect(html).not.toMatch(/<[a-z][^<>]*\son[a-z]+=/i);
    }
  });

  it('shows it as text, escaped, in titles, captions, chart labels, glossary and references', () => {
    const chapter = page('chapters/hostile');
    expect(chapter).toContain('<title>Evil &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(chapter).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(chapter).toContain('Better &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(chapter).toContain('&lt;b&gt;bold&lt;/b&gt; trial');
    expect(chapter).toContain('A title with &lt;script&gt;alert(1)&lt;/script&gt; in it');
    expect(page('glossary')).toContain('A definition with &lt;script&gt;alert(1)&lt;/script&gt; and');
  });

  it('keeps structured data inert: no closing script tag can appear inside JSON-LD', () => {
    const ld = page('chapters/hostile').match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)?.[1] ?? '';
    expect(ld).not.toContain('<');
    expect(JSON.parse(ld).headline).toBe(`Evil ${SCRIPT_TAG} "title"`);
  });
});
