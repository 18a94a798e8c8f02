/** <CellScale trials="spinal-keio parkinsons-kyoto" title="..." takeaway="..." />; default: every trial with a dose. */
import { defineChart, idList, need } from '../define.ts';
import { localize } from '../../schemas/translation.ts';
import { cellScaleNotes, cellScaleSummary, cellScaleTable, layoutCellScale, type CellScaleLayout } from './layout.ts';
import { strings } from './strings.ts';

export const cellScale = defineChart<{ layout: CellScaleLayout }, 'CellScale'>({
  name: 'CellScale',
  about: 'doses beside familiar numbers, on a scale where each step is ten times the last',
  props: {
    trials: {
      help: 'space-separated trial ids whose doses to show; default every trial with a dose',
      refersTo: 'trial',
    },
  },
  idProps: ['trials'],
  async load(input, lang, data) {
    const ids = input.trials === undefined ? undefined : idList(input.trials);
    const records = ids
      ? await Promise.all(ids.map(async (id) => localize(await need(data, 'CellScale', 'trials', id), lang)))
      : (await data.all('trials')).map((t) => localize(t, lang)).filter((t) => t.dose);
    const references = (await data.all('cellScales')).map((r) => localize(r, lang));
    const layout = layoutCellScale(records, references, lang);
    return {
      summary: cellScaleSummary(layout, lang),
      refs: [...records.flatMap((t) => t.dose?.refs ?? []), ...references.flatMap((r) => r.refs)],
      table: cellScaleTable(layout, lang),
      notes: cellScaleNotes(records, references, lang),
      area: records[0]?.area,
      view: { layout },
    };
  },
  examples: [{ props: { trials: 'spinal-keio parkinsons-kyoto' } }],
  gallery: { en: strings.en.gallery, ja: strings.ja.gallery },
});
