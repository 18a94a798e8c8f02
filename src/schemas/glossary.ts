/** A term a reader may not know, defined in one or two plain sentences. */
import { z } from 'astro/zod';
import { refList, slugId } from './ids.ts';
import { strictKeys, text } from './messages.ts';
import { jaFields } from './translation.ts';

const shape = {
  id: slugId('id'),
  term: text('term', 2, 60),
  /** Other spellings a chapter may use, e.g. "iPSC" for "iPS cell". */
  aliases: z.array(z.string()).default([]),
  /** One or two sentences, plain words, no jargon that is not itself in the glossary. */
  definition: text('definition', 20, 320),
  note: z.string().optional(),
  related: z.array(slugId('each id in related')).default([]),
  refs: refList(),
  /** Japanese: term as Japanese readers meet it, its reading in kana for furigana, definition, note. */
  ja: jaFields(['term', 'reading', 'definition', 'note'], ['aliases']),
};

export const glossarySchema = z.strictObject(shape, { error: strictKeys(Object.keys(shape), 'glossary entry') });
