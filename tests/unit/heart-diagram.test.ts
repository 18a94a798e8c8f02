/**
 * The heart chapter's diagram (where the iPS-cell heart-muscle sheets go), rendered through Astro's
 * container API in both languages: one labelled image, Japanese words everywhere on Japanese pages,
 * labels inside the drawing and apart, and a drawing that still reads in print (no colour needed:
 * the sheets are hatched, the scar dotted; colours only from the site's variables, which print.css
 * turns black on white).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import HeartPatch from '../../src/components/diagrams/HeartPatch.astro';

type Lang = 'en' | 'ja';

const LABELS: Record<Lang, string[]> = {
  en: [
    'Three sheets of',
    'heart-muscle cells',
    'Scarred muscle',
    'Left ventricle',
    'Close-up of the heart wall',
    'Osaka: sheet',
    'on the surface',
    'Heartseed:',
    'spheroids injected',
    'Muscle',
    'Scar',
  ],
  ja: [
    '3枚の心筋シート',
    '傷ついた心筋',
    '左心室',
    '心臓の壁の拡大図',
    '大阪：',
    '表面に貼るシート',
    'ハートシード：',
    '筋肉に注入する心筋球',
    '心筋',
    '傷あと',
  ],
};

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const ENGLISH_WORD = /\b(?!iPS\b)[A-Za-z]{3,}\b/;
const SOURCE = readFileSync('src/components/diagrams/HeartPatch.astro', 'utf8');

async function render(lang?: Lang): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(HeartPatch, { props: lang ? { lang } : {} });
}

const between = (html: string, tag: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!.trim());

/** Each <text> with its estimated box: 24px type, a Japanese character 1 em wide, others 0.6 em. */
function labelBoxes(html: string) {
  const font = 24;
  return [...html.matchAll(/<text\b([^>]*)>([\s\S]*?)<\/text>/g)].map((m) => {
    const attr = (k: string) => new RegExp(`\\s${k}="([^"]*)"`).exec(m[1]!)?.[1];
    const text = m[2]!.replace(/<[^>]*>/g, '').trim();
    let width = 0;
    for (const ch of text) width += (JAPANESE.test(ch) || /[\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.6) * font;
    const x = Number(attr('x'));
    const y = Number(attr('y'));
    const anchor = attr('text-anchor') ?? 'start';
    const x0 = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
    return { text, x0, x1: x0 + width, y0: y - 0.8 * font, y1: y + 0.2 * font };
  });
}

describe('HeartPatch diagram', () => {
  it.each(['en', 'ja'] as const)(
    'renders one labelled image with every label and no style attributes (%s)',
    async (lang) => {
      const html = await render(lang);
      expect((html.match(/role="img"/g) ?? []).length).toBe(1);
      expect(html).toMatch(/<svg[^>]*aria-labelledby="heart-patch-title heart-patch-desc"/);
      expect(html).toContain('id="heart-patch-title"');
      expect(html).toContain('id="heart-patch-desc"');
      expect(html).not.toMatch(/\sstyle="/);
      for (const part of [between(html, 'title')[0], between(html, 'desc')[0], between(html, 'figcaption')[0]])
        expect(part?.length).toBeGreaterThan(20);
      expect(between(html, 'text').sort()).toEqual([...LABELS[lang]].sort());
    },
  );

  it('defaults to English', async () => {
    expect(await render()).toBe(await render('en'));
  });

  it('says everything in Japanese on Japanese pages', async () => {
    const html = await render('ja');
    expect(between(html, 'title')[0]).toMatch(JAPANESE);
    for (const part of [
      ...between(html, 'title'),
      ...between(html, 'desc'),
      ...between(html, 'figcaption'),
      ...between(html, 'text'),
    ])
      expect(part, part).not.toMatch(ENGLISH_WORD);
  });

  it.each(['en', 'ja'] as const)('keeps the labels inside the drawing and apart from each other (%s)', async (lang) => {
    const html = await render(lang);
    const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(html)!.map(Number) as [number, number, number];
    const boxes = labelBoxes(html);
    expect(boxes.length).toBe(LABELS[lang].length);
    for (const b of boxes) {
      expect(b.x0, b.text).toBeGreaterThanOrEqual(0);
      expect(b.x1, b.text).toBeLessThanOrEqual(w);
      expect(b.y0, b.text).toBeGreaterThanOrEqual(0);
      expect(b.y1, b.text).toBeLessThanOrEqual(h);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0, `${a.text} / ${b.text}`).toBe(true);
      }
  });

  it('keeps the labels at 24 units or more, readable on a phone', () => {
    expect(SOURCE).toMatch(/\.label \{[^}]*font-size: 24px/);
  });

  it('prints without relying on colour: hatched sheets, dotted scar, patterns with ids unique to this diagram', async () => {
    const html = await render('en');
    expect(html).toContain('id="heart-patch-hatch"');
    expect(html).toContain('id="heart-patch-dots"');
    expect(SOURCE).toMatch(/\.sheet \{[^}]*fill: url\(#heart-patch-hatch\)/);
    expect(SOURCE).toMatch(/\.scar-area \{[^}]*fill: url\(#heart-patch-dots\)/);
    // Four sheets drawn (three on the heart, one in the close-up) and five spheroids.
    expect((html.match(/class="sheet[" ]/g) ?? []).length).toBe(4);
    expect((html.match(/class="spheroid[" ]/g) ?? []).length).toBe(5);
  });

  it('takes every colour from the site variables, so dark mode and print restyle it', () => {
    const style = SOURCE.slice(SOURCE.indexOf('<style>'));
    expect(style).not.toMatch(/#[0-9a-f]{3,8}\b/i);
    expect(style).not.toMatch(/\b(rgb|hsl)a?\(/);
    expect(style).toContain('var(--area-heart)');
    expect(style).toContain('var(--ink)');
  });

  it('sits in the shared diagram frame, which print.css keeps whole on a page', async () => {
    const html = await render('en');
    expect(html).toMatch(/<figure class="diagram"/);
    const print = readFileSync('src/styles/print.css', 'utf8');
    expect(print).toMatch(/\.diagram\s*\{[^}]*break-inside: avoid/);
  });
});
