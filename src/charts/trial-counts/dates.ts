/**
 * As-of dates written for the reader ("December 2024", 「2024年12月」), done on the server before
 * layout, so the island receives the words and does not carry the date formatter.
 */
import { formatPartialDate } from '../../lib/format.ts';
import type { Lang } from '../../schemas/translation.ts';

export function withReadableDates<T extends { asOf: string }>(records: T[], lang: Lang): T[] {
  return records.map((r) => ({ ...r, asOf: formatPartialDate(r.asOf, lang) }));
}
