/**
 * Content collections: chapters (MDX) and the evidence data (YAML). Schemas live in src/schemas,
 * file locations in src/data/collections.ts.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { chapterSchema } from './schemas/chapter.ts';
import { pageSchema } from './schemas/page.ts';
import { CHAPTERS_DIR, DATA_COLLECTIONS, PAGES_DIR, dataFiles } from './data/collections.ts';

/** Every record of a collection, from its file and its folder (see `dataFiles`). */
const source = (name: keyof typeof DATA_COLLECTIONS): Loader => ({
  name: `data-${name}`,
  load: async ({ store, parseData, watcher }) => {
    store.clear();
    for (const rel of dataFiles(name)) {
      watcher?.add(rel);
      const records = (parse(readFileSync(rel, 'utf8')) ?? []) as { id: string }[];
      for (const record of records)
        store.set({ id: record.id, data: await parseData({ id: record.id, data: record }) });
    }
  },
});

export const collections = {
  chapters: defineCollection({
    // English chapters at the top, translations in a folder per language (id "ja/cornea").
    loader: glob({ pattern: ['*.mdx', 'ja/*.mdx'], base: CHAPTERS_DIR }),
    schema: chapterSchema,
  }),
  // Stand-alone reader pages ("Can I get it?"), laid out like chapters (id "access", "ja/access").
  pages: defineCollection({
    loader: glob({ pattern: ['*.mdx', 'ja/*.mdx'], base: PAGES_DIR }),
    schema: pageSchema,
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
  corrections: defineCollection({ loader: source('corrections'), schema: DATA_COLLECTIONS.corrections.schema }),
};
