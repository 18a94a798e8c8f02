/**
 * The four chapter diagrams, rendered through Astro's container API in both languages: each is one
 * labelled image, Japanese pages get Japanese words everywhere a reader sees or hears them, and the
 * Japanese labels (about one em per character) stay inside the drawing without running into each other.
 */
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import BrainDopamine from '../../src/components/diagrams/BrainDopamine.astro';
import CellReprogramming from '../../src/components/diagrams/CellReprogramming.astro';
import CorneaSheet from '../../src/components/diagrams/CorneaSheet.astro';
import EyeLayers from '../../src/components/diagrams/EyeLayers.astro';
import SpinalCordSection from '../../src/components/diagrams/SpinalCordSection.astro';

type Lang = 'en' | 'ja';

const DIAGRAMS = {
  EyeLayers: {
    component: EyeLayers,
    en: [
      'Light',
      'Cornea',
      'Lens',
      'Retina',
      'Optic nerve',
      'Close-up',
      'Sheet',
      'Strips',
      'Light-sensing',
      'RPE',
      'Choroid',
      'New RPE cells from iPS cells',
    ],
    ja: [
      '光',
      '角膜',
      '水晶体',
      '網膜',
      '視神経',
      '拡大図',
      'シート',
      '2014年',
      'ひも状',
      '2022年〜',
      '視細胞',
      '網膜色素上皮',
      '（RPE）',
      '脈絡膜',
      'iPS細胞からつくった新しいRPE細胞',
    ],
  },
  CorneaSheet: {
    component: CorneaSheet,
    en: ['Lens', 'iPS-cell sheet', 'Cornea', 'Limbus:', 'stem cells', 'Surface', 'layer', 'White', 'of eye', 'Iris'],
    ja: ['水晶体', 'iPS細胞のシート', '角膜', '輪部', '（幹細胞）', '角膜上皮', '白目', '（強膜）', '虹彩'],
  },
  BrainDopamine: {
    component: BrainDopamine,
    en: [
      'Transplanted cells',
      'Putamen',
      'Putamen',
      'Midbrain',
      'Substantia nigra',
      '(cells lost)',
      'Dopamine',
      'route',
      'Needle path',
    ],
    ja: ['移植した細胞', '被殻', '被殻', '中脳', '黒質', '（細胞が失われる）', 'ドパミンの', '通り道', '針の通り道'],
  },
  CellReprogramming: {
    component: CellReprogramming,
    en: [
      'A skin or',
      'blood cell',
      'Four genes',
      'reprogramming',
      'iPS cells',
      'grow without limit',
      'become almost',
      'any cell',
      'Eye (retina)',
      'Brain (nerve)',
      'Heart-muscle',
    ],
    ja: [
      '皮膚や血液の',
      '細胞',
      '4つの遺伝子',
      '（初期化）',
      'iPS細胞',
      '限りなく増える',
      'ほぼどの細胞にも',
      'なれる',
      '網膜の細胞',
      '（目）',
      '神経細胞',
      '（脳）',
      '心筋細胞',
      '（心臓）',
    ],
  },
  SpinalCordSection: {
    component: SpinalCordSection,
    en: ['Spinal cord', 'Grey matter', 'White matter', 'Injury', 'Injected cells'],
    ja: ['脊髄', '灰白質', '白質', '損傷部位', '移植した細胞'],
  },
} as const;

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
/** An English word of three or more letters (iPS, RPE and SCNT are used in Japanese too). */
const ENGLISH_WORD = /\b(?!iPS\b|RPE\b)[A-Za-z]{3,}\b/;

async function render(name: keyof typeof DIAGRAMS, lang?: Lang): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(DIAGRAMS[name].component, { props: lang ? { lang } : {} });
}

const between = (html: string, tag: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);

interface Label {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * Every <text> with its estimated box in viewBox units: 24px type, a Japanese character 1 em wide,
 * any other 0.6 em (errs wide); 0.8 em above the baseline, 0.2 em below. Follows translate() on <g>.
 */
function labelBoxes(html: string): Label[] {
  const font = 24;
  const offsets: [number, number][] = [[0, 0]];
  const boxes: Label[] = [];
  for (const m of html.matchAll(/<g\b([^>]*)>|<\/g>|<text\b([^>]*)>([\s\S]*?)<\/text>/g)) {
    const [dx, dy] = offsets[offsets.length - 1]!;
    if (m[0] === '</g>') offsets.pop();
    else if (m[0].startsWith('<g')) {
      const t = /translate\(\s*(-?[\d.]+)[\s,]+(-?[\d.]+)\s*\)/.exec(m[1] ?? '');
      offsets.push(t ? [dx + Number(t[1]), dy + Number(t[2])] : [dx, dy]);
    } else {
      const attrs = m[2]!;
      const attr = (k: string) => new RegExp(`\\s${k}="([^"]*)"`).exec(attrs)?.[1];
      const text = m[3]!.replace(/<[^>]*>/g, '').replace(/&#39;/g, "'");
      let width = 0;
      for (const ch of text) width += (JAPANESE.test(ch) || /[\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.6) * font;
      const x = Number(attr('x')) + dx;
      const y = Number(attr('y')) + dy;
      const anchor = attr('text-anchor') ?? 'start';
      const x0 = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
      boxes.push({ text, x0, x1: x0 + width, y0: y - 0.8 * font, y1: y + 0.2 * font });
    }
  }
  return boxes;
}

describe.each(Object.keys(DIAGRAMS) as (keyof typeof DIAGRAMS)[])('%s', (name) => {
  const d = DIAGRAMS[name];

  it.each(['en', 'ja'] as const)('renders one labelled image with no style attributes (%s)', async (lang) => {
    const html = await render(name, lang);
    expect((html.match(/role="img"/g) ?? []).length).toBe(1);
    expect(html).toMatch(/<svg[^>]*aria-labelledby="[^"]+-title [^"]+-desc"/);
    expect(html).not.toMatch(/\sstyle="/);
    const [title] = between(html, 'title');
    const [desc] = between(html, 'desc');
    const [caption] = between(html, 'figcaption');
    for (const t of [title, desc, caption]) expect(t?.trim().length).toBeGreaterThan(5);
    const labels = between(html, 'text');
    for (const label of d[lang]) expect(labels, label).toContain(label);
  });

  it('defaults to English, unchanged by the lang prop', async () => {
    expect(await render(name)).toBe(await render(name, 'en'));
  });

  it('says everything in Japanese on Japanese pages', async () => {
    const html = await render(name, 'ja');
    const [title] = between(html, 'title');
    expect(title).toMatch(JAPANESE);
    for (const part of [
      ...between(html, 'title'),
      ...between(html, 'desc'),
      ...between(html, 'figcaption'),
      ...between(html, 'text'),
    ]) {
      expect(part, part).not.toMatch(ENGLISH_WORD);
    }
    for (const label of d.en.filter((l) => !['RPE'].includes(l))) expect(between(html, 'text')).not.toContain(label);
  });

  it('keeps the Japanese labels inside the drawing and apart from each other', async () => {
    const html = await render(name, 'ja');
    const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(html)!.map(Number) as [number, number, number];
    const boxes = labelBoxes(html);
    expect(boxes.length).toBe(d.ja.length);
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
});

describe('Japanese labels clear the drawing where space is tight', () => {
  const box = (boxes: Label[], text: string) => boxes.find((b) => b.text === text)!;

  it('EyeLayers: the left-hand labels of the close-up end before the tissue starts (x 210)', async () => {
    const boxes = labelBoxes(await render('EyeLayers', 'ja'));
    for (const t of ['視細胞', '網膜色素上皮', '（RPE）', '脈絡膜']) expect(box(boxes, t).x1, t).toBeLessThan(210);
    // Inside the close-up panel (x 20-580).
    expect(box(boxes, 'iPS細胞からつくった新しいRPE細胞').x1).toBeLessThan(580);
    expect(box(boxes, '2022年〜').x1).toBeLessThan(580);
  });

  it('CorneaSheet: 「水晶体」 fits inside the lens', async () => {
    const lens = box(labelBoxes(await render('CorneaSheet', 'ja')), '水晶体');
    expect(lens.x0).toBeGreaterThan(242);
    expect(lens.x1).toBeLessThan(358);
  });

  it('BrainDopamine: each putamen is labelled from outside the brain, no leader crossing the midline; the route leader ends on the route', async () => {
    const html = await render('BrainDopamine', 'ja');
    const [left, right] = labelBoxes(html).filter((b) => b.text === '被殻') as [Label, Label];
    // The brain spans x 124-476.
    expect(left.x1).toBeLessThan(124);
    expect(right.x0).toBeGreaterThan(476);
    expect(html).toContain('d="M120 250 L150 250"');
    expect(html).toContain('d="M450 250 L480 250"');
    // The dopamine-route leader ends at the dot on the dashed route (its midpoint at t = 0.5).
    const mid = (a: number, b: number, c: number, d: number) => 0.125 * a + 0.375 * b + 0.375 * c + 0.125 * d;
    expect(mid(277, 250, 215, 200)).toBeCloseTo(234, 0);
    expect(mid(432, 380, 360, 316)).toBeCloseTo(371, 0);
    expect(html).toMatch(/<circle class="bd-dot[^"]*" cx="234" cy="371"/);
  });

  it('SpinalCordSection: 「白質」 sits over its leader line (x 470)', async () => {
    const white = box(labelBoxes(await render('SpinalCordSection', 'ja')), '白質');
    expect(white.x0).toBeLessThan(470);
    expect(white.x1).toBeGreaterThan(470);
  });
});
