/**
 * Where each data collection lives and which schema checks it. The Astro content config, the
 * integrity checks and `npm run check` all read this one table.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cellScaleSchema } from '../schemas/cell-scale.ts';
import { eventSchema } from '../schemas/event.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { productSchema } from '../schemas/product.ts';
import { referenceSchema } from '../schemas/reference.ts';
import { trialCountSchema } from '../schemas/trial-count.ts';
import { trialSchema } from '../schemas/trial.ts';
import { teachingSchema } from '../schemas/teaching.ts';
import { correctionSchema } from '../schemas/correction.ts';

export const DATA_DIR = 'content/data';
export const CHAPTERS_DIR = 'content/chapters';
/** Stand-alone reader pages in MDX ("Can I get it?"), English at the top, translations in `ja/`. */
export const PAGES_DIR = 'content/pages';

export const DATA_COLLECTIONS = {
  references: { file: 'references.yaml', schema: referenceSchema },
  trials: { file: 'trials.yaml', schema: trialSchema },
  events: { file: 'events.yaml', schema: eventSchema },
  glossary: { file: 'glossary.yaml', schema: glossarySchema },
  products: { file: 'products.yaml', schema: productSchema },
  trialCounts: { file: 'trial-counts.yaml', schema: trialCountSchema },
  cellScales: { file: 'cell-scales.yaml', schema: cellScaleSchema },
  teaching: { file: 'teaching.yaml', schema: teachingSchema },
  corrections: { file: 'corrections.yaml', schema: correctionSchema },
} as const;

export type DataCollectionName = keyof typeof DATA_COLLECTIONS;

/**
 * The files that hold one collection: `<file>` itself, then every `*.yaml` in the folder of the
 * same name (`trials.yaml`, then `trials/*.yaml`, in name order). A folder lets a topic keep its
 * records in a file of its own (for example `trials/heart.yaml`) without one long shared file.
 * Paths are relative to `root`.
 */
export function dataFiles(name: DataCollectionName, root = '.', dir = DATA_DIR): string[] {
  const main = join(dir, DATA_COLLECTIONS[name].file);
  const folder = main.replace(/\.yaml$/, '');
  const files = existsSync(join(root, main)) ? [main] : [];
  if (existsSync(join(root, folder))) {
    for (const f of readdirSync(join(root, folder)).sort()) if (f.endsWith('.yaml')) files.push(join(folder, f));
  }
  return files;
}
