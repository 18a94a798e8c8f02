/**
 * Japanese text for data records. A record (or a nested item) may carry `ja: { ...same keys }`
 * with the reader-facing text in Japanese; numbers, dates and ids are never translated.
 * `localize()` swaps the translations in for Japanese pages.
 */
import { z } from 'astro/zod';

const jaText = z.string().min(1, { error: 'a Japanese translation cannot be empty.' });

type JaShape<T extends string, L extends string> = { [K in T]: typeof jaText } & {
  [K in L]: z.ZodArray<typeof jaText>;
};

/** The `ja` field for a record whose listed text fields can be translated. */
export function jaFields<const T extends readonly string[], const L extends readonly string[] = []>(
  textKeys: T,
  listKeys?: L,
) {
  const lists: readonly string[] = listKeys ?? [];
  const shape: Record<string, z.ZodType> = {};
  for (const k of textKeys) shape[k] = jaText;
  for (const k of lists) shape[k] = z.array(jaText);
  return z
    .strictObject(shape as JaShape<T[number], L[number]>, {
      error: (issue: { code?: string; keys?: string[] }) =>
        issue.code === 'unrecognized_keys'
          ? `ja: ${(issue.keys ?? []).join(', ')} cannot be translated here. Translatable keys: ${[...textKeys, ...lists].join(', ')}.`
          : undefined,
    })
    .partial()
    .optional();
}

/** The site's languages: English at the root, every other one under /<lang>/. */
export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** What the code needs to know about each language. */
export const LANG_INFO: Record<Lang, { spaced: boolean }> = {
  en: { spaced: true },
  /** Japanese is written without spaces between words. */
  ja: { spaced: false },
};

/**
 * Returns the record as a reader of `lang` should see it: every object that carries `ja` has those
 * fields replaced, recursively (outcome groups, cohorts, stages...). English is returned untouched.
 */
export function localize<T>(value: T, lang: Lang): T {
  if (lang === 'en' || value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((v) => localize(v, lang)) as T;
  const { ja, ...rest } = value as Record<string, unknown> & { ja?: Record<string, unknown> };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rest)) out[k] = localize(v, lang);
  return { ...out, ...(ja ?? {}) } as T;
}
