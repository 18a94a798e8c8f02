/**
 * Pure helpers of the Japanese edition: glossary ruby over kanji only, word by word; Japanese
 * social-card line breaks (kinsoku); the Japanese chapter citation; Japanese reference text.
 */
import { describe, expect, it } from 'vitest';
import { rubyParts } from '../../src/components/chapter/ruby.ts';
import { wrapJapanese, socialCardSvg } from '../../src/lib/social-card.ts';
import { bibtexCitation, plainCitation } from '../../src/lib/cite-chapter.ts';
import { japaneseAuthors } from '../../src/components/chapter/reference-text.ts';

const show = (term: string, reading: string) =>
  rubyParts(term, reading)
    ?.map((p) => (p.rt ? `${p.text}(${p.rt})` : p.text))
    .join('|') ?? null;

describe('glossary ruby', () => {
  it.each([
    ['再生医療', 'さいせいいりょう', '再生(さいせい)|医療(いりょう)'],
    [
      '角膜上皮幹細胞疲弊症',
      'かくまくじょうひかんさいぼうひへいしょう',
      '角膜(かくまく)|上皮(じょうひ)|幹(かん)|細胞(さいぼう)|疲弊症(ひへいしょう)',
    ],
    ['iPS細胞', 'アイピーエスさいぼう', 'iPS|細胞(さいぼう)'],
    ['HLAホモ接合体ドナー', 'エイチエルエーホモせつごうたいドナー', 'HLA|ホモ|接合体(せつごうたい)|ドナー'],
    ['パーキンソン病', 'パーキンソンびょう', 'パーキンソン|病(びょう)'],
    ['DOPA PET検査', 'ドーパペットけんさ', 'DOPA PET|検査(けんさ)'],
    ['HLA（白血球の型）', 'エイチエルエー（はっけっきゅうのかた）', 'HLA|（|白血球(はっけっきゅう)|の|型(かた)|）'],
    // Spaces in the reading mark words the word list does not know.
    ['未知熟語', 'みち じゅくご', '未知(みち)|熟語(じゅくご)'],
    // An unknown compound keeps one reading rather than a wrong split.
    ['未知熟語', 'みちじゅくご', '未知熟語(みちじゅくご)'],
  ])('%s + %s → %s', (term, reading, expected) => {
    expect(show(term, reading)).toBe(expected);
  });

  it('never puts ruby over katakana or Latin letters', () => {
    const parts = rubyParts('ドパミン神経細胞', 'ドパミンしんけいさいぼう')!;
    for (const p of parts) if (p.rt) expect(p.text).toMatch(/^[\p{sc=Han}]+$/u);
  });

  it('gives up (null) when the reading does not fit the term', () => {
    expect(rubyParts('角膜の細胞', 'かくまくがさいぼう')).toBeNull();
    expect(rubyParts('角膜', 'かくまくかくまく')).not.toBeNull(); // one unknown run takes all of it
  });
});

describe('Japanese social cards', () => {
  it('breaks after a title colon and keeps kinsoku', () => {
    expect(wrapJapanese('日本の早期承認制度：売りながら効果を確かめる', 15, 3)).toEqual([
      '日本の早期承認制度：',
      '売りながら効果を確かめる',
    ]);
    for (const line of wrapJapanese(
      '細胞のシートを「透明な窓」に貼る、という考えです。ここまでが一つの長い文です。',
      10,
      4,
    )) {
      expect(line).not.toMatch(/^[、。」）]/);
      expect(line).not.toMatch(/[「（]$/);
    }
  });

  it('keeps Latin words whole and ends a cut title with an ellipsis', () => {
    const lines = wrapJapanese('ReHeartとAmcheplyの承認とその後の長い長い長い長い長い長い道のり', 8, 2);
    expect(lines).toHaveLength(2);
    expect(lines.join('')).toContain('ReHeart');
    expect(lines[1]!.endsWith('…')).toBe(true);
  });

  it('draws Japanese text with a Japanese font and tagline', () => {
    const svg = socialCardSvg({
      title: '角膜：新しい細胞',
      area: '角膜',
      accent: '#000',
      siteName: 'Reprogrammed',
      lang: 'ja',
    });
    expect(svg).toContain('Droid Sans Fallback');
    expect(svg).toContain('iPS細胞による治療を、根拠からわかりやすく');
    expect(svg).not.toContain('explained from the evidence');
  });
});

describe('citing a Japanese chapter', () => {
  const input = {
    id: 'cornea',
    title: '角膜：目の「透明な窓」',
    url: 'https://example.org/ja/chapters/cornea/',
    updated: new Date('2026-11-26T00:00:00Z'),
    lang: 'ja' as const,
  };
  it('uses Japanese order, brackets and date', () => {
    expect(plainCitation(input)).toBe(
      'Reprogrammed執筆者一同「角膜：目の『透明な窓』」『Reprogrammed』2026年11月26日更新。https://example.org/ja/chapters/cornea/',
    );
    expect(bibtexCitation(input)).toContain('note = {2026年11月26日更新}');
    expect(plainCitation({ ...input, lang: 'en', title: 'Cornea' })).toBe(
      'Reprogrammed contributors. "Cornea". Reprogrammed, updated 2026-11-26. https://example.org/ja/chapters/cornea/',
    );
  });
  it('lists authors the Japanese way', () => {
    expect(japaneseAuthors({ authors: ['A', 'B', 'C', 'D'], organisation: undefined })).toBe('A、B、Cほか');
    expect(japaneseAuthors({ authors: [], organisation: '時事通信' })).toBe('時事通信');
  });
});

describe('social-card cache', () => {
  it('renders a card once, then reads it back; a changed card is rendered again', async () => {
    const { mkdtempSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    process.env.CARD_CACHE_DIR = mkdtempSync(join(tmpdir(), 'cards-'));
    const { cardKey, renderCard, warmCards } = await import('../../src/pages/og/_render.ts');
    const a = socialCardSvg({ title: '角膜：新しい細胞', area: '角膜', accent: '#0e6b69', siteName: 'R', lang: 'ja' });
    const b = socialCardSvg({ title: '角膜：新しい細胞', area: '角膜', accent: '#0e6b69', siteName: 'R', lang: 'en' });
    expect(cardKey(a)).not.toBe(cardKey(b));
    await warmCards([a, b, a]);
    expect(readdirSync(process.env.CARD_CACHE_DIR).sort()).toEqual([`${cardKey(a)}.png`, `${cardKey(b)}.png`].sort());
    const started = performance.now();
    const png = await renderCard(a);
    expect(performance.now() - started).toBeLessThan(50); // read from the cache, not drawn again
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    delete process.env.CARD_CACHE_DIR;
  });
});
