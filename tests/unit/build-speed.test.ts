/**
 * What keeps the build's time per page flat as chapters are added (issue #19): each chapter's
 * component list parsed once per process, social cards drawn once (and started early, from the
 * frontmatter the content check read, with the same SVGs as the card routes).
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsxElements, mdxComponentsOf, parseMdx, rememberComponents, stringAttrs } from '../../src/mdx/parse';
import { socialCards, socialCardsFromFrontmatter } from '../../src/pages/og/_cards';
import { AREA_ACCENTS, socialCardSvg } from '../../src/lib/social-card';
import { AREA_LABELS } from '../../src/schemas/areas';
import { readChapters } from '../../src/data/read-chapters';

const MDX = `---
title: A
---

Some text <Cite id="a" /> and more.

<TrialOutcomes trial="cornea-osaka" title="Outcomes" />

## Section

<CellScale trials="parkinsons-kyoto" />
`;

describe('component lists of chapters', () => {
  it('match a full parse, in reading order, without children', () => {
    const full = jsxElements(parseMdx(MDX));
    const cached = mdxComponentsOf(MDX);
    expect(cached.map((c) => c.name)).toEqual(full.map((c) => c.name));
    expect(cached.map((c) => stringAttrs(c))).toEqual(full.map((c) => stringAttrs(c)));
    expect(cached.map((c) => c.type)).toEqual(['mdxJsxTextElement', 'mdxJsxFlowElement', 'mdxJsxFlowElement']);
    expect(cached.every((c) => !('children' in c))).toBe(true);
  });
  it('are parsed once per distinct text, and again when the text changes', () => {
    const text = `${MDX}\n<CellScale trials="x" />\n`;
    const first = mdxComponentsOf(text);
    expect(mdxComponentsOf(text)).toBe(first);
    const edited = mdxComponentsOf(text.replace('trials="x"', 'trials="y"'));
    expect(edited).not.toBe(first);
    expect(stringAttrs(edited.at(-1)!)).toEqual({ trials: 'y' });
  });
  it('are kept by the content check, so the build does not parse a chapter again for them', async () => {
    const text = `${MDX}\n<CellScale trials="remembered" />\n`;
    // What the check remembers is what the build gets (here a different tree, to show no parse happens).
    rememberComponents(text, parseMdx('<Glossary />'));
    expect(mdxComponentsOf(text).map((c) => c.name)).toEqual(['Glossary']);
    // The real chapters: the check remembers every chapter's list.
    const { frontmatter } = await readChapters('.');
    const file = [...frontmatter.keys()][0]!;
    const source = readFileSync(join('content/chapters', file), 'utf8');
    expect(mdxComponentsOf(source)).toBe(mdxComponentsOf(source));
    expect(mdxComponentsOf(source).length).toBeGreaterThan(0);
  }, 60_000); // reads every real chapter: a few seconds on a busy machine
});

describe('social cards from the frontmatter', () => {
  const fm = new Map([
    ['cornea.mdx', { title: 'Cornea: new cells', area: 'cornea' as const }],
    ['heart.mdx', { title: 'Heart: muscle sheets', area: 'heart' as const }],
    ['ja/cornea.mdx', { title: '角膜：新しい細胞', area: 'cornea' as const }],
    ['draft.mdx', { title: 'Not yet', area: 'retina' as const, draft: true }],
  ]);
  const svgs = socialCardsFromFrontmatter(fm);

  it('are the SVGs the card routes make (so the routes find them drawn)', () => {
    const en = socialCards('en', [
      { slug: 'cornea', title: 'Cornea: new cells', area: 'cornea' },
      { slug: 'heart', title: 'Heart: muscle sheets', area: 'heart' },
    ]);
    // A chapter without a translation keeps its English title on the Japanese card.
    const ja = socialCards('ja', [
      { slug: 'cornea', title: '角膜：新しい細胞', area: 'cornea' },
      { slug: 'heart', title: 'Heart: muscle sheets', area: 'heart' },
    ]);
    expect(svgs).toEqual([...en, ...ja].map((c) => c.svg));
    expect(en.map((c) => c.id)).toEqual(['site', 'cornea', 'heart']);
    expect(svgs.some((s) => s.includes('Not yet'))).toBe(false);
  });
  it('draw an English chapter card exactly as before the card list moved (cached PNGs stay valid)', () => {
    const before = socialCardSvg({
      title: 'Cornea: new cells',
      area: AREA_LABELS.cornea,
      accent: AREA_ACCENTS.cornea!,
      siteName: 'Reprogrammed',
    });
    expect(socialCards('en', [{ slug: 'cornea', title: 'Cornea: new cells', area: 'cornea' }])[1]!.svg).toBe(before);
  });
});

describe('drawing social cards', () => {
  it('draws a card once when the background warm-up and a route ask for it at the same time', async () => {
    process.env.CARD_CACHE_DIR = mkdtempSync(join(tmpdir(), 'cards-'));
    try {
      const { renderCard, warmCardsInBackground, cardKey } = await import('../../src/pages/og/_render');
      const svg = socialCardSvg({ title: 'Once', area: 'Retina', accent: '#8a5300', siteName: 'R' });
      warmCardsInBackground([svg]);
      const [a, b] = await Promise.all([renderCard(svg), renderCard(svg)]);
      expect(a).toBe(b); // one drawing, shared
      expect(readdirSync(process.env.CARD_CACHE_DIR)).toEqual([`${cardKey(svg)}.png`]);
      expect([a.readUInt32BE(16), a.readUInt32BE(20)]).toEqual([1200, 630]);
      // Truecolour without alpha (colour type 2), 8 bits a channel: no palette to compute.
      expect([a[24], a[25]]).toEqual([8, 2]);
    } finally {
      delete process.env.CARD_CACHE_DIR;
    }
  });
});
