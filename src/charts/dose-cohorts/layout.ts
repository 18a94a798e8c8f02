/**
 * Cells given to each dose group of one trial: a bar per cohort, with the people in it as marks,
 * because "three people got the low dose" matters as much as the dose. Pure.
 */
import { scaleLinear } from 'd3-scale';
import type { Trial } from '../../schemas/trial.ts';
import type { ChartTable } from '../shared/table.ts';
import { formatCells } from '../../lib/format.ts';

export interface CohortBar {
  label: string;
  participants: number;
  min: number;
  max: number;
  /** Bar ends as % of the track. */
  x1: number;
  x2: number;
  valueText: string;
  note?: string;
}

export interface DoseLayout {
  trialId: string;
  per: string;
  bars: CohortBar[];
  ticks: { value: number; x: number; label: string }[];
}

export function layoutDoseCohorts(trial: Trial): DoseLayout {
  const dose = trial.dose;
  if (!dose?.cohorts?.length) {
    throw new Error(`<DoseCohorts trial="${trial.id}">: this trial has no dose cohorts in content/data/trials.yaml; use <CellScale> instead.`);
  }
  const top = Math.max(...dose.cohorts.map((c) => c.max ?? c.min));
  const x = scaleLinear().domain([0, top]).nice(4).range([0, 100]);
  const per = dose.per === 'participant' ? 'per person' : `per ${dose.per}`;
  const bars = dose.cohorts.map((c) => {
    const max = c.max ?? c.min;
    return {
      label: c.label,
      participants: c.participants,
      min: c.min,
      max,
      x1: x(c.min),
      x2: x(max),
      valueText: `${max !== c.min ? `${formatCells(c.min)} to ${formatCells(max)}` : formatCells(c.min)} cells ${per}`,
      note: c.note,
    };
  });
  const ticks = x.ticks(4).map((v) => ({ value: v, x: x(v), label: v === 0 ? '0' : formatCells(v) }));
  return { trialId: trial.id, per, bars, ticks };
}

export function doseTable(trial: Trial, layout: DoseLayout): ChartTable {
  return {
    columns: ['Group', 'People', 'Cells (lowest)', 'Cells (highest)', 'Counted'],
    rows: layout.bars.map((b) => [`${trial.shortTitle}: ${b.label}`, b.participants, b.min, b.max, layout.per]),
  };
}

export function doseSummary(trial: Trial, layout: DoseLayout): string {
  const parts = layout.bars.map((b) => `${b.participants} ${b.participants === 1 ? 'person' : 'people'} received ${b.valueText} (${b.label.toLowerCase()})`);
  return `${trial.shortTitle}: ${parts.join('; ')}.`;
}
