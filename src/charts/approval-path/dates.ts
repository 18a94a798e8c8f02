/**
 * Date helpers for the path-to-approval chart. Pure: partial dates (YYYY, YYYY-MM, YYYY-MM-DD) in,
 * partial dates or instants out, never more precise than the source.
 */
import { endOf, precisionOf, startOf } from '../../schemas/dates.ts';
import { formatPartialDate } from '../../lib/format.ts';
import type { Lang } from '../../schemas/translation.ts';
import { strings } from './strings.ts';

const DAY = 86_400_000;
const two = (n: number) => String(n).padStart(2, '0');

/**
 * The end of a conditional approval: `years` after the approval date, at the same precision.
 * Fractional years are counted in whole months; a year-only date stays year-only (rounded).
 * A day that does not exist in the end month (29 February) becomes that month's last day.
 */
export function conditionalEnd(date: string, years: number): string {
  const p = precisionOf(date);
  const [y, m = 1, d = 1] = date.split('-').map(Number) as [number, number?, number?];
  if (p === 'year') return String(y + Math.round(years));
  const months = y * 12 + (m - 1) + Math.round(years * 12);
  const ny = Math.floor(months / 12);
  const nm = (months % 12) + 1;
  if (p === 'month') return `${ny}-${two(nm)}`;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${two(nm)}-${two(Math.min(d, last))}`;
}

/** Where a partial date is drawn: the middle of the span it can mean (a year-only date sits mid-year). */
export function midOf(date: string): number {
  return (startOf(date).getTime() + endOf(date).getTime() + DAY) / 2;
}

/** "on 6 March 2026", "in March 2026", "in 2024"; in Japanese "2026年3月6日に". */
export function when(date: string, lang: Lang = 'en'): string {
  return strings[lang].when(formatPartialDate(date, lang), precisionOf(date) === 'day');
}

/** The year of a partial date, for approximate labels such as "~2033". */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
