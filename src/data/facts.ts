/**
 * The numbers prose prints from the data (<Fact>), so a sentence and a chart share one source.
 * Pure: a record and a field name in, text out; an unknown field is an error that lists the known ones.
 */
import type { Trial } from '../schemas/trial.ts';
import { localize, type Lang } from '../schemas/translation.ts';
import { formatCells, formatNumber, formatPartialDate } from '../lib/format.ts';
import { TRIAL_FACT_FIELDS } from '../mdx/vocabulary.ts';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Style-guide numbers: words for one to ten in running text, digits above. */
export function countWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 10 ? NUMBER_WORDS[n]! : new Intl.NumberFormat('en-GB').format(n);
}

/** A field a short record may leave out; a <Fact> that needs it says so instead of printing "undefined". */
function need<K extends 'enrolled' | 'followUp' | 'outcome'>(t: Trial, key: K): NonNullable<Trial[K]> {
  const value = t[key];
  if (value === undefined || value === null) {
    throw new Error(
      `<Fact trial="${t.id}">: this trial has no ${key} recorded (a short record). Use a field it has, or add ${key} with its source.`,
    );
  }
  return value as NonNullable<Trial[K]>;
}

export const TRIAL_FACTS = {
  enrolled: (t: Trial) => countWord(need(t, 'enrolled')),
  evaluated: (t: Trial) => countWord(t.evaluated ?? need(t, 'enrolled')),
  dose: (t: Trial) => {
    if (!t.dose) throw new Error(`trial "${t.id}" has no dose recorded`);
    const { min, max, per } = t.dose;
    const amount = max && max !== min ? `${formatCells(min)} to ${formatCells(max)}` : formatCells(min);
    return per === 'participant' ? `${amount} cells` : `${amount} cells per ${per}`;
  },
  followUp: (t: Trial) => {
    const { value, unit } = need(t, 'followUp');
    return `${countWord(value)} ${value === 1 ? unit.replace(/s$/, '') : unit}`;
  },
  start: (t: Trial) => formatPartialDate(t.start),
  end: (t: Trial) =>
    t.end ? formatPartialDate(t.end) : t.status === 'completed' ? 'an end date not yet published' : 'not yet finished',
  improved: (t: Trial) =>
    countWord(
      need(t, 'outcome')
        .groups.filter((g) => g.kind === 'improved')
        .reduce((s, g) => s + g.count, 0),
    ),
  institution: (t: Trial) => t.institution,
} satisfies Record<(typeof TRIAL_FACT_FIELDS)[number], (t: Trial) => string>;

export type TrialFact = keyof typeof TRIAL_FACTS;

const PER_JA: Record<string, string> = {
  eye: '片目',
  hemisphere: '脳の片側',
  putamen: '被殻1か所',
  patch: 'シート1枚',
};
const UNIT_JA: Record<string, string> = { weeks: '週', months: 'か月', years: '年' };

/** Japanese prints digits (a writer adds the counter: <Fact .../>人) and counts cells in 万/億. */
export const TRIAL_FACTS_JA = {
  enrolled: (t: Trial) => formatNumber(need(t, 'enrolled'), 'ja'),
  evaluated: (t: Trial) => formatNumber(t.evaluated ?? need(t, 'enrolled'), 'ja'),
  dose: (t: Trial) => {
    if (!t.dose) throw new Error(`trial "${t.id}" has no dose recorded`);
    const { min, max, per } = t.dose;
    const amount =
      max && max !== min ? `${formatCells(min, 'ja')}〜${formatCells(max, 'ja')}個` : `${formatCells(min, 'ja')}個`;
    return per === 'participant' ? amount : `${PER_JA[per] ?? per}あたり${amount}`;
  },
  followUp: (t: Trial) => `${formatNumber(need(t, 'followUp').value, 'ja')}${UNIT_JA[need(t, 'followUp').unit]}`,
  start: (t: Trial) => formatPartialDate(t.start, 'ja'),
  end: (t: Trial) =>
    t.end ? formatPartialDate(t.end, 'ja') : t.status === 'completed' ? '（終了日は未公表）' : '継続中',
  improved: (t: Trial) =>
    formatNumber(
      need(t, 'outcome')
        .groups.filter((g) => g.kind === 'improved')
        .reduce((s, g) => s + g.count, 0),
      'ja',
    ),
  institution: (t: Trial) => localize(t, 'ja').institution,
} satisfies Record<TrialFact, (t: Trial) => string>;

const FACTS_BY_LANG: Record<Lang, Record<string, (t: Trial) => string>> = { en: TRIAL_FACTS, ja: TRIAL_FACTS_JA };

export function trialFact(trial: Trial, field: string, lang: Lang = 'en'): string {
  const table = FACTS_BY_LANG[lang];
  const fn = table[field];
  if (!fn) {
    throw new Error(
      `<Fact trial="${trial.id}" field="${field}">: unknown field. Use one of: ${Object.keys(TRIAL_FACTS).join(', ')}.`,
    );
  }
  return fn(trial);
}
