/** A published count of pluripotent-stem-cell trials, for the "where the trials are" chart. */
import { z } from 'astro/zod';
import { refList, slugId } from './ids.ts';
import { partialDate } from './dates.ts';
import { oneOf, strictKeys, text } from './messages.ts';
import { jaFields } from './translation.ts';

/** The starting cells a count can be about, in the order a bar draws them (iPS first). */
export const CELL_GROUPS = ['ips', 'es-and-ips', 'es', 'other'] as const;

const shape = {
  id: slugId('id'),
  /** What was counted, e.g. "Interventional pluripotent-stem-cell trials". */
  scope: text('scope', 5, 200),
  /**
   * The panel's title on the chart, 8 words or fewer (e.g. "Studies by starting cell"); the full
   * scope stays in the data table and notes. Left out, the chart names the panel from `by` and `unit`.
   */
  title: text('title', 3, 60)
    .refine((v) => v.split(/\s+/).length <= 8, {
      error: 'title has more than 8 words: keep a panel title short (the full scope goes in `scope`).',
    })
    .optional(),
  by: oneOf(['country', 'area', 'cell-type', 'total'] as const, 'by'),
  /**
   * The date the count is current to, as precise as the source: YYYY ("data to about 2019"),
   * YYYY-MM ("December 2024") or YYYY-MM-DD. The chart writes it in the reader's language.
   */
  asOf: partialDate('asOf'),
  unit: oneOf(['trials', 'percent', 'studies', 'patients', 'products'] as const, 'unit'),
  counts: z
    .array(
      z.strictObject({
        label: text('label', 1, 60),
        value: z.number().nonnegative(),
        /** True where the figure is an estimate or not verified: the chart labels it so. */
        estimate: z.boolean().default(false),
        /**
         * True where the source gives only a floor ("more than 60"): the chart says "more than".
         * Leave it out only on old records; the chart then reads "(more than)" from the label.
         */
        lowerBound: z.boolean().optional(),
        /**
         * Which starting cells the group counts: `ips`, `es`, `es-and-ips` (counted together, not
         * split) or `other`. When every group of every record on a chart says it, the chart draws the
         * records as bars on one scale, one per date, split by starting cell, so a reader sees how the
         * counts relate (see src/charts/trial-counts/stack.ts).
         */
        cells: oneOf(CELL_GROUPS, 'cells').optional(),
        ja: jaFields(['label']),
      }),
    )
    .min(1),
  note: z.string().optional(),
  refs: refList(),
  ja: jaFields(['scope', 'title', 'note']),
};

export const trialCountSchema = z.strictObject(shape, { error: strictKeys(Object.keys(shape), 'trial count') });
export type TrialCount = z.infer<typeof trialCountSchema>;
