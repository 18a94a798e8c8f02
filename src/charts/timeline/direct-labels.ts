/**
 * Which marks of a many-event timeline get a direct label, and where: the key events first, then
 * by kind of event and date; only whole titles (a title too long for a width class gets none, and
 * keeps its tooltip and its line in the list); one set per width class, each checked at its
 * class's narrowest plot with the shared packer's `bands` strategy (above a lane's first row or
 * below its last, never beside a middle row, where it could be read as a neighbour's).
 */
import { packLabels, type Box, type LabelRequest, type Slot } from '../shared/labels.ts';
import { textWidth } from '../shared/text.ts';
import { GEOMETRY, KIND_PRIORITY } from './geometry.ts';
import type { Lane, TimelineItem, TimelineMark } from './types.ts';

export function placeLaneLabels(
  marks: TimelineMark[],
  lanes: Lane[],
  classes: readonly { plot: number; maxLabel: number; maxLabels: number }[],
  shown: readonly TimelineItem[],
  labelable?: readonly (readonly string[])[],
): void {
  const g = GEOMETRY;
  const laneOf = new Map(lanes.map((l) => [l.area, l]));
  const byPriority = marks
    .slice()
    .sort(
      (a, b) =>
        Number(Boolean(b.key)) - Number(Boolean(a.key)) ||
        KIND_PRIORITY.indexOf(a.kind) - KIND_PRIORITY.indexOf(b.kind) ||
        a.index - b.index,
    );
  const slotsOf = (m: TimelineMark): Slot[] => {
    const lane = laneOf.get(m.area)!;
    const above: Slot[] = [
      {
        anchor: 'start',
        y0: lane.top + lane.height - g.band - lane.rows * g.row - g.band,
        y1: lane.top + lane.height - g.band - lane.rows * g.row,
      },
      {
        anchor: 'end',
        y0: lane.top + lane.height - g.band - lane.rows * g.row - g.band,
        y1: lane.top + lane.height - g.band - lane.rows * g.row,
      },
      ...(lane.height - g.band - lane.rows * g.row >= 2 * g.band
        ? ([
            { anchor: 'start', y0: lane.top, y1: lane.top + g.band },
            { anchor: 'end', y0: lane.top, y1: lane.top + g.band },
          ] as Slot[])
        : []),
    ];
    const belowTop = lane.top + lane.height - g.band;
    const below: Slot[] = [
      { anchor: 'start', y0: belowTop, y1: belowTop + g.band },
      { anchor: 'end', y0: belowTop, y1: belowTop + g.band },
    ];
    // A label sits next to its own row, so it cannot be mistaken for a neighbour's.
    return lane.rows === 1 ? [...above, ...below] : m.row === 0 ? above : m.row === lane.rows - 1 ? below : [];
  };
  const offset = 4;
  for (const m of marks) m.labels = classes.map(() => undefined);
  classes.forEach((c, k) => {
    // Only whole titles: a label cut with "…" names nothing. A title too long for this width
    // class gets no direct label (its mark keeps its tooltip and the list names it).
    const allowed = labelable?.[k];
    const requests: LabelRequest[] = byPriority
      .filter((m) => !allowed || allowed.includes(m.id))
      .filter((m) => textWidth(shown[m.index]!.title, g.fontSize, Boolean(m.key)) <= c.maxLabel)
      .map((m) => {
        const title = shown[m.index]!.title;
        return {
          key: m.index,
          x: m.f * c.plot,
          width: textWidth(title, g.fontSize, Boolean(m.key)),
          slots: slotsOf(m),
        };
      });
    const obstacles: Box[] = marks.map((m) => ({
      x0: m.f * c.plot - g.radius,
      x1: Math.max(m.f, m.fEnd ?? m.f) * c.plot + g.radius,
      y0: m.y - g.radius,
      y1: m.y + g.radius,
    }));
    for (const p of packLabels(requests, {
      strategy: 'bands',
      left: -g.overhang,
      right: c.plot + g.overhang,
      offset,
      gapX: 8,
      gapY: 4,
      max: c.maxLabels,
      obstacles,
    })) {
      const m = marks[p.key]!;
      const below = p.y0 > m.y;
      const text = shown[p.key]!.title;
      m.labels[k] = {
        text,
        anchor: p.anchor,
        dx: p.anchor === 'start' ? -offset : offset,
        y: below ? p.y0 + g.fontSize : p.y1 - 4,
        width: textWidth(text, g.fontSize, Boolean(m.key)),
        top: p.y0,
        bottom: p.y1,
      };
    }
  });
}
