/** Sizes the timeline is drawn and checked at (px), and which events are labelled first. */
import type { EventKind } from './shapes.ts';

/** Which events get a direct label first when there is room for only a few. */
export const KIND_PRIORITY: EventKind[] = [
  'discovery',
  'approval',
  'trial-start',
  'withdrawal',
  'filing',
  'regulation',
  'go-ahead',
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
  /**
   * Up to this many events, a timeline with key events keeps its phone cards (a card is ~200 px
   * tall, so 8 are about two phone screens); more are drawn as the strip with the key events listed.
   */
  cardsUpTo: 8,
  /** Line height of a wrapped label in the one-row-per-event view (px). */
  lineHeight: 16,
  /** How far a direct label may run into the plot's side margins (px): 16 left, 18 right. */
  overhang: 10,
};

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
