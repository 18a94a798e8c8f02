/**
 * The "Updates and corrections" log: the records in content/data/corrections.yaml name chapters and
 * sources that exist and carry their Japanese, and Corrections.astro shows exactly the records
 * for a chapter (or all of them on the About page), newest first, in the reader's language.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Corrections from '../../src/components/chapter/Corrections.astro';
import { readData } from '../../src/data/read-data';
import { correctionSchema, type Correction } from '../../src/schemas/correction';
import { referenceSchema, type Reference } from '../../src/schemas/reference';

describe('the corrections log in content/data/corrections.yaml', () => {
  const { data, problems } = readData('.');
  const corrections = data.corrections;
  const referenceIds = new Set(data.references.map((r) => r.id));

  it('reads without problems and is not empty', () => {
    expect(problems.filter((p) => /corrections/.test(p.file))).toEqual([]);
    expect(corrections.length).toBeGreaterThan(0);
  });

  it('names only chapters that exist in both languages', () => {
    const missing = corrections.flatMap((c) =>
      c.chapters
        .filter((slug) => !existsSync(`content/chapters/${slug}.mdx`) || !existsSync(`content/chapters/ja/${slug}.mdx`))
        .map((slug) => `${c.id} → ${slug}`),
    );
    expect(missing).toEqual([]);
  });

  it('cites only references that exist', () => {
    const missing = corrections.flatMap((c) =>
      c.refs.filter((id) => !referenceIds.has(id)).map((id) => `${c.id} → ${id}`),
    );
    expect(missing).toEqual([]);
  });

  it('gives every record its Japanese what and why', () => {
    const untranslated = corrections.filter((c) => !c.ja?.what || !c.ja?.why).map((c) => c.id);
    expect(untranslated).toEqual([]);
  });

  it('never quotes the banned internal phrases it reports as fixed', () => {
    const internal = /\b[Oo]ur (?:sources|fact base)|fact base|confidence|参照資料|事実確認|信頼度|確度/;
    const offending = corrections
      .filter((c) => [c.what, c.why, c.ja?.what, c.ja?.why].some((s) => s && internal.test(s)))
      .map((c) => c.id);
    expect(offending).toEqual([]);
  });
});

/** Two fixture records on different days and one reference, parsed by the real schemas. */
const older = correctionSchema.parse({
  id: 'older-fix',
  date: '2026-11-01',
  chapters: ['cornea'],
  what: 'The older change to the cornea chapter.',
  why: 'An older reason.',
  refs: ['ref-a'],
  ja: { what: '角膜の章の古い変更です。', why: '古い理由です。' },
});
const newer = correctionSchema.parse({
  id: 'newer-fix',
  date: '2026-12-01',
  chapters: ['cornea', 'retina-macular-degeneration'],
  what: 'The newer change to two chapters.',
  why: 'A newer reason.',
  ja: { what: '2つの章の新しい変更です。', why: '新しい理由です。' },
});
const sitewide = correctionSchema.parse({
  id: 'sitewide-fix',
  date: '2026-10-01',
  what: 'A change to every page.',
  why: 'A site-wide reason.',
  ja: { what: 'すべてのページの変更です。', why: 'サイト全体の理由です。' },
});
const refA = referenceSchema.parse({
  id: 'ref-a',
  type: 'news',
  organisation: 'Example News',
  title: 'An example report',
  venue: 'Example News',
  year: 2026,
  url: 'https://example.org/report',
  accessed: '2026-12-01',
});
const records: Correction[] = [older, newer, sitewide];
const references: Reference[] = [refA];
const chapterTitles = { cornea: 'Cornea title', 'retina-macular-degeneration': 'Retina title' };

async function render(props: { chapter?: string; lang: 'en' | 'ja' }): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(Corrections, { props: { ...props, records, references, chapterTitles } });
}
const idsIn = (html: string) => [...html.matchAll(/id="correction-([a-z-]+)"/g)].map((m) => m[1]);

describe('Corrections.astro', () => {
  it("at a chapter's foot lists only that chapter's records, newest first", async () => {
    const html = await render({ chapter: 'cornea', lang: 'en' });
    expect(idsIn(html)).toEqual(['newer-fix', 'older-fix']);
    expect(html).toContain('Updates and corrections');
    expect(html).toMatch(/<time datetime="2026-12-01"[^>]*>1 December 2026<\/time>/);
    expect(html).toContain('href="https://example.org/report"');
  });

  it('renders nothing for a chapter no record names', async () => {
    const html = await render({ chapter: 'spinal-cord-injury', lang: 'en' });
    expect(html).not.toContain('<section');
  });

  it('on the About page lists every record with links to the chapters it touched', async () => {
    const html = await render({ lang: 'en' });
    expect(idsIn(html)).toEqual(['newer-fix', 'older-fix', 'sitewide-fix']);
    expect(html).toContain('id="updates-and-corrections"');
    expect(html).toMatch(/href="[^"]*chapters\/retina-macular-degeneration\/#corrections"[^>]*>Retina title</);
    expect(html).toContain('Whole site');
  });

  it('shows the Japanese text and headings on Japanese pages', async () => {
    const html = await render({ chapter: 'cornea', lang: 'ja' });
    expect(html).toContain('更新と訂正');
    expect(html).toContain('2つの章の新しい変更です。');
    expect(html).toContain('理由：');
    expect(html).not.toContain('The newer change');
    expect(html).toContain('2026年12月1日');
  });
});
