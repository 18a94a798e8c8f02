/**
 * The timeline: one lane per area, events placed in time, shape = kind of event. Pure: timeline
 * items in, positioned marks, lanes, ticks and direct labels out.
 *
 * Horizontal positions are fractions `f` of the plot width, drawn as SVG percentages, so the
 * chart fills any width without scaling its text. Everything that must not collide (marks in a
 * lane, direct labels, tick labels) is checked at the narrowest plot the wide view can have:
 * gaps only grow as the plot widens, so what is clear there is clear at every width.
 *
 * The time scale is a few lines here rather than d3-scale's scaleUtc: the chart re-lays itself
 * out in the browser (time span and area controls), and scaleUtc would add about 13 kB gzipped
 * (d3-time, d3-time-format, d3-interpolate) for one linear map and year ticks. The ticks use
 * d3-array's tick algorithm, the one scale.ticks() uses.
 */
import { ticks as niceTicks } from 'd3-array';
import { AREAS, type Area } from '../../schemas/areas.ts';
import type { Lang } from '../../schemas/translation.ts';
import type { ChartTable } from '../shared/table.ts';
import { placeLabels, wrapLabel, type Box, type LabelRequest, type Slot } from './labels.ts';
import { textWidth } from '../shared/text.ts';
import { strings } from './strings.ts';
import { KIND_SHAPE, SHAPES, type EventKind, type Shape } from './shapes.ts';

export type Precision = 'year' | 'month' | 'day';

/** A source, resolved by the MDX wrapper to plain text and a link. */
export interface Source {
  text: string;
  href?: string;
}

/** One event as the chart needs it: plain, serialisable data (see items.ts). */
export interface TimelineItem {
  id: string;
  /** The partial date as written: 2019, 2019-02 or 2019-02-18. */
  date: string;
  /** "2019", "February 2019" or "18 February 2019" (2019年2月18日 on Japanese pages). */
  dateLabel: string;
  /** First and last instants the date can mean (ms since 1970, UTC). */
  start: number;
  end: number;
  precision: Precision;
  area: Area;
  kind: EventKind;
  title: string;
  description: string;
  sources: Source[];
}

/** Which events get a direct label first when there is room for only a few. */
const KIND_PRIORITY: EventKind[] = [
  'discovery',
  'approval',
  'trial-start',
  'withdrawal',
  'filing',
  'regulation',
  'award',
  'result',
  'manufacturing',
];

export const GEOMETRY = {
  /** Plot width (px) at the narrowest wide view: a 521 px container less lane labels and padding. */
  minPlot: 372,
  /** Column for lane labels, left of the plot (px). */
  laneLabelWidth: 112,
  /** Room for direct labels above and below a lane's marks. */
  band: 16,
  /** Height of one row of marks, and the least distance between two marks in a row (a 24 px target). */
  row: 24,
  /** Axis line, ticks and year labels under the lanes. */
  axis: 30,
  radius: 6,
  /** On-chart text: 13 px on wide views (phones get the list view, whose text is the page's). */
  fontSize: 13,
  laneFontSize: 13,
  /** Longest direct label (px); longer titles get no direct label (never a cut one). */
  maxLabel: 184,
  maxLabels: 8,
  /** Up to this many events, each gets its own row and its full label beside it (chapter timelines). */
  rowsUpTo: 10,
  /** Line height of a wrapped label in the one-row-per-event view (px). */
  lineHeight: 16,
  /** How far a direct label may run into the plot's side margins (px): 16 left, 18 right. */
  overhang: 10,
};

/** Default year of the focus control's second span: 2006-2013 is sparse, 2014 on is dense. */
export const FOCUS_YEAR = 2014;
const FIRST_YEAR = 2006;
const LAST_YEAR = 2026;

export interface Lane {
  area: Area;
  label: string;
  /** The label broken into lines that fit the lane-label column. */
  lines: string[];
  top: number;
  height: number;
  rows: number;
  /** y of the lane rule (the first row of marks). */
  ruleY: number;
  count: number;
}

export interface Tick {
  f: number;
  year: number;
  /** Only on ticks whose labels fit; minor (yearly) ticks have none. */
  label?: string;
  major: boolean;
}

export interface DirectLabel {
  text: string;
  anchor: 'start' | 'end';
  /** Offset from the mark's x, in px. */
  dx: number;
  /** Text baseline. */
  y: number;
  width: number;
  /** Top of the label's band, for tests. */
  top: number;
  bottom: number;
  /** A label wrapped onto several lines (one-row-per-event view): drawn as tspans from `y` down. */
  lines?: string[];
  /** Where the label is anchored, as a fraction of the plot, when not at its mark (after a year bar). */
  at?: number;
}

/**
 * Direct labels are laid out once per width class: the wide view's narrowest plot, and wider
 * containers where longer and more labels fit. Each set is checked at its class's narrowest plot,
 * so it is clear at every wider one; Timeline.svelte shows the set for the container's width with
 * container queries at these same `container` widths (px).
 */
export const LABEL_CLASSES = [
  { container: 521, plot: 372, maxLabel: 184, maxLabels: 8 },
  { container: 600, plot: 451, maxLabel: 240, maxLabels: 9 },
  { container: 680, plot: 531, maxLabel: 340, maxLabels: 14 },
  { container: 860, plot: 711, maxLabel: 420, maxLabels: 18 },
  { container: 900, plot: 751, maxLabel: 460, maxLabels: 20 },
] as const;

export interface TimelineMark {
  /** Position in time order, the order of arrow-key movement. */
  index: number;
  id: string;
  area: Area;
  kind: EventKind;
  shape: Shape;
  f: number;
  /** Where a date known only to the year ends, drawn as a bar after the mark. */
  fEnd?: number;
  y: number;
  row: number;
  /** The direct label at the narrowest plot (`labels[0]`). */
  label?: DirectLabel;
  /** The direct label in each width class (`TimelineLayout.labelWidths`), if it has one there. */
  labels: (DirectLabel | undefined)[];
  /** Screen-reader name of the mark. */
  aria: string;
  /** One of the few events the chart highlights (LayoutOptions.annotate). */
  key?: boolean;
  /** Tooltip and announcement: date, title, description and source. */
  tip: string;
}

export interface TimelineLayout {
  from: number;
  to: number;
  fromYear: number;
  /** Plot width used for every collision check (marks, ticks, the first label set). */
  width: number;
  /** Plot width each label set was checked at; the first is `width`. */
  labelWidths: number[];
  height: number;
  /** Bottom of the lanes, where the axis starts. */
  axisY: number;
  lanes: Lane[];
  ticks: Tick[];
  marks: TimelineMark[];
  /** Events of the shown areas that fall before `from`. */
  hidden: number;
  /** Shapes drawn, in key order. */
  shapes: Shape[];
  yearOnly: boolean;
  /**
   * 'rows': few events (a chapter's), each on its own row with its full label beside it;
   * 'lanes': many events packed into lanes with a few direct labels (the site-wide timeline).
   */
  mode: 'rows' | 'lanes';
  /** The crowded recent span, shaded with its count (lanes view with events on both sides). */
  crowd?: { f: number; from: number; count: number; total: number; label: string } | undefined;
}

export interface LayoutOptions {
  /** First year shown; default 2006 or the earliest event. */
  from?: number;
  /** Lanes to draw; default every area with events. */
  areas?: readonly Area[];
  /** Plot width for collision checks; default GEOMETRY.minPlot. */
  width?: number;
  /** Language of the labels the layout writes (items come localized already); default English. */
  lang?: Lang;
  /** Events to highlight: labelled first, drawn bold with a ring (at most five). */
  annotate?: readonly string[];
  /** Force a view; default 'rows' up to GEOMETRY.rowsUpTo events, else 'lanes'. */
  mode?: 'rows' | 'lanes';
}

/** Areas with events, in the site's area order. */
export function areasOf(items: readonly TimelineItem[]): Area[] {
  return AREAS.filter((a) => items.some((e) => e.area === a));
}

/**
 * Earliest year drawn: the year of the first event, so a chapter's axis fits its own events (a
 * Parkinson's timeline starts in 2018, not 2006). Empty input keeps the site's first year.
 */
export function firstYear(items: readonly TimelineItem[]): number {
  if (items.length === 0) return FIRST_YEAR;
  return Math.min(...items.map((e) => new Date(e.start).getUTCFullYear()));
}

/** End of the time axis: the latest event, and never before 2026. */
export function lastInstant(items: readonly TimelineItem[]): number {
  return Math.max(Date.UTC(LAST_YEAR, 0, 1), ...items.map((e) => e.start));
}

/** The focus control's spans; none when every event is on one side of FOCUS_YEAR. */
export function focusSpans(items: readonly TimelineItem[], lang: Lang = 'en'): { from: number; label: string }[] {
  const start = Date.UTC(FOCUS_YEAR, 0, 1);
  const first = firstYear(items);
  if (first >= FOCUS_YEAR || !items.some((e) => e.start < start) || !items.some((e) => e.start >= start)) return [];
  return [
    { from: first, label: strings[lang].span(first) },
    { from: FOCUS_YEAR, label: strings[lang].span(FOCUS_YEAR) },
  ];
}

function yearFraction(t: number): number {
  const y = new Date(t).getUTCFullYear();
  const start = Date.UTC(y, 0, 1);
  return y + (t - start) / (Date.UTC(y + 1, 0, 1) - start);
}

/** A linear UTC time scale onto [0, 1], clamped, whose ticks() are 1 January of round years. */
export function timeScale(from: number, to: number) {
  const span = Math.max(1, to - from);
  const x = (t: number) => Math.min(1, Math.max(0, (t - from) / span));
  x.ticks = (count: number): number[] =>
    niceTicks(yearFraction(from), yearFraction(to), count)
      .filter(Number.isInteger)
      .map((y) => Date.UTC(y, 0, 1))
      .filter((t) => t >= from && t <= to);
  return x;
}

export function sourceText(e: TimelineItem, lang: Lang = 'en'): string {
  return e.sources.map((s) => (s.href ? `${s.text} (${s.href})` : s.text)).join(strings[lang].sourceSep);
}

export function layoutTimeline(items: readonly TimelineItem[], options: LayoutOptions = {}): TimelineLayout {
  const g = GEOMETRY;
  const s = strings[options.lang ?? 'en'];
  const W = options.width ?? g.minPlot;
  const fromYear = options.from ?? firstYear(items);
  const from = Date.UTC(fromYear, 0, 1);
  const to = lastInstant(items);
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
    // One row per event and its full title beside the mark, on the side with room (wrapped onto
    // lines when neither side has room at the narrowest plot; wider plots only add room).
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
        const lines = wrapLabel(title, anchor === 'start' ? right : left, g.fontSize);
        const h = Math.max(g.row, lines.length * g.lineHeight + 8);
        m.row = row;
        m.y = y + h / 2;
        const first = m.y + g.fontSize * 0.35 - ((lines.length - 1) * g.lineHeight) / 2;
        const label: DirectLabel = {
          text: title,
          anchor,
          dx: anchor === 'start' ? gap : -gap,
          y: first,
          width: Math.max(...lines.map((l) => textWidth(l, g.fontSize))),
          top: y,
          bottom: y + h,
          ...(lines.length > 1 ? { lines } : {}),
          ...(anchor === 'start' && m.fEnd !== undefined ? { at: m.fEnd } : {}),
        };
        m.labels = classes.map(() => label);
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

  // Direct labels: a few, by kind priority then date, above the first row or below the last;
  // one set per width class, each at its class's narrowest plot.
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
  if (mode === 'lanes') for (const m of marks) m.labels = classes.map(() => undefined);
  (mode === 'lanes' ? classes : []).forEach((c, k) => {
    const texts = new Map<number, string[]>();
    // Only whole titles: a label cut with "…" names nothing. A title too long for this width
    // class gets no direct label (its mark keeps its tooltip and the list names it).
    const requests: LabelRequest[] = byPriority
      .filter((m) => textWidth(shown[m.index]!.title, g.fontSize, Boolean(m.key)) <= c.maxLabel)
      .map((m) => {
        const title = shown[m.index]!.title;
        texts.set(m.index, [title]);
        return {
          key: m.index,
          x: m.f * c.plot,
          width: textWidth(title, g.fontSize, Boolean(m.key)),
          fallbacks: [],
          slots: slotsOf(m),
        };
      });
    const obstacles: Box[] = marks.map((m) => ({
      x0: m.f * c.plot - g.radius,
      x1: Math.max(m.f, m.fEnd ?? m.f) * c.plot + g.radius,
      y0: m.y - g.radius,
      y1: m.y + g.radius,
    }));
    for (const p of placeLabels(requests, {
      left: -g.overhang,
      right: c.plot + g.overhang,
      offset,
      gap: 8,
      yGap: 4,
      max: c.maxLabels,
      obstacles,
    })) {
      const m = marks[p.key]!;
      const below = p.y0 > m.y;
      const text = texts.get(p.key)![p.choice]!;
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

  // Axis: labelled ticks from the scale, thinned so labels never touch; a minor tick every year.
  const majors = x.ticks(Math.max(2, Math.floor(W / 50)));
  const ticks: Tick[] = [];
  let lastRight = -Infinity;
  for (const t of majors) {
    const f = x(t);
    const year = new Date(t).getUTCFullYear();
    const label = String(year);
    const w = textWidth(label, g.fontSize);
    const fits = f * W - w / 2 >= lastRight + 6;
    if (fits) lastRight = f * W + w / 2;
    ticks.push({ f, year, major: true, ...(fits ? { label } : {}) });
  }
  const majorYears = new Set(ticks.map((t) => t.year));
  for (let y = fromYear; Date.UTC(y, 0, 1) <= to; y++) {
    if (!majorYears.has(y)) ticks.push({ f: x(Date.UTC(y, 0, 1)), year: y, major: false });
  }
  ticks.sort((a, b) => a.f - b.f);

  const drawn = new Set(marks.map((m) => m.shape));
  return {
    from,
    to,
    fromYear,
    width: W,
    labelWidths: classes.map((c) => c.plot),
    height: axisY + g.axis + (crowd ? 20 : 0),
    axisY,
    lanes,
    ticks,
    marks,
    hidden: inLanes.length - shown.length,
    shapes: SHAPES.filter((s) => drawn.has(s)),
    yearOnly: marks.some((m) => m.fEnd !== undefined),
    mode,
    crowd,
  };
}

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

/** Events grouped by year, in time order, for the narrow list. */
export function byYear(items: readonly TimelineItem[]): { year: number; items: TimelineItem[] }[] {
  const sorted = items
    .slice()
    .sort((a, b) => a.start - b.start || AREAS.indexOf(a.area) - AREAS.indexOf(b.area) || a.id.localeCompare(b.id));
  const groups: { year: number; items: TimelineItem[] }[] = [];
  for (const e of sorted) {
    const year = new Date(e.start).getUTCFullYear();
    const last = groups[groups.length - 1];
    if (last?.year === year) last.items.push(e);
    else groups.push({ year, items: [e] });
  }
  return groups;
}

export function timelineTable(items: readonly TimelineItem[], lang: Lang = 'en'): ChartTable {
  const s = strings[lang];
  return {
    columns: [...s.columns],
    rows: byYear(items)
      .flatMap((y) => y.items)
      .map((e) => [e.dateLabel, s.area[e.area], s.kind[e.kind], e.title, e.description, sourceText(e, lang)]),
  };
}

/** Two sentences for the frame's text summary: how many events, from when to when, by area. */
export function timelineSummary(items: readonly TimelineItem[], lang: Lang = 'en'): string {
  const s = strings[lang];
  if (items.length === 0) return s.empty;
  const sorted = byYear(items).flatMap((y) => y.items);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const byArea = areasOf(items).map((a) => ({ area: s.area[a], count: items.filter((e) => e.area === a).length }));
  return s.summary(items.length, first.dateLabel, last.dateLabel, byArea);
}
