/** A published count of pluripotent-stem-cell trials, for the "where the trials are" chart. */
import { z } from 'astro/zod';
import { refList, slugId } from './ids.ts';
import { oneOf, strictKeys, text } from './messages.ts';
import { jaFields } from './translation.ts';

const shape = {
  id: slugId('id'),
  /** What was counted, e.g. "Interventional pluripotent-stem-cell trials". */
  scope: text('scope', 5, 200),
  by: oneOf(['country', 'area', 'cell-type', 'total'] as const, 'by'),
  /** The date the count is current to. */
  asOf: text('asOf', 4, 40),
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
        ja: jaFields(['label']),
      }),
    )
    .min(1),
  note: z.string().optional(),
  refs: refList(),
  ja: jaFields(['scope', 'asOf', 'note']),
};

export const trialCountSchema = z.strictObject(shape, { error: strictKeys(Object.keys(shape), 'trial count') });
export type TrialCount = z.infer<typeof trialCountSchema>;
