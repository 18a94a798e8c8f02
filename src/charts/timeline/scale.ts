/**
 * Time on the timeline: the span drawn (fitted to the events), the focus control's spans, a
 * linear UTC scale and the axis ticks.
 *
 * The time scale is a few lines here rather than d3-scale's scaleUtc: the chart re-lays itself
 * out in the browser (time span and area controls), and scaleUtc would add about 13 kB gzipped
 * (d3-time, d3-time-format, d3-interpolate) for one linear map and year ticks. The ticks use
 * d3-array's tick algorithm, the one scale.ticks() uses.
 */
import { ticks as niceTicks } from 'd3-array';
import type { Lang } from '../../schemas/translation.ts';
import { textWidth } from '../shared/text.ts';
import { GEOMETRY } from './geometry.ts';
import { strings } from './strings.ts';
import type { Tick, TimelineItem } from './types.ts';

/** Default year of the focus control's second span: 2006-2013 is sparse, 2014 on is dense. */
export const FOCUS_YEAR = 2014;
export const FIRST_YEAR = 2006;
export const LAST_YEAR = 2026;

/**
 * Earliest year drawn: the year of the first event, so a chapter's axis fits its own events (a
 * Parkinson's timeline starts in 2018, not 2006). Empty input keeps the site's first year.
 */
export function firstYear(items: readonly TimelineItem[]): number {
  if (items.length === 0) return FIRST_YEAR;
  return Math.min(...items.map((e) => new Date(e.start).getUTCFullYear()));
}

const DAY = 86_400_000;
export const YEAR = 365.25 * DAY;

/**
 * The time axis: fitted to the events with a small margin at both ends (4 % of their span, at
 * least six weeks), so the first and last marks never sit on the axis ends. With `fromYear` (a
 * focus span) it starts on 1 January of that year. A date known only to the year counts to its end.
 */
export function timeSpan(items: readonly TimelineItem[], fromYear?: number): { from: number; to: number } {
  if (items.length === 0) return { from: Date.UTC(fromYear ?? FIRST_YEAR, 0, 1), to: Date.UTC(LAST_YEAR, 0, 1) };
  const lo = Math.min(...items.map((e) => e.start));
  const hi = Math.max(...items.map((e) => (e.precision === 'year' ? e.end : e.start)));
  const pad = Math.max(42 * DAY, 0.04 * (hi - lo));
  return { from: fromYear === undefined ? lo - pad : Date.UTC(fromYear, 0, 1), to: hi + pad };
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

/** Axis: labelled ticks from the scale, thinned so labels never touch at width W; a minor tick every year. */
export function axisTicks(x: ReturnType<typeof timeScale>, W: number, fromYear: number, to: number): Tick[] {
  const majors = x.ticks(Math.max(2, Math.floor(W / 50)));
  const ticks: Tick[] = [];
  let lastRight = -Infinity;
  for (const t of majors) {
    const f = x(t);
    const year = new Date(t).getUTCFullYear();
    const label = String(year);
    const w = textWidth(label, GEOMETRY.fontSize);
    const fits = f * W - w / 2 >= lastRight + 6;
    if (fits) lastRight = f * W + w / 2;
    ticks.push({ f, year, major: true, ...(fits ? { label } : {}) });
  }
  const majorYears = new Set(ticks.map((t) => t.year));
  for (let y = fromYear; Date.UTC(y, 0, 1) <= to; y++) {
    if (!majorYears.has(y) && x(Date.UTC(y, 0, 1)) > 0) ticks.push({ f: x(Date.UTC(y, 0, 1)), year: y, major: false });
  }
  return ticks.sort((a, b) => a.f - b.f);
}
