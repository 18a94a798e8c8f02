/** <DoseCohorts trial="parkinsons-kyoto" title="..." takeaway="..." /> */
import { defineChart, need } from '../define.ts';
import { localize } from '../../schemas/translation.ts';
import { doseNotes, doseSummary, doseTable, layoutDoseCohorts, type DoseLayout } from './layout.ts';
import { strings } from './strings.ts';

export const doseCohorts = defineChart<{ layout: DoseLayout }, 'DoseCohorts'>({
  name: 'DoseCohorts',
  about: 'where a trial gave different groups different doses: a bar per group, a mark per person',
  props: {
    trial: { required: true, help: 'a trial id whose dose has cohorts', refersTo: 'trial' },
  },
  idProps: ['trial'],
  async load(input, lang, data) {
    const t = localize(await need(data, 'DoseCohorts', 'trials', input.trial ?? ''), lang);
    const layout = layoutDoseCohorts(t, lang);
    return {
      summary: doseSummary(t, layout, lang),
      refs: t.dose!.refs,
      table: doseTable(t, layout, lang),
      notes: doseNotes(t, lang),
      area: t.area,
      view: { layout },
    };
  },
  examples: [{ props: { trial: 'parkinsons-kyoto' } }],
  gallery: { en: strings.en.gallery, ja: strings.ja.gallery },
});
