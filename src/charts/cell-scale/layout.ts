/**
 * Doses against familiar cell numbers on a log scale: a dose of millions looks big until it sits
 * beside the trillions in a body. Pure: records in, rows with positions (as % of the track) out.
 */
import { scaleLog } from 'd3-scale';
import type { Trial } from '../../schemas/trial.ts';
import type { CellScale } from '../../schemas/cell-scale.ts';
import type { ChartTable } from '../shared/table.ts';
import { formatCells } from '../../lib/format.ts';

export interface ScaleRow {
  id: string;
  kind: 'dose' | 'reference';
  label: string;
  /** "per person", "per putamen"... for doses. */
  unit: string;
  min: number;
  max: number;
  /** Positions on the track, 0-100 (%). */
  x1: number;
  x2: number;
  valueText: string;
  note?: string;
}

export interface ScaleTick {
  value: number;
  x: number;
  label: string;
}

export interface CellScaleLayout {
  rows: ScaleRow[];
  ticks: ScaleTick[];
}

const PER: Record<string, string> = {
  participant: 'per person',
  eye: 'per eye',
  hemisphere: 'per side of the brain',
  putamen: 'per putamen',
  patch: 'per patch',
};

/** Powers of ten that bracket every value, so no mark sits on the edge. */
export function logDomain(values: number[]): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi))];
}

/** 10^6 -> "1 million"; short forms keep tick labels narrow enough for a phone. */
export function tickLabel(v: number): string {
  const exp = Math.round(Math.log10(v));
  const names: Record<number, string> = { 3: '1,000', 6: '1 million', 9: '1 billion', 12: '1 trillion' };
  const sup = String(exp).replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]!);
  return names[exp] ?? `10${sup}`;
}

export function layoutCellScale(trials: Trial[], references: CellScale[]): CellScaleLayout {
  const doses = trials.filter((t) => t.dose);
  const values = [...doses.flatMap((t) => [t.dose!.min, t.dose!.max ?? t.dose!.min]), ...references.map((r) => r.cells)];
  if (values.length === 0) return { rows: [], ticks: [] };
  const x = scaleLog().domain(logDomain(values)).range([0, 100]);
  const rows: ScaleRow[] = [
    ...doses.map((t): ScaleRow => {
      const d = t.dose!;
      const max = d.max ?? d.min;
      const unit = PER[d.per] ?? `per ${d.per}`;
      return {
        id: t.id,
        kind: 'dose',
        label: `${t.shortTitle} dose`,
        unit,
        min: d.min,
        max,
        x1: x(d.min),
        x2: x(max),
        valueText: `${max !== d.min ? `${formatCells(d.min)} to ${formatCells(max)}` : formatCells(d.min)} cells ${unit}`,
        note: d.note,
      };
    }),
    ...references.map(
      (r): ScaleRow => ({
        id: r.id,
        kind: 'reference',
        label: r.label,
        unit: '',
        min: r.cells,
        max: r.cells,
        x1: x(r.cells),
        x2: x(r.cells),
        valueText: `about ${formatCells(r.cells)} cells`,
        note: r.note,
      }),
    ),
  ].sort((a, b) => a.min - b.min);
  const [lo, hi] = x.domain() as [number, number];
  const ticks: ScaleTick[] = [];
  // One tick every three powers of ten keeps labels apart at 288 px.
  for (let e = Math.log10(lo); e <= Math.log10(hi) + 1e-9; e++) {
    if (e % 3 === 0) ticks.push({ value: 10 ** e, x: x(10 ** e), label: tickLabel(10 ** e) });
  }
  return { rows, ticks };
}

/** "The human body has about 15 million times as many cells as the Keio dose." */
export function compareRows(a: ScaleRow, b: ScaleRow): string {
  const [small, big] = a.max <= b.max ? [a, b] : [b, a];
  const ratio = big.max / small.max;
  const times = ratio < 1.5 ? 'about as many' : `about ${formatCells(Math.round(ratio))} times as many`;
  return `${big.label}: ${times} cells as ${small.label.charAt(0).toLowerCase()}${small.label.slice(1)} (${big.valueText} against ${small.valueText}).`;
}

export function cellScaleTable(layout: CellScaleLayout): ChartTable {
  return {
    columns: ['Item', 'Kind', 'Cells (lowest)', 'Cells (highest)', 'Counted'],
    rows: layout.rows.map((r) => [r.label, r.kind === 'dose' ? 'Trial dose' : 'Familiar number', r.min, r.max, r.unit || 'in total']),
  };
}

export function cellScaleSummary(layout: CellScaleLayout): string {
  if (layout.rows.length === 0) return 'No doses to show.';
  const first = layout.rows[0]!;
  const last = layout.rows[layout.rows.length - 1]!;
  return `On a scale where each step is ten times the last, the numbers run from ${first.label.toLowerCase()} (${first.valueText}) to ${last.label.toLowerCase()} (${last.valueText}).`;
}
