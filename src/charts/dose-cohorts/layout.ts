/**
 * Cells given to each dose group of one trial: a bar per cohort, with the people in it as marks,
 * because "three people got the low dose" matters as much as the dose. Pure.
 */
import { scaleLinear } from 'd3-scale';
import type { Trial } from '../../schemas/trial.ts';
import type { ChartTable } from '../shared/table.ts';
import type { Lang } from '../../schemas/translation.ts';
import { strings } from './strings.ts';

export interface CohortBar {
  label: string;
  participants: number;
  min: number;
  max: number;
  /** Bar ends as % of the track. */
  x1: number;
  x2: number;
  valueText: string;
  note?: string | undefined;
}

export interface DoseLayout {
  trialId: string;
  per: string;
  bars: CohortBar[];
  ticks: { value: number; x: number; label: string }[];
}

/** `trial` should already be localized (see localize() in schemas/translation.ts). */
export function layoutDoseCohorts(trial: Trial, lang: Lang = 'en'): DoseLayout {
  const s = strings[lang];
  const dose = trial.dose;
  if (!dose?.cohorts?.length) {
    throw new Error(
      `<DoseCohorts trial="${trial.id}">: this trial has no dose cohorts in content/data/trials.yaml; use <CellScale> instead.`,
    );
  }
  const top = Math.max(...dose.cohorts.map((c) => c.max ?? c.min));
  const x = scaleLinear().domain([0, top]).nice(3).range([0, 100]);
  const per = s.per(dose.per);
  const bars = dose.cohorts.map((c) => {
    const max = c.max ?? c.min;
    return {
      label: c.label,
      participants: c.participants,
      min: c.min,
      max,
      x1: x(c.min),
      x2: x(max),
      valueText: s.value(c.min, max, per),
      note: c.note,
    };
  });
  // Three ticks at most: at 288 px, labels such as "8 million" and "10 million" would touch.
  const ticks = x.ticks(3).map((v) => ({ value: v, x: x(v), label: s.tick(v) }));
  return { trialId: trial.id, per, bars, ticks };
}

export function doseTable(trial: Trial, layout: DoseLayout, lang: Lang = 'en'): ChartTable {
  const s = strings[lang];
  return {
    columns: [...s.columns],
    rows: layout.bars.map((b) => [s.group(trial.shortTitle, b.label), b.participants, b.min, b.max, layout.per]),
  };
}

export function doseSummary(trial: Trial, layout: DoseLayout, lang: Lang = 'en'): string {
  return strings[lang].summary(trial.shortTitle, layout.bars);
}

/** The frame's notes: the dose's own note, then what the marks mean. */
export function doseNotes(trial: Trial, lang: Lang = 'en'): string[] {
  return [trial.dose?.note, strings[lang].marksNote].filter((n): n is string => Boolean(n));
}
