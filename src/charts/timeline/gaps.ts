/**
 * The long waits on a chapter's timeline, when they are its point (Parkinson's: nothing between
 * the 2018 start and the 2025 results; Keio's years between approval, transplant and results).
 * Pure: items in time order in, the longest gaps out.
 */
import { YEAR } from './scale.ts';
import type { TimelineItem } from './types.ts';

export interface Gap {
  /** The id of the event before the gap and after it. */
  after: string;
  before: string;
  /** Where the gap starts and ends (ms): the end of a year-only date, the next event's start. */
  from: number;
  to: number;
  /**
   * Years rounded to the half year: whole years made two waits of 2.6 years read "about 3 years"
   * each under a subtitle that says "about five years" in all.
   */
  years: number;
}

/** At most two gaps of two years or more that are each at least a fifth of the whole span. */
export function longGaps(items: readonly TimelineItem[]): Gap[] {
  const sorted = items.slice().sort((a, b) => a.start - b.start);
  if (sorted.length < 2) return [];
  const span = sorted[sorted.length - 1]!.start - sorted[0]!.start;
  const gaps: Gap[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    const from = a.precision === 'year' ? Math.min(a.end, b.start) : a.start;
    const d = b.start - from;
    if (d >= 2 * YEAR && d >= 0.2 * span)
      gaps.push({ after: a.id, before: b.id, from, to: b.start, years: Math.round((d / YEAR) * 2) / 2 });
  }
  return gaps
    .sort((p, q) => q.to - q.from - (p.to - p.from))
    .slice(0, 2)
    .sort((p, q) => p.from - q.from);
}

/**
 * The span a chapter's takeaway measures, between two named events (`span="a b"` on the chart):
 * from the first event's start to the second's, whichever order they are given in. The bracket
 * drawn for it joins both marks, so it says between what.
 */
export function spanGap(items: readonly TimelineItem[], ids: readonly [string, string]): Gap | undefined {
  const ends = ids.map((id) => items.find((e) => e.id === id));
  if (!ends[0] || !ends[1]) return undefined;
  const [a, b] = ends[0].start <= ends[1].start ? [ends[0], ends[1]] : [ends[1], ends[0]];
  const d = b.start - a.start;
  return { after: a.id, before: b.id, from: a.start, to: b.start, years: Math.round((d / YEAR) * 2) / 2 };
}

/**
 * The brackets a chapter's timeline draws: the takeaway's span if it names one, else its long
 * waits, but only on a one-lane chart: across lanes, two neighbours in time are unrelated events
 * (the fast track's "3 years" ran from HeartSheet's approval to a Parkinson's trial).
 */
export function chapterGaps(items: readonly TimelineItem[], span?: readonly [string, string]): Gap[] {
  const g = span ? spanGap(items, span) : undefined;
  if (g) return [g];
  return new Set(items.map((e) => e.area)).size === 1 ? longGaps(items) : [];
}
