/**
 * One entry in the public "Updates and corrections" log: what changed, when and why.
 * Shown on the About page, and at the foot of every chapter it names.
 */
import { z } from 'astro/zod';
import { slugId } from './ids.ts';
import { isoDate, strictKeys, text } from './messages.ts';
import { jaFields } from './translation.ts';

const shape = {
  id: slugId('id'),
  /** The day the change went live (YYYY-MM-DD). */
  date: isoDate('date'),
  /** Chapter slugs the change touched (empty for site-wide changes), e.g. [japans-fast-track]. */
  chapters: z.array(slugId('each chapter slug in chapters')).default([]),
  /** What changed, in one or two plain sentences. */
  what: text('what', 5, 600),
  /** Why: the source that showed the error, or the reason for the change. */
  why: text('why', 5, 600),
  /** Sources behind the corrected statement, if any. */
  refs: z.array(slugId('each id in refs')).default([]),
  ja: jaFields(['what', 'why']),
};

export const correctionSchema = z.strictObject(shape, { error: strictKeys(Object.keys(shape), 'correction') });
export type Correction = z.infer<typeof correctionSchema>;
