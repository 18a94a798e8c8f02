/**
 * Frontmatter of a stand-alone reader page written in MDX (content/pages/, e.g. "Can I get it?").
 * Pages use the same components as chapters, so citations and the reference list work the same way.
 */
import { z } from 'astro/zod';
import { isoDate, strictKeys, text } from './messages.ts';

const shape = {
  /** The page's h1 and browser title. 5-90 characters. */
  title: text('title', 5, 90),
  /** One sentence for search results and social cards. 40-220 characters. */
  description: text('description', 40, 220),
  /** When the text was last changed (YYYY-MM-DD). */
  updated: isoDate('updated'),
  /** The date the facts are current to (YYYY-MM-DD): "as of" for readers. */
  asOf: isoDate('asOf'),
};

export const pageSchema = z.strictObject(shape, { error: strictKeys(Object.keys(shape), 'page frontmatter') });
