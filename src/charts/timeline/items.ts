/**
 * Turns event records and their references into the plain items the timeline draws. Runs at
 * build time only (the MDX wrapper and tests), so the date parsing and citation code never ship
 * to the browser: the chart gets numbers and strings.
 */
import { endOf, precisionOf, startOf } from '../../schemas/dates.ts';
import { isArea, type Area } from '../../schemas/areas.ts';
import type { TimelineEvent } from '../../schemas/event.ts';
import type { Reference } from '../../schemas/reference.ts';
import type { Lang } from '../../schemas/translation.ts';
import { formatPartialDate } from '../../lib/format.ts';
import { loadDefaultJapaneseParser } from 'budoux';
import { hasFullWidth } from '../shared/text.ts';
import { referenceLink, shortCite } from '../../lib/reference-format.ts';
import type { Source, TimelineItem } from './types.ts';
import { strings } from './strings.ts';

let parser: ReturnType<typeof loadDefaultJapaneseParser> | undefined;

/**
 * Where a Japanese title may break: the ends of its phrases by BudouX (Google's phrase segmenter,
 * a small model run here at build time, so nothing ships to the browser), except the last.
 */
export function phraseBreaks(title: string): number[] {
  parser ??= loadDefaultJapaneseParser();
  const ends: number[] = [];
  let at = 0;
  for (const chunk of parser.parse(title)) ends.push((at += chunk.length));
  return ends.slice(0, -1);
}

/** Parses the `areas` prop ("retina cornea"); undefined or empty means every area. */
export function parseAreas(areas: string | undefined): Area[] | undefined {
  const list = (areas ?? '').split(/[\s,]+/).filter(Boolean);
  if (list.length === 0) return undefined;
  const bad = list.filter((a) => !isArea(a));
  if (bad.length)
    throw new Error(
      `<Timeline>: unknown area ${bad.map((b) => `"${b}"`).join(', ')} in \`areas\`; see src/schemas/areas.ts.`,
    );
  return list as Area[];
}

/**
 * Items in time order, each with its sources resolved to text and link. `refs` maps reference
 * ids to records; an id missing from it is an error, so a broken citation fails the build.
 * `events` should already be localized (see localize() in schemas/translation.ts); `lang` sets
 * how dates are written.
 */
export function toTimelineItems(
  events: readonly TimelineEvent[],
  refs: ReadonlyMap<string, Reference>,
  areas?: readonly Area[],
  lang: Lang = 'en',
): TimelineItem[] {
  return events
    .filter((e) => !areas || areas.includes(e.area))
    .map((e) => {
      const sources: Source[] = e.refs.map((id) => {
        const ref = refs.get(id);
        if (!ref)
          throw new Error(`<Timeline>: event "${e.id}" cites "${id}", which is not in content/data/references.yaml.`);
        const href = referenceLink(ref);
        return href ? { text: shortCite(ref), href } : { text: shortCite(ref) };
      });
      return {
        id: e.id,
        date: e.date,
        dateLabel: formatPartialDate(e.date, lang),
        start: startOf(e.date).getTime(),
        end: endOf(e.date).getTime(),
        precision: precisionOf(e.date),
        area: e.area,
        kind: e.kind,
        title: e.title,
        ...(lang === 'ja' && hasFullWidth(e.title) ? { breaks: phraseBreaks(e.title) } : {}),
        description: e.description,
        sources,
      };
    })
    .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
}

/** Caveats for the frame's notes: how dates are drawn, and each event's own note. */
export function timelineNotes(
  events: readonly TimelineEvent[],
  items: readonly TimelineItem[],
  lang: Lang = 'en',
): string[] {
  const s = strings[lang];
  const order = new Map(items.map((item, i) => [item.id, i]));
  const label = new Map(items.map((i) => [i.id, i.dateLabel]));
  const notes = [s.datesNote];
  const noted = events.filter((e) => e.note && order.has(e.id)).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  for (const e of noted) notes.push(s.note(label.get(e.id)!, e.title, e.note!.trim()));
  return notes;
}
