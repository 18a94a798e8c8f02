/** The timeline in words: the data table, the text summary and each event's sources as text. */
import { AREAS } from '../../schemas/areas.ts';
import type { Lang } from '../../schemas/translation.ts';
import type { ChartTable } from '../shared/table.ts';
import { strings } from './strings.ts';
import type { TimelineItem } from './types.ts';
import { areasOf } from './areas.ts';

export function sourceText(e: TimelineItem, lang: Lang = 'en'): string {
  return e.sources.map((s) => (s.href ? `${s.text} (${s.href})` : s.text)).join(strings[lang].sourceSep);
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
