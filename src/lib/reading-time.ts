/** Reading time from a word count, at a pace that suits a careful reader of science (200 wpm). */
export const WORDS_PER_MINUTE = 200;

/**
 * Words in `text`. Languages written without spaces between words (Japanese) count characters
 * instead, at 2.5 a word: about 500 characters a minute.
 */
export function countWords(text: string, spaced = true): number {
  if (!spaced) return Math.round(text.replace(/\s/g, '').length / 2.5);
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
