/**
 * Chapter frontmatter. Each field's comment is the writer's reference (see CONTRIBUTING.md).
 */
import { z } from 'astro/zod';
import { AREAS } from './areas.ts';
import { isoDate, oneOf, strictKeys, text } from './messages.ts';

const shape = {
  /** Headline shown as the page's h1 and in the chapter list. 5-90 characters. */
  title: text('title', 5, 90),
  /** One-sentence standfirst for the chapter list, search results and social cards. 40-220 characters. */
  description: text('description', 40, 220),
  /** Which therapy area or story strand the chapter belongs to. Sets its colour and filters. */
  area: oneOf(AREAS, 'area'),
  /** Position in the chapter list: lower numbers come first. A whole number from 0 to 999. */
  order: z
    .number({ error: 'order must be a whole number, e.g. 30.' })
    .int({ error: 'order must be a whole number, e.g. 30.' })
    .min(0, { error: 'order must be 0 or more.' })
    .max(999, { error: 'order must be 999 or less.' }),
  /** When the chapter first appeared (YYYY-MM-DD). Optional: defaults to `updated`. */
  published: isoDate('published').optional(),
  /** When the text was last changed (YYYY-MM-DD). */
  updated: isoDate('updated'),
  /** The date the facts are current to (YYYY-MM-DD): "as of" for readers. */
  asOf: isoDate('asOf'),
  /** Up to eight topics the chapter is the main place for, shown under the title and weighted in search. */
  keywords: z
    .array(text('keyword', 2, 40))
    .max(8, { error: 'keywords: give at most eight.' })
    .optional(),
  /** Drafts are checked but never built into the site. Defaults to false. */
  draft: z.boolean({ error: 'draft must be true or false.' }).default(false),
};

export const chapterSchema = z.strictObject(shape, {
  error: strictKeys(Object.keys(shape), 'frontmatter'),
});
