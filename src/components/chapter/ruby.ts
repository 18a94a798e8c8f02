/**
 * Furigana the Japanese way (docs/ja-style.md, section 5): ruby over kanji only, word by word.
 * A glossary term and its reading in kana (`ja.reading`, words optionally separated by spaces)
 * are aligned: kana in the term match the same kana in the reading, Latin letters (iPS, HLA) take
 * the katakana that spells them, and each run of kanji takes the reading up to the next match.
 * A run of kanji whose reading has several space-separated words is split into one ruby per word,
 * in proportion to the words' lengths (再生医療 + "さいせい いりょう" → 再生／医療).
 */

export type RubyPart = { text: string; rt?: string };

const KANJI = /[\p{sc=Han}々〆ヶ]/u;
const LATIN = /[A-Za-z0-9]/;
const toHiragana = (s: string): string =>
  s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

/** Splits text into runs of kanji, Latin letters and everything else (kana, punctuation). */
function runs(term: string): { text: string; kind: 'kanji' | 'latin' | 'other' }[] {
  const out: { text: string; kind: 'kanji' | 'latin' | 'other' }[] = [];
  for (const ch of term) {
    const kind = KANJI.test(ch) ? 'kanji' : LATIN.test(ch) ? 'latin' : 'other';
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += ch;
    else out.push({ text: ch, kind });
  }
  // "DOPA PET": Latin words separated by spaces are one run (their reading has no space to match).
  for (let i = out.length - 2; i > 0; i--) {
    if (
      out[i]!.kind === 'other' &&
      !out[i]!.text.trim() &&
      out[i - 1]!.kind === 'latin' &&
      out[i + 1]!.kind === 'latin'
    ) {
      out[i - 1]!.text += out[i]!.text + out[i + 1]!.text;
      out.splice(i, 2);
    }
  }
  return out;
}

/**
 * Words of the site's vocabulary, so a compound splits into words even when its reading is written
 * without spaces (再生医療 さいせいいりょう → 再生／医療). Unknown stretches keep one ruby.
 */
const WORDS: Record<string, string> = {
  細胞: 'さいぼう',
  幹: 'かん',
  多能性: 'たのうせい',
  胚性: 'はいせい',
  初期化: 'しょきか',
  分化: 'ぶんか',
  転写: 'てんしゃ',
  因子: 'いんし',
  再生: 'さいせい',
  医療: 'いりょう',
  自家: 'じか',
  他家: 'たか',
  白血球: 'はっけっきゅう',
  型: 'かた',
  接合体: 'せつごうたい',
  拒絶: 'きょぜつ',
  反応: 'はんのう',
  免疫: 'めんえき',
  抑制: 'よくせい',
  剤: 'ざい',
  網膜: 'もうまく',
  色素: 'しきそ',
  上皮: 'じょうひ',
  加齢: 'かれい',
  黄斑: 'おうはん',
  変性: 'へんせい',
  嚢胞: 'のうほう',
  様: 'よう',
  浮腫: 'ふしゅ',
  角膜: 'かくまく',
  疲弊症: 'ひへいしょう',
  病: 'びょう',
  神経: 'しんけい',
  被殻: 'ひかく',
  黒質: 'こくしつ',
  時: 'じ',
  重症度: 'じゅうしょうど',
  分類: 'ぶんるい',
  検査: 'けんさ',
  脊髄: 'せきずい',
  損傷: 'そんしょう',
  機能: 'きのう',
  障害: 'しょうがい',
  尺度: 'しゃくど',
  前駆: 'ぜんく',
  心筋: 'しんきん',
  骨格: 'こっかく',
  筋芽: 'きんが',
  臨床: 'りんしょう',
  試験: 'しけん',
  段階: 'だんかい',
  相: 'そう',
  非盲検: 'ひもうけん',
  単群: 'たんぐん',
  対照群: 'たいしょうぐん',
  査読: 'さどく',
  有害: 'ゆうがい',
  事象: 'じしょう',
  腫瘍: 'しゅよう',
  奇形腫: 'きけいしゅ',
  条件: 'じょうけん',
  期限: 'きげん',
  承認: 'しょうにん',
  効果: 'こうか',
  治療: 'ちりょう',
  線維芽: 'せんいが',
  輪部: 'りんぶ',
  心不全: 'しんふぜん',
  心臓: 'しんぞう',
  移植: 'いしょく',
  製品: 'せいひん',
  等: 'とう',
  亜急性期: 'あきゅうせいき',
  完全: 'かんぜん',
  運動: 'うんどう',
  耐容能: 'たいようのう',
  最高: 'さいこう',
  矯正: 'きょうせい',
  視力: 'しりょく',
};
const LONGEST = Math.max(...Object.keys(WORDS).map((w) => w.length));

/** Splits a kanji run into known words; stretches between them keep the reading in between. */
function splitByDictionary(kanji: string, reading: string): RubyPart[] | null {
  const parts: RubyPart[] = [];
  let i = 0;
  let r = 0;
  let pending = '';
  const flushPending = (upto: number): boolean => {
    if (!pending) return true;
    if (upto <= r) return false;
    parts.push({ text: pending, rt: reading.slice(r, upto) });
    r = upto;
    pending = '';
    return true;
  };
  while (i < kanji.length) {
    let matched = false;
    for (let len = Math.min(LONGEST, kanji.length - i); len >= 1 && !matched; len--) {
      const word = kanji.slice(i, i + len);
      const rt = WORDS[word];
      if (!rt) continue;
      // Where its reading starts: right here, or (after an unknown stretch) further on.
      const at = pending ? reading.indexOf(rt, r + pending.length) : reading.startsWith(rt, r) ? r : -1;
      if (at < 0 || !flushPending(at) || at !== r) continue;
      parts.push({ text: word, rt });
      r += rt.length;
      i += len;
      matched = true;
    }
    if (!matched) {
      pending += kanji[i];
      i++;
    }
  }
  if (pending) {
    if (r >= reading.length) return null;
    parts.push({ text: pending, rt: reading.slice(r) });
    r = reading.length;
  }
  return r === reading.length ? parts : null;
}

/** Splits a kanji run into words by the space-separated words of its reading, else by the word list. */
function splitWords(kanji: string, reading: string): RubyPart[] {
  if (!/\s/.test(reading.trim()))
    return splitByDictionary(kanji, reading.trim()) ?? [{ text: kanji, rt: reading.trim() }];
  const words = reading.split(/\s+/).filter(Boolean);
  const chars = [...kanji];
  if (words.length <= 1 || words.length > chars.length) return [{ text: kanji, rt: words.join('') }];
  // Weigh words by morae: small ゃゅょ and the like do not count (じゅくご is 3, not 4).
  const morae = (w: string) => w.replace(/[ゃゅょぁぃぅぇぉャュョァィゥェォ]/g, '').length;
  const total = words.reduce((n, w) => n + morae(w), 0);
  const parts: RubyPart[] = [];
  let done = 0;
  let used = 0;
  words.forEach((w, i) => {
    done += morae(w);
    // Cumulative rounding, at least one kanji per word and enough left for the words after it.
    let end = i === words.length - 1 ? chars.length : Math.round((done / total) * chars.length);
    end = Math.max(end, used + 1);
    end = Math.min(end, chars.length - (words.length - 1 - i));
    parts.push({ text: chars.slice(used, end).join(''), rt: w });
    used = end;
  });
  return parts;
}

/** Ruby parts for a term, or null when the reading cannot be aligned with it. */
export function rubyParts(term: string, reading: string): RubyPart[] | null {
  const rs = runs(term);
  const parts: RubyPart[] = [];
  let rest = reading.trim();
  const skipSpace = () => {
    rest = rest.replace(/^\s+/, '');
  };
  for (let i = 0; i < rs.length; i++) {
    const run = rs[i]!;
    skipSpace();
    if (run.kind === 'other') {
      const want = toHiragana(run.text.replace(/\s+/g, ''));
      const have = toHiragana(rest.replace(/\s+/g, '').slice(0, want.length));
      if (want !== have) return null;
      // Consume want.length non-space characters.
      let n = 0;
      let j = 0;
      while (n < want.length && j < rest.length) {
        if (!/\s/.test(rest[j]!)) n++;
        j++;
      }
      rest = rest.slice(j);
      parts.push({ text: run.text });
    } else if (run.kind === 'latin') {
      // The katakana that spells the letters: up to the next run's kana when there is one.
      const m = /^[\u30a0-\u30ffー・]+/.exec(rest);
      if (!m) return null;
      let end = m[0].length;
      const next = rs[i + 1];
      if (next && next.kind === 'other' && next.text.trim()) {
        const at = toHiragana(rest).indexOf(toHiragana(next.text.trim()), 1);
        if (at > 0 && at < end) end = at;
      }
      rest = rest.slice(end);
      parts.push({ text: run.text });
    } else {
      // Kanji: the reading up to the next run's kana (or the end).
      const next = rs[i + 1];
      let end = rest.length;
      if (next && next.kind === 'other') {
        const anchor = toHiragana(next.text.replace(/\s+/g, ''));
        const hira = toHiragana(rest);
        // The first match after at least one reading character per kanji... at least one.
        end = hira.indexOf(anchor, 1);
        if (end < 0) return null;
      } else if (next && next.kind === 'latin') return null;
      const rt = rest.slice(0, end).trim();
      if (!rt || /[^\p{sc=Hiragana}\p{sc=Katakana}ー\s]/u.test(rt)) return null;
      rest = rest.slice(end);
      parts.push(...splitWords(run.text, rt));
    }
  }
  skipSpace();
  return rest ? null : parts;
}
