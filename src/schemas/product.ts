/** A regenerative-medicine product on the road to (or off) the market, for the path-to-approval chart. */
import { z } from 'astro/zod';
import { AREAS } from './areas.ts';
import { partialDate } from './dates.ts';
import { refList, slugId } from './ids.ts';
import { oneOf, strictKeys, text } from './messages.ts';
import { jaFields } from './translation.ts';

export const STAGES = [
  'clinical-research',
  'trial',
  'filing',
  'conditional-approval',
  'full-approval',
  'withdrawn',
  'rejected',
] as const;

const stage = z.strictObject({
  stage: oneOf(STAGES, 'stage'),
  date: partialDate('stage date'),
  note: z.string().optional(),
  refs: refList('stage refs'),
  ja: jaFields(['note']),
});

const shape = {
  id: slugId('id'),
  name: text('name', 2, 60),
  /** Generic name, e.g. raguneprocel. */
  genericName: z.string().optional(),
  company: text('company', 2, 120),
  area: oneOf(AREAS, 'area'),
  /** What the product is made of, in plain words, e.g. "donor iPS-cell dopamine precursors". */
  kind: text('kind', 3, 120),
  stages: z.array(stage).min(1),
  /** Years the conditional approval lasts, when one was granted. */
  conditionalYears: z.number().positive().optional(),
  /** What must be shown before the period ends. */
  condition: z.string().optional(),
  trial: slugId('trial').optional(),
  ja: jaFields(['name', 'genericName', 'company', 'kind', 'condition']),
};

export const productSchema = z.strictObject(shape, { error: strictKeys(Object.keys(shape), 'product') });
export type Product = z.infer<typeof productSchema>;
