/**
 * Reader-facing formatting of dates and numbers, per language, through Intl.
 * Japanese counts cells in 万 (10^4), 億 (10^8) and 兆 (10^12), as Japanese readers do.
 */
import type { Lang } from '../schemas/translation.ts';

export const LOCALE: Record<Lang, string> = { en: 'en-GB', ja: 'ja-JP' };

/** Accepts a language ('en', 'ja') or, for older callers, a locale string ('en-GB'). */
function localeOf(langOrLocale: string): string {
  return (LOCALE as Record<string, string>)[langOrLocale] ?? langOrLocale;
}
const isJa = (l: string) => localeOf(l).startsWith('ja');

/**
 * Intl formatters are slow to make and cheap to use: a build formats hundreds of thousands of
 * numbers and dates (at 300 chapters, making them took 12 s of CPU), so each locale and set of
 * options gets one, made on first use.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function numberFormat(locale: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}\0${JSON.stringify(opts)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, opts)));
  return f;
}
function dateFormat(locale: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\0${JSON.stringify(opts)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, opts)));
  return f;
}

export function formatDate(date: Date | string, lang: string = 'en'): string {
  if (typeof date === 'string') return formatPartialDate(date, lang);
  return dateFormat(localeOf(lang), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** "2018", "August 2018" or "1 August 2018" (2018年8月1日): never more precise than the source. */
export function formatPartialDate(date: string, lang: string = 'en'): string {
  // YYYY, YYYY-MM or YYYY-MM-DD (schemas/dates.ts checks the form; lib imports no other layer).
  const p = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  const [y, m = '1', d = '1'] = date.split('-');
  const value = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const opts: Intl.DateTimeFormatOptions =
    p === 'year'
      ? { year: 'numeric' }
      : p === 'month'
        ? { month: 'long', year: 'numeric' }
        : { day: 'numeric', month: 'long', year: 'numeric' };
  return dateFormat(localeOf(lang), { ...opts, timeZone: 'UTC' }).format(value);
}

export function formatNumber(n: number, lang: string = 'en'): string {
  return numberFormat(localeOf(lang), { useGrouping: !isJa(lang) }).format(n);
}

/** 2000000 -> "2 million" / "200万"; 2100000 -> "2.1 million" / "210万"; 900000 -> "900,000" / "90万". */
export function formatCells(n: number, lang: string = 'en'): string {
  const units: [number, string][] = isJa(lang)
    ? [
        [1e12, '兆'],
        [1e8, '億'],
        [1e4, '万'],
      ]
    : [
        [1e12, ' trillion'],
        [1e9, ' billion'],
        [1e6, ' million'],
      ];
  for (const [size, word] of units) {
    if (n >= size) {
      const v = n / size;
      return `${numberFormat(localeOf(lang), { maximumFractionDigits: v < 10 ? 1 : 0, useGrouping: !isJa(lang) }).format(v)}${word}`;
    }
  }
  return formatNumber(n, lang);
}
