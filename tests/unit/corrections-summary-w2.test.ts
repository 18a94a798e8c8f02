/**
 * A chapter's foot says how many corrections it has and links to its corrections page
 * (CorrectionsSummary.astro; issue #19: the full log left the chapter page).
 */
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import CorrectionsSummary from '../../src/components/chapter/CorrectionsSummary.astro';
import { correctionSchema, type Correction } from '../../src/schemas/correction';

const record = (id: string, date: string, chapters: string[]) =>
  correctionSchema.parse({
    id,
    date,
    chapters,
    what: `What ${id}.`,
    why: `Why ${id}.`,
    ja: { what: `${id}の変更です。`, why: `${id}の理由です。` },
  });
const records: Correction[] = [
  record('a', '2026-11-01', ['cornea']),
  record('b', '2026-12-01', ['cornea', 'retina-macular-degeneration']),
  record('c', '2026-10-01', ['retina-macular-degeneration']),
];

async function render(chapter: string, lang: 'en' | 'ja'): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(CorrectionsSummary, { props: { chapter, lang, records } });
}

describe('CorrectionsSummary.astro', () => {
  it('counts the chapter’s records, gives the newest date and links to the chapter’s corrections page', async () => {
    const html = await render('cornea', 'en');
    expect(html).toContain('id="corrections"');
    expect(html).toContain('Updates and corrections');
    expect(html).toContain('2 changes since this chapter was first published');
    expect(html).toMatch(/<time datetime="2026-12-01"[^>]*>1 December 2026<\/time>/);
    expect(html).toMatch(/<a href="\/chapters\/cornea\/corrections\/"[^>]*>What changed, why, and the sources<\/a>/);
    expect(html).not.toContain('What a.');
  });

  it('says "One change" for one, and renders nothing for a chapter no record names', async () => {
    expect(await render('retina-macular-degeneration', 'en')).toContain('2 changes');
    const one = [records[0]!];
    const container = await AstroContainer.create();
    const html = await container.renderToString(CorrectionsSummary, {
      props: { chapter: 'cornea', lang: 'en', records: one },
    });
    expect(html).toContain('One change since');
    expect(await render('spinal-cord-injury', 'en')).not.toContain('<section');
  });

  it('speaks Japanese on Japanese pages, with no space before the link', async () => {
    const html = await render('cornea', 'ja');
    expect(html).toContain('更新と訂正');
    expect(html).toContain('公開後の変更は2件、最新は');
    expect(html).toContain('2026年12月1日');
    expect(html).toMatch(/です。<a href="\/ja\/chapters\/cornea\/corrections\/"/);
  });
});
