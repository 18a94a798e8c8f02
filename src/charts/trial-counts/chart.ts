/** <TrialCounts counts="guhr-2020-cell-type deinsberger-2020-country" title="..." takeaway="..." /> */
import { defineChart, idList, need } from '../define.ts';
import { shortCite } from '../../lib/reference-format.ts';
import { countRecord, trialCountsNotes, trialCountsSummary, trialCountsTable, type Cites } from './layout.ts';
import type { TrialCount } from '../../schemas/trial-count.ts';
import { strings } from './strings.ts';
import { localizeCounts, withReadableDates } from './dates.ts';
import { isStackable } from './stack.ts';

export const trialCounts = defineChart<{ records: TrialCount[]; cites: Cites }, 'TrialCounts'>({
  name: 'TrialCounts',
  about: 'published counts of trials, one small panel per count, each with its date and source',
  props: {
    counts: {
      required: true,
      help: 'space-separated ids from content/data/trial-counts.yaml',
      refersTo: 'trialCount',
    },
  },
  idProps: ['counts'],
  async load(input, lang, data) {
    const ids = idList(input.counts);
    if (ids.length === 0)
      throw new Error('<TrialCounts>: give at least one id from content/data/trial-counts.yaml in `counts`.');
    const english = await Promise.all(ids.map((id) => need(data, 'TrialCounts', 'trialCounts', id)));
    const records = withReadableDates(localizeCounts(english, lang), lang);
    const refIds = [...new Set(records.flatMap((r) => r.refs))];
    const cites: Cites = {};
    for (const r of refIds) {
      const ref = await data.get('references', r);
      if (ref) cites[r] = shortCite(ref);
    }
    return {
      summary: trialCountsSummary(records, lang),
      refs: records.flatMap((r) => r.refs),
      table: trialCountsTable(records, cites, lang),
      notes: trialCountsNotes(records, lang, isStackable(records)),
      view: { records: records.map(countRecord), cites },
    };
  },
  examples: [
    {
      props: {
        counts: 'guhr-2020-cell-type kirkeby-2025-trials seed-ips-trials',
      },
    },
  ],
  gallery: { en: strings.en.gallery, ja: strings.ja.gallery },
});
