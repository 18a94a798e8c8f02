/** A dated milestone on the timeline. */
import { z } from 'astro/zod';
import { AREAS } from './areas.ts';
import { partialDate } from './dates.ts';
import { refList, slugId } from './ids.ts';
import { oneOf, strictKeys, text } from './messages.ts';
import { jaFields } from './translation.ts';

export const EVENT_KINDS = [
  'discovery',
  'trial-start',
  'result',
  'regulation',
  /** A ministry allowing a study, or an expert panel backing an approval: not a law or rule. */
  'go-ahead',
  'filing',
  'approval',
  'withdrawal',
  'manufacturing',
  'award',
] as const;

const shape = {
  id: slugId('id'),
  date: partialDate('date'),
  area: oneOf(AREAS, 'area'),
  kind: oneOf(EVENT_KINDS, 'kind'),
  title: text('title', 3, 90),
  /** One sentence: what happened and why it matters. */
  description: text('description', 10, 280),
  /** Where the source article and a primary source disagree, follow the primary and say so here. */
  note: z.string().optional(),
  /** The trial record this event belongs to, if any. */
  trial: slugId('trial').optional(),
  refs: refList(),
  ja: jaFields(['title', 'description', 'note']),
};

export const eventSchema = z.strictObject(shape, { error: strictKeys(Object.keys(shape), 'event') });
export type TimelineEvent = z.infer<typeof eventSchema>;
