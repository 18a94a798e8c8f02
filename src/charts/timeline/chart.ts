/** <Timeline areas="retina cornea" title="..." takeaway="..." />; without `areas`, every area. */
import { defineChart, idList } from '../define.ts';
import { AREAS, type Area } from '../../schemas/areas.ts';
import type { Reference } from '../../schemas/reference.ts';
import { LANGS, localize } from '../../schemas/translation.ts';
import { layoutTimeline } from './layout.ts';
import { timelineSummary, timelineTable } from './describe.ts';
import type { TimelineItem } from './types.ts';
import { parseAreas, timelineNotes, toTimelineItems } from './items.ts';
import { strings } from './strings.ts';

interface TimelineView {
  items: TimelineItem[];
  rows?: boolean;
  annotate?: string[];
  span?: [string, string];
  labelable?: string[][];
  order?: Area[];
}

/**
 * Per width class, the events the site-wide timeline labels: those that get a label in every
 * language. Each language is laid out, only the labels all share are kept, and the layout is
 * repeated with that set until both agree, so the English and Japanese charts annotate the same
 * events (the Japanese titles are shorter, and more of them used to fit).
 */
export function sharedLabels(perLang: TimelineItem[][], annotate: string[]): string[][] {
  let allowed: string[][] | undefined;
  for (let round = 0; round < 4; round++) {
    const sets = perLang.map((items, i) => {
      const layout = layoutTimeline(items, {
        lang: LANGS[i]!,
        annotate,
        mode: 'lanes',
        ...(allowed ? { labelable: allowed } : {}),
      });
      return layout.labelWidths.map((_, k) =>
        layout.marks
          .filter((m) => m.labels[k])
          .map((m) => m.id)
          .sort(),
      );
    });
    const shared = sets[0]!.map((ids, k) => ids.filter((id) => sets.every((set) => set[k]!.includes(id))));
    allowed = shared;
    if (sets.every((set) => JSON.stringify(set) === JSON.stringify(shared))) break;
  }
  return allowed ?? [];
}

export const timeline = defineChart<TimelineView, 'Timeline'>({
  name: 'Timeline',
  about: 'dated milestones in lanes by area, shape by kind of event',
  props: {
    areas: { help: 'space-separated areas to show, e.g. "retina cornea"; default all', oneOf: AREAS },
    annotate: {
      help: 'up to five space-separated event ids to highlight and label first (the story in five marks); on phones a strip draws every event as a dot by year, these numbered on it and listed under it (every event is in the data table)',
      refersTo: 'event',
    },
    span: {
      help: 'two space-separated event ids: the span the takeaway measures, drawn as a bracket joining both marks ("about 6 years"), in place of the automatic long waits',
      refersTo: 'event',
    },
  },
  idProps: ['areas'],
  async load(input, lang, data) {
    const only = parseAreas(input.areas);
    const raw = await data.all('events');
    const events = raw.map((e) => localize(e, lang)).filter((e) => !only || only.includes(e.area));
    const annotate = idList(input.annotate);
    if (annotate.length > 5)
      throw new Error(`<Timeline>: \`annotate\` names ${annotate.length} events; highlight at most five.`);
    for (const id of annotate)
      if (!events.some((e) => e.id === id))
        throw new Error(
          `<Timeline>: \`annotate\` names "${id}", which is not an event shown (content/data/events.yaml, areas "${input.areas ?? 'all'}").`,
        );
    const span = idList(input.span);
    if (span.length > 0 && span.length !== 2)
      throw new Error(
        `<Timeline>: \`span\` names ${span.length} events; give exactly two, the first and last of the span the takeaway measures.`,
      );
    for (const id of span)
      if (!events.some((e) => e.id === id))
        throw new Error(
          `<Timeline>: \`span\` names "${id}", which is not an event shown (content/data/events.yaml, areas "${input.areas ?? 'all'}").`,
        );
    if (events.length === 0)
      throw new Error(`<Timeline>: no events in content/data/events.yaml for areas "${input.areas}".`);
    const refIds = [...new Set(events.flatMap((e) => e.refs))];
    const refs = new Map<string, Reference>();
    for (const id of refIds) {
      const ref = await data.get('references', id);
      if (ref) refs.set(id, ref);
    }
    const items = toTimelineItems(events, refs, undefined, lang);
    // The site-wide timeline labels the same events in every language.
    const labelable = only
      ? undefined
      : sharedLabels(
          LANGS.map((l) =>
            l === lang
              ? items
              : toTimelineItems(
                  raw.filter((e) => events.some((v) => v.id === e.id)).map((e) => localize(e, l)),
                  refs,
                  undefined,
                  l,
                ),
          ),
          annotate,
        );
    const shownAreas = [...new Set(items.map((e) => e.area))];
    return {
      summary: timelineSummary(items, lang),
      refs: refIds,
      table: timelineTable(items, lang),
      notes: timelineNotes(events, items, lang),
      area: shownAreas.length === 1 ? shownAreas[0] : undefined,
      // A chapter's timeline (areas given) labels every event in full, one row each.
      view: {
        items,
        ...(only ? { rows: true } : {}),
        // Lanes in the order the chapter names them: its subject first (the fast track's Regulation).
        ...(only && only.length > 1 ? { order: only } : {}),
        ...(annotate.length ? { annotate } : {}),
        ...(span.length === 2 ? { span: [span[0]!, span[1]!] as [string, string] } : {}),
        ...(labelable ? { labelable } : {}),
      },
    };
  },
  examples: [{ props: {} }],
  gallery: { en: strings.en.gallery, ja: strings.ja.gallery },
});
