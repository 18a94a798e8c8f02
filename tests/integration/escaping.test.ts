/**
 * Content is data, never markup: hostile text in a chapter's title, a chart's caption and labels,
 * a glossary entry and a reference must come out of a real build as visible text, not as HTML.
 */
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, tempProject } from '../support/temp-project';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(2)>';
const QUOTES = `"double" & 'single'`;

let dir: string;
let build: ReturnType<typeof spawnSync>;
const page = (p: string) => readFileSync(join(dir, 'dist', p, 'index.html'), 'utf8');

beforeAll(() => {
  dir = tempProject('reprogrammed-escaping-');
  for (const sub of ['', 'ja']) {
    const folder = join(dir, 'content/chapters', sub);
    for (const f of readdirSync(folder)) if (f.endsWith('.mdx')) rmSync(join(folder, f));
  }
  // Teaching entries name chapters, and every chapter is gone: drop them (file and folder).
  writeFileSync(join(dir, 'content/data/teaching.yaml'), '[]\n');
  rmSync(join(dir, 'content/data/teaching'), { recursive: true, force: true });
  const data = (f: string) => join(dir, 'content/data', f);
  appendFileSync(
    data('references.yaml'),
    `
- id: hostile-ref
  type: journal-article
  authors: ['Evil, ${IMG}']
  title: 'A title with ${SCRIPT} in it'
  venue: 'Journal of ${QUOTES.replace(/'/g, "''")}'
  year: 2025
  doi: 10.1000/hostile
`,
  );
  appendFileSync(
    data('glossary.yaml'),
    `
- id: hostile-term
  term: 'Term ${IMG}'
  definition: 'A definition with ${SCRIPT} and ${QUOTES.replace(/'/g, "''")} inside it.'
  refs: [hostile-ref]
`,
  );
  appendFileSync(
    data('trials.yaml'),
    `
- id: hostile-trial
  area: cornea
  title: 'A trial called ${SCRIPT}'
  shortTitle: '<b>bold</b> trial'
  institution: 'Institute ${IMG}'
  country: Japan
  cellSource: iPS
  donor: allogeneic
  product: cells
  delivery: a sheet
  start: '2020'
  enrolled: 2
  followUp: { value: 1, unit: years }
  outcome:
    measure: 'Measure ${QUOTES.replace(/'/g, "''")}'
    groups:
      - { label: 'Better ${SCRIPT}', kind: improved, count: 1, detail: 'Detail ${IMG}' }
      - { label: 'Same', kind: unchanged, count: 1 }
  safety: No serious events
  status: completed
  peerReviewed: true
  asOf: 2026-11-20
  refs: [hostile-ref]
`,
  );
  writeFileSync(
    join(dir, 'content/chapters/hostile.mdx'),
    `---
title: 'Evil ${SCRIPT} "title"'
description: 'A description with ${IMG} and ${QUOTES.replace(/'/g, "''")} that is long enough to pass.'
area: cornea
order: 5
updated: 2026-11-01
asOf: 2026-10-01
---

A <Term id="hostile-term">hostile term</Term> and a claim.<Cite id="hostile-ref" />

<TrialOutcomes trial="hostile-trial" title="Chart ${IMG.replace(/"/g, '&quot;')}" takeaway="Takeaway with &lt;script&gt; and quotes" />
`,
  );
  build = spawnSync('npx', ['astro', 'build'], { cwd: dir, encoding: 'utf8', timeout: 170_000, env: buildEnv() });
}, 180_000);

afterAll(() => {
  if (dir && !process.env.KEEP_TMP) rmSync(dir, { recursive: true, force: true });
});

describe('hostile content', () => {
  it('builds', () => {
    expect(build.status, String(build.stderr).slice(-2000)).toBe(0);
  });

  it('never reaches the page as markup', () => {
    // Inside a quoted attribute value "<" is harmless text (quotes are escaped), so look at markup only.
    const markup = (html: string) => html.replace(/="[^"]*"/g, '=""');
    for (const html of [page('chapters/hostile'), page('glossary'), page('ja/glossary')].map(markup)) {
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
    expect(JSON.parse(ld).headline).toBe(`Evil ${SCRIPT} "title"`);
  });
});
