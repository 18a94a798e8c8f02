/** The path chart's layout, as the renderer and the tests see it. */
import type { Lang } from '../../schemas/translation.ts';
import type { MarkKind, Shape } from './shapes.ts';

export interface LabelLine {
  text: string;
  kind: 'stage' | 'date' | 'extra';
}

export interface StageMark {
  /** Position in keyboard order across all products. */
  index: number;
  row: number;
  kind: MarkKind;
  shape: Shape;
  /** Partial date as written (for a period end, as computed). */
  date: string;
  /** % of the track width. */
  x: number;
  anchor: 'start' | 'end';
  /** Top of the label block, px from the top of the row's SVG. */
  labelY: number;
  /** Width of the label's longest line, px (an estimate that errs wide): its background plate. */
  labelWidth: number;
  lines: LabelLine[];
  /** What a screen reader and the tooltip say for this mark. */
  label: string;
}

export interface ListItem {
  shape: Shape;
  kind: MarkKind;
  stage: string;
  date: string;
  extra?: string;
}

export interface ProductRow {
  id: string;
  name: string;
  genericName?: string;
  company: string;
  kind: string;
  area: string;
  /** Height of the row's SVG, px. */
  height: number;
  track: { from: number; to: number; ended: boolean };
  /**
   * The conditional period: from approval to its end (`to`); `today` splits elapsed from remaining
   * when the as-of date falls inside it. `open`: the length is unknown and the band stops at today.
   */
  band?: { from: number; today?: number; to: number; open: boolean };
  /** Year-only dates: the whole year they can mean, drawn as a bracket. */
  spans: { from: number; to: number }[];
  marks: StageMark[];
  /** A product off the road: how it left and when ("Withdrawn 2024"), shown beside its name. */
  ended?: { kind: 'withdrawn' | 'rejected'; label: string };
  /** Where the product stands at the as-of date, in one sentence. */
  status: string;
  /** The same stages as text, for narrow containers. */
  list: ListItem[];
}

export interface ApprovalLayout {
  asOf: string;
  /** "20 November 2026". */
  asOfDate: string;
  /** "As of 20 November 2026": the label of the dashed line. */
  asOfLabel: string;
  today: number;
  todayAnchor: 'start' | 'end';
  /**
   * The chart's takeaway, drawn on the axis: by when the products inside their conditional period
   * must show that they work (x in % of the track, at the end of their periods).
   */
  /** The takeaway on the axis; `width` (px) sizes the plate that keeps the as-of line off it. */
  deadline?: { x: number; label: string; anchor: 'start' | 'end'; width: number };
  ticks: { x: number; label: string }[];
  /** First and last year of the axis, for the accessible description. */
  years: [number, number];
  rows: ProductRow[];
  /** All marks in keyboard order: product by product, each in date order. */
  marks: StageMark[];
}

export interface LayoutOptions {
  /** The "today" line: the date the site's facts were checked (YYYY-MM-DD). */
  asOf?: string;
  /** Width labels are packed for, px. */
  width?: number;
  /** Language of every label; records must already be localized (localize(record, lang)). */
  lang?: Lang;
}
