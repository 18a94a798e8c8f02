/**
 * <TrialOutcomes trial="cornea-osaka" compare="..." />: one or two studies as panels, grouped by
 * outcome. <TrialOutcomes trials="a b c" highlight="b" /> or <TrialOutcomes set="japan" ... />:
 * many studies as rows on one mark language, with one legend (title and takeaway on every form).
 */
import { defineChart, idList, need } from '../define.ts';
import { localize } from '../../schemas/translation.ts';
import { STUDY_FIELD_LABELS, studyField, type Trial } from '../../schemas/trial.ts';
import {
  outcomeTrial,
  outcomesNotes,
  outcomesSummary,
  outcomesTable,
  trialsInSet,
  layoutOutcomeRows,
  type OutcomeTrial,
} from './layout.ts';
import { strings } from './strings.ts';

export const SETS = ['japan'] as const;

export const trialOutcomes = defineChart<
  { trials: OutcomeTrial[]; rows?: boolean; highlight?: string | undefined },
  'TrialOutcomes'
>({
  name: 'TrialOutcomes',
  about: 'one mark per person in a study, grouped by what happened to them; many studies as rows',
  props: {
    trial: { help: 'a trial id (one study as a panel)', refersTo: 'trial' },
    compare: { help: 'a second trial id to show side by side with `trial`', refersTo: 'trial' },
    trials: { help: 'space-separated trial ids, drawn as one row each', refersTo: 'trial' },
    set: {
      help: '"japan": every study in Japan with per-person results, one row each',
      oneOf: SETS,
    },
    highlight: { help: 'the id of the row this chapter is about (with `trials` or `set`)', refersTo: 'trial' },
  },
  idProps: ['trial', 'compare', 'trials', 'set', 'highlight'],
  async load(input, lang, data) {
    const forms = [input.trial, input.trials, input.set].filter(Boolean).length;
    if (forms !== 1) {
      throw new Error(
        '<TrialOutcomes>: give exactly one of `trial` (with an optional `compare`), `trials` (a list drawn as rows) or `set="japan"`.',
      );
    }
    if (input.compare && !input.trial) throw new Error('<TrialOutcomes>: `compare` needs `trial`.');
    if (input.highlight && input.trial) throw new Error('<TrialOutcomes>: `highlight` works with `trials` or `set`.');
    const rows = !input.trial;
    let english: Trial[];
    if (input.set) {
      if (!(SETS as readonly string[]).includes(input.set)) {
        throw new Error(`<TrialOutcomes>: set="${input.set}" is not one of: ${SETS.join(', ')}.`);
      }
      english = trialsInSet(await data.all('trials'), input.set as (typeof SETS)[number]);
    } else {
      const ids = input.trial
        ? [input.trial, input.compare].filter((x): x is string => Boolean(x))
        : idList(input.trials);
      english = await Promise.all(ids.map((id) => need(data, 'TrialOutcomes', 'trials', id)));
    }
    const trials = english.map((t) => localize(t, lang));
    const view = {
      trials: trials.map((t) => outcomeTrial(t, rows ? STUDY_FIELD_LABELS[lang][studyField(t)] : undefined)),
      rows,
      highlight: input.highlight,
    };
    const summaries = trials.map((t) => outcomesSummary(t, lang));
    if (rows) {
      layoutOutcomeRows(view.trials, lang, input.highlight); // a bad `highlight` fails the build here
      const people = trials.reduce((sum, t) => sum + (t.enrolled ?? 0), 0);
      summaries.unshift(strings[lang].totalSentence(people, trials.length));
    }
    const lead = trials.find((t) => t.id === input.highlight) ?? trials[0]!;
    return {
      summary: strings[lang].joinSummaries(summaries),
      refs: trials.flatMap((t) => t.refs),
      table: outcomesTable(trials, lang),
      notes: outcomesNotes(trials, lang),
      area: rows && !input.highlight ? undefined : lead.area,
      view,
    };
  },
  examples: [
    { props: { set: 'japan', highlight: 'cornea-osaka' } },
    { props: { trial: 'parkinsons-kyoto', compare: 'parkinsons-es-bluerock' } },
  ],
  gallery: { en: strings.en.gallery, ja: strings.ja.gallery },
});
