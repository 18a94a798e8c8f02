/**
 * The timeline: one lane per area, events placed in time, shape = kind of event. Pure: timeline
 * items in, positioned marks, lanes, ticks and direct labels out. The pieces are in their own
 * files: types.ts (shapes of data), geometry.ts (sizes), scale.ts (time span, scale, ticks),
 * direct-labels.ts (which marks get a label, and where), keyboard.ts (arrow keys), describe.ts
 * (table and summary), strip.ts (the phone picture).
 *
 * Horizontal positions are fractions `f` of the plot width, drawn as SVG percentages, so the
 * chart fills any width without scaling its text. Everything that must not collide (marks in a
 * lane, direct labels, tick labels) is checked at the narrowest plot the wide view can have:
 * gaps only grow as the plot widens, so what is clear there is clear at every width.
 */
import { AREAS, type Area } from '../../schemas/areas.ts';
import { phrasesAt, wrapLabel } from '../shared/labels.ts';
import { textWidth } from '../shared/text.ts';
import { areasOf } from './areas.ts';
import { placeLaneLabels } from './direct-labels.ts';
import { FOCUS_YEAR, axisTicks, firstYear, timeScale, timeSpan } from './scale.ts';
import { chapterGaps } from './gaps.ts';
import { GEOMETRY, LABEL_CLASSES } from './geometry.ts';
import { KIND_SHAPE, SHAPES } from './shapes.ts';
import { strings } from './strings.ts';
import type { DirectLabel, Lane, LayoutOptions, TimelineItem, TimelineLayout, TimelineMark } from './types.ts';

export function layoutTimeline(items: readonly TimelineItem[], options: LayoutOptions = {}): TimelineLayout {
  const g = GEOMETRY;
  const s = strings[options.lang ?? 'en'];
  const W = options.width ?? g.minPlot;
  const { from, to } = timeSpan(items, options.from);
  // The year named in the chart's label and the focus control: the first event's (or the span's).
  const fromYear = options.from ?? firstYear(items);
  const x = timeScale(from, to);
  const laneAreas = (options.areas ?? areasOf(items)).filter((a) => items.some((e) => e.area === a));
  const inLanes = items.filter((e) => laneAreas.includes(e.area));
  const shown = inLanes
    .filter((e) => e.start >= from)
    .slice()
    .sort((a, b) => a.start - b.start || AREAS.indexOf(a.area) - AREAS.indexOf(b.area) || a.id.localeCompare(b.id));

  // Marks: time order; within a lane, a mark drops to the next row when it would sit closer
  // than one row's width to the last mark (or year bar) in a row.
  const marks: TimelineMark[] = shown.map((e, index) => {
    const f = x(e.start);
    const fEnd = e.precision === 'year' ? x(Math.min(e.end, to)) : undefined;
    const area = s.area[e.area];
    const kind = s.kind[e.kind];
    // "Manufacturing · Manufacturing" says nothing twice: name the kind only when it adds something.
    const extra = kind === area ? undefined : kind;
    return {
      index,
      id: e.id,
      area: e.area,
      kind: e.kind,
      shape: KIND_SHAPE[e.kind],
      f,
      ...(fEnd !== undefined && fEnd > f ? { fEnd } : {}),
      y: 0,
      row: 0,
      labels: [],
      ...(options.annotate?.includes(e.id) ? { key: true } : {}),
      aria: s.aria(e.dateLabel, area, extra, e.title),
      tip: s.tip(e.dateLabel, area, extra, e.title, e.description, e.sources[0]?.text),
    };
  });

  const mode: TimelineLayout['mode'] = options.mode ?? (shown.length <= g.rowsUpTo ? 'rows' : 'lanes');
  const classes = [
    { plot: W, maxLabel: g.maxLabel, maxLabels: g.maxLabels },
    ...LABEL_CLASSES.filter((c) => c.plot > W),
  ];
  const lanes: Lane[] = [];
  let top = 0;
  if (mode === 'rows') {
    // One row per event and its full title beside the mark, on the side with room at the
    // narrowest plot, wrapped onto lines (at phrase breaks in Japanese) only where a width class
    // has no room for it on one line.
    const gap = g.radius + 6;
    const pad = 6;
    for (const area of laneAreas) {
      const laneMarks = marks.filter((m) => m.area === area);
      let y = top + pad;
      laneMarks.forEach((m, row) => {
        const title = shown[m.index]!.title;
        const w = textWidth(title, g.fontSize);
        const fr = m.fEnd ?? m.f;
        const right = (1 - fr) * W + g.overhang - gap;
        const left = m.f * W + g.overhang - gap;
        const anchor: 'start' | 'end' = w <= right || (w > left && right >= left) ? 'start' : 'end';
        const phrases = phrasesAt(title, shown[m.index]!.breaks);
        // Lines per width class: the narrowest sets the row's height; wider plots need fewer lines.
        const linesAt = (plot: number) => {
          const room = anchor === 'start' ? (1 - fr) * plot + g.overhang - gap : m.f * plot + g.overhang - gap;
          return wrapLabel(title, room, g.fontSize, phrases);
        };
        const lines = linesAt(W);
        const h = Math.max(g.row, lines.length * g.lineHeight + 8);
        m.row = row;
        m.y = y + h / 2;
        const labelFor = (ls: string[]): DirectLabel => ({
          text: title,
          anchor,
          dx: anchor === 'start' ? gap : -gap,
          y: m.y + g.fontSize * 0.35 - ((ls.length - 1) * g.lineHeight) / 2,
          width: Math.max(...ls.map((l) => textWidth(l, g.fontSize))),
          top: y,
          bottom: y + h,
          ...(ls.length > 1 ? { lines: ls } : {}),
          ...(anchor === 'start' && m.fEnd !== undefined ? { at: m.fEnd } : {}),
        });
        const label = labelFor(lines);
        m.labels = classes.map((c, k) => (k === 0 ? label : labelFor(linesAt(c.plot))));
        m.label = label;
        y += h;
      });
      const label = s.area[area];
      const height = y + pad - top;
      lanes.push({
        area,
        label,
        lines: wrapLabel(label, g.laneLabelWidth - 8, g.laneFontSize),
        top,
        height,
        rows: Math.max(1, laneMarks.length),
        ruleY: laneMarks[0]?.y ?? top + height / 2,
        count: laneMarks.length,
      });
      top += height;
    }
  }
  // A lane with three or more events gets a second tier of labels above it.
  const bandAbove = (area: Area) => {
    const n = marks.filter((m) => m.area === area).length;
    return n >= 3 ? g.band * 2 : g.band;
  };
  for (const area of mode === 'lanes' ? laneAreas : []) {
    const laneMarks = marks.filter((m) => m.area === area);
    const rowEnds: number[] = [];
    for (const m of laneMarks) {
      const px = m.f * W;
      let row = rowEnds.findIndex((end) => px - end >= g.row);
      if (row === -1) row = rowEnds.length;
      rowEnds[row] = Math.max(px, (m.fEnd ?? m.f) * W);
      m.row = row;
    }
    const rows = Math.max(1, rowEnds.length);
    const ruleY = top + bandAbove(area) + g.row / 2;
    for (const m of laneMarks) m.y = ruleY + m.row * g.row;
    const label = s.area[area];
    const height = bandAbove(area) + g.band + rows * g.row;
    lanes.push({
      area,
      label,
      lines: wrapLabel(label, g.laneLabelWidth - 8, g.laneFontSize),
      top,
      height,
      rows,
      ruleY,
      count: laneMarks.length,
    });
    top += height;
  }
  const axisY = top + 4;

  if (mode === 'lanes') placeLaneLabels(marks, lanes, classes, shown, options.labelable);
  if (mode === 'lanes') for (const m of marks) if (m.labels[0]) m.label = m.labels[0];

  // The crowding of recent years, drawn: a band from FOCUS_YEAR with its share of the events.
  const crowdFrom = Date.UTC(FOCUS_YEAR, 0, 1);
  const recent = shown.filter((e) => e.start >= crowdFrom).length;
  const crowd =
    mode === 'lanes' && from < crowdFrom && recent > 0 && recent < shown.length
      ? {
          f: x(crowdFrom),
          from: FOCUS_YEAR,
          count: recent,
          total: shown.length,
          label: s.crowd(recent, shown.length, FOCUS_YEAR),
        }
      : undefined;

  const ticks = axisTicks(x, W, fromYear, to);
  // A chapter's brackets under the axis: the span its takeaway measures ("about 6 years", from
  // the first patient to the approval) or else its long waits; each end rises to its mark.
  const indexOf = (id: string) => marks.findIndex((m) => m.id === id);
  const gaps =
    mode === 'rows'
      ? chapterGaps(shown, options.span)
          .filter((gp) => indexOf(gp.after) >= 0 && indexOf(gp.before) >= 0)
          .map((gp) => ({
            f0: x(gp.from),
            f1: x(gp.to),
            label: s.gap(gp.years),
            from: indexOf(gp.after),
            to: indexOf(gp.before),
          }))
      : [];

  const drawn = new Set(marks.map((m) => m.shape));
  return {
    from,
    to,
    fromYear,
    width: W,
    labelWidths: classes.map((c) => c.plot),
    height: axisY + g.axis + (gaps.length ? 26 : 0),
    axisY,
    lanes,
    ticks,
    marks,
    hidden: inLanes.length - shown.length,
    shapes: SHAPES.filter((s) => drawn.has(s)),
    yearOnly: marks.some((m) => m.fEnd !== undefined),
    mode,
    crowd,
    gaps,
  };
}
