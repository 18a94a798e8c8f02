/**
 * How wide a label will be, without a DOM: the one estimate every chart packs its labels with.
 * Deliberately on the wide side of real system sans-serif fonts (about 0.5 em a Latin character),
 * so an estimate that fits, fits. Full-width characters (kana, kanji, CJK punctuation) are 1 em.
 */

const NARROW = new Set([..."iljtfrI.,;:'’!|()[]-"]);
const WIDE = new Set([...'mwMW@%&']);
/** Bold Latin text is about this much wider than regular. */
const BOLD = 0.6 / 0.56;

/**
 * Full-width characters: kana, kanji, hangul, CJK punctuation (、。「」・〜) and full-width forms
 * (（）：１). Each is drawn about 1 em wide, nearly twice a Latin letter.
 */
function isFullWidth(c: string): boolean {
  const p = c.codePointAt(0) ?? 0;
  return (
    (p >= 0x1100 && p <= 0x115f) ||
    (p >= 0x2e80 && p <= 0xa4cf) ||
    (p >= 0xac00 && p <= 0xd7a3) ||
    (p >= 0xf900 && p <= 0xfaff) ||
    (p >= 0xfe30 && p <= 0xfe4f) ||
    (p >= 0xff00 && p <= 0xff60) ||
    (p >= 0xffe0 && p <= 0xffe6) ||
    (p >= 0x20000 && p <= 0x3fffd)
  );
}

/** True when text has any full-width character, and so breaks between characters, not at spaces. */
export function hasFullWidth(text: string): boolean {
  for (const c of text) if (isFullWidth(c)) return true;
  return false;
}

/** Width in px of `text` set at `size` px (bold: a little wider for Latin letters). */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  let latin = 0;
  for (const c of text) {
    if (isFullWidth(c)) em += 1;
    else if (c === ' ') latin += 0.3;
    else if (NARROW.has(c)) latin += 0.34;
    else if (WIDE.has(c)) latin += 0.92;
    else if (c >= 'A' && c <= 'Z') latin += 0.72;
    else if (c >= '0' && c <= '9') latin += 0.6;
    else latin += 0.58;
  }
  return Math.ceil((em + latin * (bold ? BOLD : 1)) * size);
}
