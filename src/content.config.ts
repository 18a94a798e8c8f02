/**
 * Content collections: chapters (MDX) and the evidence data (YAML). Schemas live in src/schemas,
 * file locations in src/data/collections.ts.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter.ts';
import { CHAPTERS_DIR, DATA_COLLECTIONS, DATA_DIR } from './data/collections.ts';

const dataCollection = <K extends keyof typeof DATA_COLLECTIONS>(name: K) =>
  defineCollection({
    loader: file(`${DATA_DIR}/${DATA_COLLECTIONS[name].file}`),
    schema: DATA_COLLECTIONS[name].schema,
  });

export const collections = {
  chapters: defineCollection({
    loader: glob({ pattern: '*.mdx', base: CHAPTERS_DIR }),
    schema: chapterSchema,
  }),
  references: dataCollection('references'),
  trials: dataCollection('trials'),
  events: dataCollection('events'),
  glossary: dataCollection('glossary'),
  products: dataCollection('products'),
  trialCounts: dataCollection('trialCounts'),
  cellScales: dataCollection('cellScales'),
  teaching: dataCollection('teaching'),
};
