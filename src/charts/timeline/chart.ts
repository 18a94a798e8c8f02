/** <Timeline areas="retina cornea" title="..." takeaway="..." />; without `areas`, every area. */
import { defineChart, idList } from '../define.ts';
import { AREAS } from '../../schemas/areas.ts';
import type { Reference } from '../../schemas/reference.ts';
import { localize } from '../../schemas/translation.ts';
import { timelineSummary, timelineTable } from './describe.ts';
import type { TimelineItem } from './types.ts';
import { parseAreas, timelineNotes, toTimelineItems } from './items.ts';
import { strings } from './strings.ts';

export const timeline = defineChart<{ items: TimelineItem[]; rows?: boolean; annotate?: string[] }, 'Timeline'>({
  name: 'Timeline',
  about: 'dated milestones in lanes by area, shape by kind of event',
  props: {
    areas: { help: 'space-separated areas to show, e.g. "retina cornea"; default all', oneOf: AREAS },
    annotate: {
      help: 'up to five space-separated event ids to highlight and label first (the story in five marks); on phones a strip draws every event as a dot by year, these numbered on it and listed under it (every event is in the data table)',
      refersTo: 'event',
    },
  },
  idProps: ['areas'],
  async load(input, lang, data) {
    const only = parseAreas(input.areas);
    const events = (await data.all('events'))
      .map((e) => localize(e, lang))
      .filter((e) => !only || only.includes(e.area));
    const annotate = idList(input.annotate);
    if (annotate.length > 5)
      throw new Error(`<Timeline>: \`annotate\` names ${annotate.length} events; highlight at most five.`);
    for (const id of annotate)
      if (!events.some((e) => e.id === id))
        throw new Error(
          `<Timeline>: \`annotate\` names "${id}", which is not an event shown (content/data/events.yaml, areas "${input.areas ?? 'all'}").`,
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
    const shownAreas = [...new Set(items.map((e) => e.area))];
    return {
      summary: timelineSummary(items, lang),
      refs: refIds,
      table: timelineTable(items, lang),
      notes: timelineNotes(events, items, lang),
      area: shownAreas.length === 1 ? shownAreas[0] : undefined,
      // A chapter's timeline (areas given) labels every event in full, one row each.
      view: { items, ...(only ? { rows: true } : {}), ...(annotate.length ? { annotate } : {}) },
    };
  },
  examples: [{ props: {} }],
  gallery: { en: strings.en.gallery, ja: strings.ja.gallery },
});
