/**
 * Where each data collection lives and which schema checks it. The Astro content config, the
 * integrity checks and `npm run check` all read this one table.
 */
import { cellScaleSchema } from '../schemas/cell-scale.ts';
import { eventSchema } from '../schemas/event.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { productSchema } from '../schemas/product.ts';
import { referenceSchema } from '../schemas/reference.ts';
import { trialCountSchema } from '../schemas/trial-count.ts';
import { trialSchema } from '../schemas/trial.ts';
import { teachingSchema } from '../schemas/teaching.ts';

export const DATA_DIR = 'content/data';
export const CHAPTERS_DIR = 'content/chapters';

export const DATA_COLLECTIONS = {
  references: { file: 'references.yaml', schema: referenceSchema },
  trials: { file: 'trials.yaml', schema: trialSchema },
  events: { file: 'events.yaml', schema: eventSchema },
  glossary: { file: 'glossary.yaml', schema: glossarySchema },
  products: { file: 'products.yaml', schema: productSchema },
  trialCounts: { file: 'trial-counts.yaml', schema: trialCountSchema },
  cellScales: { file: 'cell-scales.yaml', schema: cellScaleSchema },
  teaching: { file: 'teaching.yaml', schema: teachingSchema },
} as const;

export type DataCollectionName = keyof typeof DATA_COLLECTIONS;
