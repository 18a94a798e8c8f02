/**
 * What each kind of event looks like on the timeline. Its own module so the layout, the strings
 * and the renderer share it without importing each other.
 */
import type { TimelineEvent } from '../../schemas/event.ts';

export type EventKind = TimelineEvent['kind'];

/** Every shape, in the order the key lists them. */
export const SHAPES = ['disc', 'square', 'diamond', 'check', 'hexagon', 'triangle', 'cross', 'ring'] as const;
export type Shape = (typeof SHAPES)[number];

/**
 * Each kind has a shape, so the chart reads without colour. Related kinds share one. Shapes mean
 * the same as on the path-to-approval chart (src/charts/approval-path/shapes.ts STAGE_SHAPE):
 * filled diamond = approval, triangle = application, square = a study starts, cross = refused or
 * withdrawn. A law or rule is a hexagon, so no diamond means anything but an approval; a ministry
 * or panel go-ahead (a study allowed, an approval recommended) is a tick: a yes, but not an
 * approval of a product.
 */
export const KIND_SHAPE: Record<EventKind, Shape> = {
  discovery: 'disc',
  result: 'disc',
  award: 'disc',
  'trial-start': 'square',
  approval: 'diamond',
  regulation: 'hexagon',
  'go-ahead': 'check',
  filing: 'triangle',
  withdrawal: 'cross',
  manufacturing: 'ring',
};
