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

/** Splits a kanji run into words by the space-separated words of its reading. */
function splitWords(kanji: string, reading: string): RubyPart[] {
  const words = reading.split(/\s+/).filter(Boolean);
  const chars = [...kanji];
  if (words.length <= 1 || words.length > chars.length) return [{ text: kanji, rt: words.join('') }];
  const total = words.reduce((n, w) => n + w.length, 0);
  const parts: RubyPart[] = [];
  let done = 0;
  let used = 0;
  words.forEach((w, i) => {
    done += w.length;
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
