/**
 * As-of dates written for the reader ("December 2024", 「2024年12月」), done on the server before
 * layout, so the island receives the words and does not carry the date formatter.
 */
import { formatPartialDate } from '../../lib/format.ts';
import { localize, type Lang } from '../../schemas/translation.ts';
import type { TrialCount } from '../../schemas/trial-count.ts';
import { isLowerBound } from './layout.ts';

export function withReadableDates<T extends { asOf: string }>(records: T[], lang: Lang): T[] {
  return records.map((r) => ({ ...r, asOf: formatPartialDate(r.asOf, lang) }));
}

/* Server side too: localize() lives with the schemas (and zod), which the island must not load. */
/**
 * The records as a reader of `lang` sees them (localize()), with each count's lower-bound flag
 * decided on the English wording first, so a translation that drops "(more than)" cannot lose it.
 */
export function localizeCounts<T extends TrialCount>(records: T[], lang: Lang): T[] {
  return records.map((r) => {
    const local = localize(r, lang);
    return { ...local, counts: local.counts.map((c, i) => ({ ...c, lowerBound: isLowerBound(r, r.counts[i]!) })) } as T;
  });
}
