/** Arrow-key movement between lanes (Left and Right use the shared nextIndex). */
import type { TimelineLayout, TimelineMark } from './types.ts';

/**
 * Up and Down move to the nearest event in time in the lane above or below; undefined at the
 * top or bottom lane.
 */
export function laneStep(layout: TimelineLayout, index: number, direction: 1 | -1): number | undefined {
  const m = layout.marks[index];
  if (!m) return undefined;
  const withMarks = layout.lanes.filter((l) => l.count > 0);
  const li = withMarks.findIndex((l) => l.area === m.area);
  const target = withMarks[li + direction];
  if (!target) return undefined;
  let best: TimelineMark | undefined;
  for (const k of layout.marks) {
    if (k.area !== target.area) continue;
    if (!best || Math.abs(k.f - m.f) < Math.abs(best.f - m.f)) best = k;
  }
  return best?.index;
}
