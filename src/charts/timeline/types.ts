/** The timeline's data shapes: the items it is given and the layout it returns. */
import type { Area } from '../../schemas/areas.ts';
import type { Lang } from '../../schemas/translation.ts';
import type { EventKind, Shape } from './shapes.ts';

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
  /**
   * Japanese titles only: where a line may break (character offsets of BudouX's phrase ends,
   * found at build time), so a wrapped label never splits a word (パーキンソ|ン病).
   */
  breaks?: number[];
  description: string;
  sources: Source[];
}

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
  /** Long waits between consecutive events (rows view), drawn as brackets under the axis. */
  gaps: {
    f0: number;
    f1: number;
    label: string;
    /** Indexes of the marks at its ends: the bracket's ends rise to them, so it says between what. */
    from: number;
    to: number;
  }[];
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
  /** Two event ids: the span the takeaway measures, drawn as the one bracket (default: the long waits). */
  span?: readonly [string, string];
  /**
   * Per width class, the only events that may get a direct label (lanes view): the labels both
   * languages can draw, so the English and Japanese charts annotate the same events (chart.ts).
   */
  labelable?: readonly (readonly string[])[];
}
