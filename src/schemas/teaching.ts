/** One chapter's entry in the teachers' guide. */
import { z } from 'astro/zod';
import { slugId } from './ids.ts';
import { strictKeys, text } from './messages.ts';

const shape = {
  /** The chapter this entry teaches: its file name without .mdx. */
  id: slugId('id'),
  /** What students should be able to do afterwards, each starting with a verb ("Explain why..."). */
  objectives: z
    .array(text('objective', 10, 200))
    .min(2, { error: 'give at least two learning objectives.' })
    .max(5),
  /** Exactly three open questions for class discussion. */
  questions: z.array(text('question', 10, 240)).length(3, { error: 'give exactly three discussion questions.' }),
  /** A short activity (10-30 minutes) using the chapter's charts or data. */
  activity: z.strictObject({
    title: text('activity.title', 3, 80),
    minutes: z.number().int().min(5).max(60),
    steps: z
      .array(text('activity step', 5, 300))
      .min(2)
      .max(6),
  }),
  /** Glossary ids of the words students should learn. */
  vocabulary: z.array(slugId('each vocabulary id')).min(3).max(10),
  /** The same entry in Japanese for the Japanese teachers' guide. */
  ja: z
    .strictObject({
      objectives: z.array(z.string().min(1)),
      questions: z.array(z.string().min(1)).length(3),
      activity: z.strictObject({ title: z.string().min(1), steps: z.array(z.string().min(1)) }),
    })
    .optional(),
};

export const teachingSchema = z.strictObject(shape, { error: strictKeys(Object.keys(shape), 'teaching entry') });
