/** Arrow-key movement between the path chart's marks. */
import { nextIndex } from '../shared/keyboard.ts';
import type { ApprovalLayout } from './types.ts';

/**
 * Arrow keys: Left/Right (and Home/End) walk every mark in order across products; Up/Down jump
 * to the previous or next product, to its mark nearest in time.
 */
export function nextMark(
  layout: Pick<ApprovalLayout, 'marks' | 'rows'>,
  current: number,
  key: string,
): number | undefined {
  const { marks, rows } = layout;
  if (key !== 'ArrowUp' && key !== 'ArrowDown') return nextIndex(current, key, marks.length);
  const here = marks[current];
  if (!here) return undefined;
  const target = rows[here.row + (key === 'ArrowUp' ? -1 : 1)];
  if (!target || target.marks.length === 0) return current;
  let best = target.marks[0]!;
  for (const m of target.marks) if (Math.abs(m.x - here.x) < Math.abs(best.x - here.x)) best = m;
  return best.index;
}
