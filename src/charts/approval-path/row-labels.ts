/**
 * Where each stage's label goes in a product's row: below the track, as high as it can, joined to
 * its mark by a leader line; the shared packer's `stack` strategy (shared/labels.ts). Positions
 * are px at `width`.
 */
import { packLabels } from '../shared/labels.ts';
import { GEOMETRY } from './geometry.ts';

/** Per item, the anchor and the label's top (0 = first lane). */
export function packRowLabels(
  items: { x: number; w: number; h: number }[],
  width: number,
): { anchor: 'start' | 'end'; y: number }[] {
  return packLabels(
    items.map((it, key) => ({ key, x: it.x, width: it.w, height: it.h })),
    { strategy: 'stack', left: 0, right: width, gapX: GEOMETRY.gapX, gapY: GEOMETRY.gapY },
  ).map((p) => ({ anchor: p.anchor, y: p.y0 }));
}
