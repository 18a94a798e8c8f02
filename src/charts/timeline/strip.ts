/**
 * The phone form of a many-event timeline, as a picture: one dot per event stacked in its year's
 * column on the whole span, so the crowding of recent years shows as taller stacks, with the
 * recent span shaded and counted. The highlighted events are numbered on the strip and listed
 * under it by the same numbers. Pure: items in, columns and dots (fractions of the width) out.
 */
import { AREAS, type Area } from '../../schemas/areas.ts';
import type { Lang } from '../../schemas/translation.ts';
import { strings } from './strings.ts';
import type { TimelineItem } from './types.ts';
import { FOCUS_YEAR } from './scale.ts';

export interface StripDot {
  id: string;
  area: Area;
  /** Centre of the event's year column, as a fraction of the width. */
  f: number;
  /** Place in its column's stack, 0 at the bottom. */
  level: number;
  /** 1-based number of a highlighted event (the list under the strip uses the same numbers). */
  n?: number;
}

export interface Strip {
  fromYear: number;
  toYear: number;
  /** Width of one year's column, as a fraction. */
  column: number;
  dots: StripDot[];
  /** Tallest stack. */
  levels: number;
  /** The shaded recent span (from FOCUS_YEAR), as a fraction, with its count. */
  band?: { f: number; count: number; total: number; label: string };
  /** Years labelled under the strip, with their column centres. */
  ticks: { f: number; year: number }[];
  /** The whole strip in words, for screen readers. */
  label: string;
}

const yearOf = (t: number) => new Date(t).getUTCFullYear();

/** Lays the strip out; `annotate` gives the highlighted events, numbered in time order. */
export function layoutStrip(
  items: readonly TimelineItem[],
  annotate: readonly string[] = [],
  lang: Lang = 'en',
): Strip {
  const s = strings[lang];
  const sorted = items
    .slice()
    .sort((a, b) => a.start - b.start || AREAS.indexOf(a.area) - AREAS.indexOf(b.area) || a.id.localeCompare(b.id));
  const fromYear = sorted.length ? yearOf(sorted[0]!.start) : FOCUS_YEAR;
  const toYear = sorted.length ? yearOf(sorted[sorted.length - 1]!.start) : FOCUS_YEAR;
  const years = toYear - fromYear + 1;
  const column = 1 / years;
  const centre = (year: number) => (year - fromYear + 0.5) * column;
  const stacks = new Map<number, number>();
  const keyed = sorted.filter((e) => annotate.includes(e.id)).map((e) => e.id);
  const dots: StripDot[] = sorted.map((e) => {
    const year = yearOf(e.start);
    const level = stacks.get(year) ?? 0;
    stacks.set(year, level + 1);
    const n = keyed.indexOf(e.id);
    return { id: e.id, area: e.area, f: centre(year), level, ...(n >= 0 ? { n: n + 1 } : {}) };
  });
  const recent = sorted.filter((e) => yearOf(e.start) >= FOCUS_YEAR).length;
  // Shaded only when the strip has years enough before the focus year to compare with (a fast
  // track starting in 2013 would shade all but one column and count nearly every event).
  const band =
    FOCUS_YEAR - fromYear >= 4 && recent > 0 && recent < sorted.length
      ? {
          f: (FOCUS_YEAR - fromYear) * column,
          count: recent,
          total: sorted.length,
          label: s.crowd(recent, sorted.length, FOCUS_YEAR),
        }
      : undefined;
  // Label the first and last years, the band's start, and round years between when they are
  // at least four columns from every other label (a year label is about 4 columns wide on a phone).
  const wanted = [fromYear, toYear, ...(band ? [FOCUS_YEAR] : [])];
  for (let y = Math.ceil(fromYear / 5) * 5; y < toYear; y += 5) wanted.push(y);
  const tickYears: number[] = [];
  for (const y of [...new Set(wanted)]) if (tickYears.every((t) => Math.abs(t - y) >= 4)) tickYears.push(y);
  return {
    fromYear,
    toYear,
    column,
    dots,
    levels: Math.max(1, ...stacks.values()),
    ...(band ? { band } : {}),
    ticks: tickYears.sort((a, b) => a - b).map((year) => ({ f: centre(year), year })),
    label: s.stripLabel(sorted.length, fromYear, toYear, band?.label),
  };
}
