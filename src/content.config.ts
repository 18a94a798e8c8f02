/**
 * Content collections: chapters (MDX) and the evidence data (YAML). Schemas live in src/schemas,
 * file locations in src/data/collections.ts.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter.ts';
import { CHAPTERS_DIR, DATA_COLLECTIONS, DATA_DIR } from './data/collections.ts';

const source = (name: keyof typeof DATA_COLLECTIONS) => file(`${DATA_DIR}/${DATA_COLLECTIONS[name].file}`);

export const collections = {
  chapters: defineCollection({
    // English chapters at the top, translations in a folder per language (id "ja/cornea").
    loader: glob({ pattern: ['*.mdx', 'ja/*.mdx'], base: CHAPTERS_DIR }),
    schema: chapterSchema,
  }),
  // Written out one by one (not in a loop) so each collection keeps its own precise type.
  references: defineCollection({ loader: source('references'), schema: DATA_COLLECTIONS.references.schema }),
  trials: defineCollection({ loader: source('trials'), schema: DATA_COLLECTIONS.trials.schema }),
  events: defineCollection({ loader: source('events'), schema: DATA_COLLECTIONS.events.schema }),
  glossary: defineCollection({ loader: source('glossary'), schema: DATA_COLLECTIONS.glossary.schema }),
  products: defineCollection({ loader: source('products'), schema: DATA_COLLECTIONS.products.schema }),
  trialCounts: defineCollection({ loader: source('trialCounts'), schema: DATA_COLLECTIONS.trialCounts.schema }),
  cellScales: defineCollection({ loader: source('cellScales'), schema: DATA_COLLECTIONS.cellScales.schema }),
  teaching: defineCollection({ loader: source('teaching'), schema: DATA_COLLECTIONS.teaching.schema }),
};
