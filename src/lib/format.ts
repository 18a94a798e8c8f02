/** Reader-facing formatting of dates and numbers, locale-aware through Intl. */
import { precisionOf } from '../schemas/dates.ts';

export function formatDate(date: Date | string, locale = 'en-GB'): string {
  if (typeof date === 'string') return formatPartialDate(date, locale);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "2018", "August 2018" or "1 August 2018": never more precise than the source. */
export function formatPartialDate(date: string, locale = 'en-GB'): string {
  const p = precisionOf(date);
  const [y, m = '1', d = '1'] = date.split('-');
  const value = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const opts: Intl.DateTimeFormatOptions =
    p === 'year' ? { year: 'numeric' } : p === 'month' ? { month: 'long', year: 'numeric' } : { day: 'numeric', month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' }).format(value);
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** 2000000 -> "2 million"; 2100000 -> "2.1 million"; 900000 -> "900,000". */
export function formatCells(n: number, locale = 'en-GB'): string {
  const units: [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
  for (const [size, word] of units) {
    if (n >= size) {
      const v = n / size;
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: v < 10 ? 1 : 0 }).format(v)} ${word}`;
    }
  }
  return new Intl.NumberFormat(locale).format(n);
}
