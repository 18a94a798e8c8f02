/** <TrialOutcomes trial="cornea-osaka" compare="..." title="..." takeaway="..." /> */
import { defineChart, need } from '../define.ts';
import { localize } from '../../schemas/translation.ts';
import { outcomeTrial, outcomesNotes, outcomesSummary, outcomesTable, type OutcomeTrial } from './layout.ts';
import { strings } from './strings.ts';

export const trialOutcomes = defineChart<{ trials: OutcomeTrial[] }, 'TrialOutcomes'>({
  name: 'TrialOutcomes',
  about: 'one mark per person in a study, grouped by what happened to them',
  props: {
    trial: { required: true, help: 'a trial id', refersTo: 'trial' },
    compare: { help: 'a second trial id to show side by side', refersTo: 'trial' },
  },
  idProps: ['trial', 'compare'],
  async load(input, lang, data) {
    const ids = [input.trial, input.compare].filter((x): x is string => Boolean(x));
    const trials = (await Promise.all(ids.map((id) => need(data, 'TrialOutcomes', 'trials', id)))).map((t) =>
      localize(t, lang),
    );
    return {
      summary: strings[lang].joinSummaries(trials.map((t) => outcomesSummary(t, lang))),
      refs: trials.flatMap((t) => t.refs),
      table: outcomesTable(trials, lang),
      notes: outcomesNotes(trials, lang),
      area: trials[0]!.area,
      view: { trials: trials.map(outcomeTrial) },
    };
  },
  examples: [
    { props: { trial: 'cornea-osaka' } },
    { props: { trial: 'parkinsons-kyoto', compare: 'parkinsons-es-bluerock' } },
  ],
  gallery: { en: strings.en.gallery, ja: strings.ja.gallery },
});
