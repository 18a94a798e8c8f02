/** Familiar cell numbers that give a dose a sense of size (the body, a drop of blood...). */
import { z } from 'astro/zod';
import { refList, slugId } from './ids.ts';
import { strictKeys, text } from './messages.ts';
import { jaFields } from './translation.ts';

const shape = {
  id: slugId('id'),
  label: text('label', 3, 80),
  /** Number of cells; an approximate figure is fine if `note` says so. */
  cells: z.number().positive(),
  note: z.string().optional(),
  refs: refList(),
  ja: jaFields(['label', 'note']),
};

export const cellScaleSchema = z.strictObject(shape, { error: strictKeys(Object.keys(shape), 'cell scale') });
export type CellScale = z.infer<typeof cellScaleSchema>;
