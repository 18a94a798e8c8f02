import { AREAS, type Area } from '../../schemas/areas.ts';
import type { TimelineItem } from './types.ts';

/** Areas with events, in the site's area order. */
export function areasOf(items: readonly TimelineItem[]): Area[] {
  return AREAS.filter((a) => items.some((e) => e.area === a));
}
