/**
 * "Where the trials are": published counts of pluripotent-stem-cell trials as small multiples, one
 * panel per record. Each panel has its own linear scale from zero, because the counts come from
 * different databases and dates and must not be compared as one series. A 'total' record with a
 * single value is a big number, not a bar. Pure: records in, panels and bars out.
 */
import { scaleLinear } from 'd3-scale';
import type { TrialCount } from '../../schemas/trial-count.ts';
import type { ChartTable } from '../shared/table.ts';

export type CountUnit = TrialCount['unit'];

/** Reference id → short citation (e.g. "Guhr et al. 2020"), resolved by the MDX wrapper. */
export type Cites = Record<string, string>;

export interface CountMark {
  /** Position in reading order across all panels (the keyboard moves through these). */
  index: number;
  panel: number;
  /** The group as drawn, e.g. "China" ("(more than)" moves from the label into the value). */
  label: string;
  value: number;
  /** Formatted value, e.g. "36.7%", "1,200" or "more than 60". */
  valueText: string;
  estimate: boolean;
  /** Bar length as a percentage of the bar track (0-100). */
  width: number;
  /** What the tooltip and a screen reader say: label, value, unit, estimate, as-of and source. */
  description: string;
}

export interface CountPanel {
  id: string;
  title: string;
  /** e.g. "Number of studies · as of end of 2019 · Guhr et al. 2020". */
  subtitle: string;
  unit: CountUnit;
  /** 'number' for a single-value total (one big figure); 'bars' otherwise. */
  kind: 'bars' | 'number';
  /** Percent panels draw a faint track standing for 100%. */
  showTrack: boolean;
  marks: CountMark[];
  hasEstimate: boolean;
}

export interface CountsLayout {
  panels: CountPanel[];
  /** Every mark in reading order (panel by panel). */
  marks: CountMark[];
}

const SINGULAR: Record<Exclude<CountUnit, 'percent'>, string> = {
  trials: 'trial',
  studies: 'study',
  patients: 'patient',
  products: 'product',
};

const UNIT_HEADING: Record<CountUnit, string> = {
  trials: 'Number of trials',
  studies: 'Number of studies',
  patients: 'Number of people',
  products: 'Number of products',
  percent: 'Share (per cent)',
};

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** 36.7 → "36.7%" for percent; 1200 → "1,200" for counts. */
export function formatValue(value: number, unit: CountUnit): string {
  return unit === 'percent' ? `${numberFormat.format(value)}%` : numberFormat.format(value);
}

/** The value with its unit in words: "32 studies", "1 trial", "36.7%". */
export function valueWithUnit(value: number, unit: CountUnit, lowerBound = false): string {
  const v = `${lowerBound ? 'more than ' : ''}${formatValue(value, unit)}`;
  if (unit === 'percent') return v;
  return `${v} ${value === 1 && !lowerBound ? SINGULAR[unit] : unit}`;
}

const MORE_THAN_LABEL = /\s*\(more than\)\s*/i;

/**
 * True when the record itself says the figure is a lower bound: the label carries "(more than)",
 * or the label or note says "more than <the value>" (e.g. the note "more than 1,200" for 1200).
 */
export function isLowerBound(record: Pick<TrialCount, 'note' | 'unit'>, count: Pick<TrialCount['counts'][number], 'label' | 'value'>): boolean {
  if (MORE_THAN_LABEL.test(count.label)) return true;
  const text = `${count.label} ${record.note ?? ''}`.toLowerCase();
  const forms = new Set([String(count.value), formatValue(count.value, record.unit), formatValue(count.value, record.unit).replace('%', '')]);
  return [...forms].some((f) => new RegExp(`more than ${f.replace(/[.,%]/g, '\\$&')}(?![\\d.,]*\\d)`).test(text));
}

/** The label as drawn: "(more than)" is said in the value instead. */
export function displayLabel(label: string): string {
  const cleaned = label.replace(MORE_THAN_LABEL, ' ').trim();
  return cleaned || label;
}

/** The record's sources as short citations, e.g. "Mallapaty 2025; Kim et al. 2022". */
export function sourceText(record: Pick<TrialCount, 'refs'>, cites: Cites): string {
  return record.refs.map((r) => cites[r] ?? r).join('; ');
}

export function isBigNumber(record: Pick<TrialCount, 'by' | 'counts'>): boolean {
  return record.by === 'total' && record.counts.length === 1;
}

/** Linear scale from zero per panel: percentages against 100%, counts against the panel's largest value. */
export function panelDomainMax(record: Pick<TrialCount, 'unit' | 'counts'>): number {
  const max = Math.max(0, ...record.counts.map((c) => c.value));
  if (record.unit === 'percent') return Math.max(100, max);
  return max > 0 ? max : 1;
}

export function layoutTrialCounts(records: TrialCount[], cites: Cites): CountsLayout {
  const marks: CountMark[] = [];
  const panels = records.map((record, pi): CountPanel => {
    const source = sourceText(record, cites);
    const x = scaleLinear().domain([0, panelDomainMax(record)]).range([0, 100]).clamp(true);
    const panelMarks = record.counts.map((c): CountMark => {
      const lowerBound = isLowerBound(record, c);
      const label = displayLabel(c.label);
      const mark: CountMark = {
        index: marks.length,
        panel: pi,
        label,
        value: c.value,
        valueText: `${lowerBound ? 'more than ' : ''}${formatValue(c.value, record.unit)}`,
        estimate: c.estimate,
        width: Math.round(x(c.value) * 100) / 100,
        description:
          `${label}: ${valueWithUnit(c.value, record.unit, lowerBound)}` +
          `${c.estimate ? ' (estimate)' : ''}. As of ${record.asOf}. Source: ${source}.`,
      };
      marks.push(mark);
      return mark;
    });
    return {
      id: record.id,
      title: record.scope,
      subtitle: `${UNIT_HEADING[record.unit]} · as of ${record.asOf} · ${source}`,
      unit: record.unit,
      kind: isBigNumber(record) ? 'number' : 'bars',
      showTrack: record.unit === 'percent',
      marks: panelMarks,
      hasEstimate: panelMarks.some((m) => m.estimate),
    };
  });
  return { panels, marks };
}

export function trialCountsTable(records: TrialCount[], cites: Cites): ChartTable {
  return {
    columns: ['Scope', 'Group', 'Value', 'Unit', 'Estimate', 'As of', 'Source'],
    rows: records.flatMap((r) =>
      r.counts.map((c) => [
        r.scope,
        displayLabel(c.label),
        isLowerBound(r, c) ? `more than ${c.value}` : c.value,
        r.unit,
        c.estimate ? 'yes' : 'no',
        r.asOf,
        sourceText(r, cites),
      ]),
    ),
  };
}

function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** One sentence per record: its largest group (or its single figure) and any estimates. */
export function trialCountSentence(record: TrialCount): string {
  const head = `${record.scope} (as of ${record.asOf})`;
  const value = (c: TrialCount['counts'][number]) => valueWithUnit(c.value, record.unit, isLowerBound(record, c));
  if (record.counts.length === 1) {
    const c = record.counts[0]!;
    const what = isBigNumber(record) ? value(c) : `${displayLabel(c.label)}, ${value(c)}`;
    return `${head}: ${what}${c.estimate ? ', an estimate' : ''}.`;
  }
  const max = Math.max(...record.counts.map((c) => c.value));
  const largest = record.counts.filter((c) => c.value === max);
  const names = listWords(largest.map((c) => displayLabel(c.label)));
  const lead =
    largest.length > 1 ? `${names} are the joint largest groups, at ${value(largest[0]!)} each` : `${names} is the largest group, at ${value(largest[0]!)}`;
  const estimates = record.counts.filter((c) => c.estimate).map((c) => displayLabel(c.label));
  const est =
    estimates.length === 0
      ? ''
      : estimates.length === record.counts.length
        ? '; all figures are estimates'
        : `; ${listWords(estimates)} ${estimates.length === 1 ? 'is an estimate' : 'are estimates'}`;
  return `${head}: ${lead}${est}.`;
}

export function trialCountsSummary(records: TrialCount[]): string {
  return records.map(trialCountSentence).join(' ');
}
