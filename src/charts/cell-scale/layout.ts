/**
 * Doses against familiar cell numbers on a log scale: a dose of millions looks big until it sits
 * beside the trillions in a body. Pure: records in, rows with positions (as % of the track) out.
 */
import { scaleLog } from 'd3-scale';
import type { Trial } from '../../schemas/trial.ts';
import type { CellScale } from '../../schemas/cell-scale.ts';
import type { ChartTable } from '../shared/table.ts';
import type { Lang } from '../../schemas/translation.ts';
import { strings } from './strings.ts';

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
  note?: string | undefined;
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

/** Powers of ten that bracket every value, so no mark sits on the edge. */
export function logDomain(values: number[]): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi))];
}

/** 10^6 -> "1 million"; short forms keep tick labels narrow enough for a phone. */
export function tickLabel(v: number): string {
  return tickLabelIn(v, 'en');
}

/** 10^6 -> "1 million" in English, "100万" in Japanese; other powers of ten as 10ⁿ. */
export function tickLabelIn(v: number, lang: Lang): string {
  const exp = Math.round(Math.log10(v));
  const sup = String(exp).replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]!);
  return strings[lang].ticks[exp] ?? `10${sup}`;
}

/** `trials` and `references` should already be localized (see localize() in schemas/translation.ts). */
export function layoutCellScale(trials: Trial[], references: CellScale[], lang: Lang = 'en'): CellScaleLayout {
  const s = strings[lang];
  const doses = trials.filter((t) => t.dose);
  const values = [
    ...doses.flatMap((t) => [t.dose!.min, t.dose!.max ?? t.dose!.min]),
    ...references.map((r) => r.cells),
  ];
  if (values.length === 0) return { rows: [], ticks: [] };
  const x = scaleLog().domain(logDomain(values)).range([0, 100]);
  const rows: ScaleRow[] = [
    ...doses.map((t): ScaleRow => {
      const d = t.dose!;
      const max = d.max ?? d.min;
      const unit = s.per[d.per] ?? `per ${d.per}`;
      return {
        id: t.id,
        kind: 'dose',
        label: s.doseLabel(t.shortTitle),
        unit,
        min: d.min,
        max,
        x1: x(d.min),
        x2: x(max),
        valueText: s.doseValue(d.min, max, unit),
        note: d.note,
      };
    }),
    ...references.map((r): ScaleRow => ({
      id: r.id,
      kind: 'reference',
      label: r.label,
      unit: '',
      min: r.cells,
      max: r.cells,
      x1: x(r.cells),
      x2: x(r.cells),
      valueText: s.referenceValue(r.cells),
      note: r.note,
    })),
  ].sort((a, b) => a.min - b.min);
  const [lo, hi] = x.domain() as [number, number];
  const ticks: ScaleTick[] = [];
  // A gridline at the axis start, then one every three powers of ten (labels stay apart at 288 px).
  const first = Math.round(Math.log10(lo));
  for (let e = first; e <= Math.log10(hi) + 1e-9; e += 3) {
    ticks.push({ value: 10 ** e, x: x(10 ** e), label: tickLabelIn(10 ** e, lang) });
  }
  return { rows, ticks };
}

/** "The human body has about 15 million times as many cells as the Keio dose." */
export function compareRows(a: ScaleRow, b: ScaleRow, lang: Lang = 'en'): string {
  const [small, big] = a.max <= b.max ? [a, b] : [b, a];
  return strings[lang].compare(big, small, big.max / small.max);
}

/** The comparison drawn on the chart: an arrow along the bigger row from the smaller value to it. */
export interface ScaleAnnotation {
  /** Index of the row the arrow is drawn in (the bigger of the two). */
  row: number;
  /** From the smaller row's value to the bigger row's, in % of the track. */
  x1: number;
  x2: number;
  /** "about 15 million × the Keio dose". */
  label: string;
}

export function annotate(layout: CellScaleLayout, a: number, b: number, lang: Lang = 'en'): ScaleAnnotation | null {
  const ra = layout.rows[a];
  const rb = layout.rows[b];
  if (!ra || !rb || a === b) return null;
  const [small, big, row] = ra.max <= rb.max ? [ra, rb, b] : [rb, ra, a];
  return { row, x1: small.x2, x2: big.x1, label: strings[lang].times(big.max / small.max, small) };
}

export function cellScaleTable(layout: CellScaleLayout, lang: Lang = 'en'): ChartTable {
  const s = strings[lang];
  return {
    columns: [...s.columns],
    rows: layout.rows.map((r) => [r.label, s.kind[r.kind], r.min, r.max, r.unit || s.inTotal]),
  };
}

export function cellScaleSummary(layout: CellScaleLayout, lang: Lang = 'en'): string {
  const s = strings[lang];
  if (layout.rows.length === 0) return s.empty;
  return s.summary(layout.rows[0]!, layout.rows[layout.rows.length - 1]!);
}

/** The frame's notes: each dose's and each familiar number's own note. */
export function cellScaleNotes(trials: Trial[], references: CellScale[], lang: Lang = 'en'): string[] {
  const s = strings[lang];
  return [
    ...trials.filter((t) => t.dose?.note).map((t) => s.note(t.shortTitle, t.dose!.note!)),
    ...references.filter((r) => r.note).map((r) => s.note(r.label, r.note!)),
  ];
}
