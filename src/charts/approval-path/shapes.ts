/** The mark shapes of the path chart, one per kind of stage. */
import type { MarkKind } from './strings.ts';

export type { MarkKind };
export type Shape = 'square-open' | 'square' | 'triangle' | 'diamond' | 'star' | 'cross' | 'bracket' | 'today';

/**
 * Each kind has its own shape, so the chart reads without colour. Shapes mean the same as in the
 * timeline's key (src/charts/timeline/shapes.ts KIND_SHAPE): a filled square is a study starting,
 * a triangle an application, a filled diamond an approval, a cross a refusal or withdrawal (one
 * symbol for HeartSheet's refusal on every chart; its label says which: "Refused full approval").
 */
export const STAGE_SHAPE: Record<MarkKind, Shape> = {
  'clinical-research': 'square-open',
  trial: 'square',
  filing: 'triangle',
  'conditional-approval': 'diamond',
  'full-approval': 'star',
  withdrawn: 'cross',
  rejected: 'cross',
  'period-end': 'bracket',
};
