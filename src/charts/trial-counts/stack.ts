/**
 * Published counts drawn so a reader sees how they relate: one bar per count, oldest first, all on
 * one scale from zero, each bar split by the starting cells its source counted (iPS, ES, both
 * together, other). A count its source gives as a floor ("more than 60") ends in an open arrow; a
 * figure only a news report gives is drawn as an outline. Used when every group of every record says
 * which cells it counts (`cells` in content/data/trial-counts.yaml); pure: records in, bars out.
 */
import { scaleLinear } from 'd3-scale';
import type { TrialCount } from '../../schemas/trial-count.ts';
import type { Lang } from '../../schemas/translation.ts';
import { formatValue, isLowerBound, displayLabel, sourceText, valueWithUnit, type Cites } from './layout.ts';
import { strings } from './strings.ts';

export type Cells = NonNullable<TrialCount['counts'][number]['cells']>;

/** The order a bar draws its parts in, and the key's order: iPS first, the chart's subject. */
export const CELLS_ORDER: readonly Cells[] = ['ips', 'es-and-ips', 'es', 'other'];

export interface StackSegment {
  /** Reading order across the chart (the keyboard moves through these). */
  index: number;
  cells: Cells;
  /** Start and width as percentages of the shared scale (0-100). */
  x: number;
  width: number;
  /** The number written inside the part, when it is wide enough ("19"); else empty. */
  inside: string;
  estimate: boolean;
  /** What the tooltip and a screen reader say. */
  description: string;
}

export interface StackRow {
  id: string;
  /** "As of December 2019". */
  when: string;
  /** What was counted, the record's short title: "Clinical studies, by starting cell". */
  what: string;
  /** "Kobold et al. 2020". */
  source: string;
  /** The bar's whole figure with its unit, written at its end: "54 studies", "more than 60 trials". */
  total: string;
  /** End of the bar (0-100), where the total is written. */
  end: number;
  lowerBound: boolean;
  estimate: boolean;
  segments: StackSegment[];
}

export interface CountStack {
  rows: StackRow[];
  segments: StackSegment[];
  /** Gridlines on the shared scale: value and position (0-100). */
  ticks: { value: number; text: string; x: number }[];
  /** The starting cells drawn, in CELLS_ORDER, with their words: the chart's key. */
  legend: { cells: Cells; label: string }[];
  /** True when some bar is a news-report figure: the key explains the outline. */
  hasEstimate: boolean;
  /** The unit words drawn differ ("studies" and "trials"): the chart says why, under the bars. */
  unitNote: string | undefined;
}

/** Parts narrower than this share of the scale carry no number inside (the key and tooltip do). */
const MIN_INSIDE = 9;

/** True when the chart can draw its records as one scale of bars split by starting cell. */
export function isStackable(records: readonly Pick<TrialCount, 'counts' | 'unit'>[]): boolean {
  return (
    records.length > 0 &&
    records.every((r) => r.unit !== 'percent' && r.counts.length > 0 && r.counts.every((c) => c.cells !== undefined))
  );
}

/** `records` localized, with readable as-of dates (dates.ts), in the order the chart draws them. */
export function layoutCountStack(records: TrialCount[], cites: Cites, lang: Lang = 'en'): CountStack {
  const t = strings[lang];
  const sums = records.map((r) => r.counts.reduce((sum, c) => sum + c.value, 0));
  const x = scaleLinear()
    .domain([0, Math.max(1, ...sums)])
    .nice(4)
    .range([0, 100]);
  const pct = (v: number) => Math.round(x(v) * 100) / 100;
  const segments: StackSegment[] = [];
  const drawn = new Set<Cells>();
  const rows = records.map((record, ri): StackRow => {
    const source = sourceText(record, cites);
    const ordered = CELLS_ORDER.flatMap((cells) => record.counts.filter((c) => c.cells === cells));
    let at = 0;
    const rowSegments = ordered.map((c): StackSegment => {
      drawn.add(c.cells!);
      const lowerBound = isLowerBound(record, c);
      const seg: StackSegment = {
        index: segments.length,
        cells: c.cells!,
        x: pct(at),
        width: pct(at + c.value) - pct(at),
        inside: x(c.value) >= MIN_INSIDE ? formatValue(c.value, record.unit, lang) : '',
        estimate: c.estimate,
        description: t.description(
          displayLabel(c.label),
          valueWithUnit(c.value, record.unit, lowerBound, lang),
          c.estimate,
          record.asOf,
          source,
        ),
      };
      at += c.value;
      segments.push(seg);
      return seg;
    });
    const lowerBound = record.counts.some((c) => isLowerBound(record, c));
    const ips = record.counts.filter((c) => c.cells === 'ips');
    const ipsOnly = ips.length === record.counts.length;
    const ipsPart = !ipsOnly && ips.length > 0 ? formatValue(ips[0]!.value, record.unit, lang) : undefined;
    return {
      id: record.id,
      when: t.stack.when(record.asOf),
      what: record.title ?? record.scope,
      source,
      // The end label says what the bar counts (r8): "54 studies · 19 iPS", "more than 60 iPS-cell trials".
      total: t.stack.endLabel(valueWithUnit(sums[ri]!, record.unit, lowerBound, lang), ipsOnly, ipsPart),
      end: pct(sums[ri]!),
      lowerBound,
      estimate: record.counts.some((c) => c.estimate),
      segments: rowSegments,
    };
  });
  const units = [...new Set(records.map((r) => r.unit))];
  return {
    rows,
    segments,
    ticks: x.ticks(4).map((v) => ({ value: v, text: formatValue(v, 'trials', lang), x: pct(v) })),
    legend: CELLS_ORDER.filter((c) => drawn.has(c)).map((cells) => ({ cells, label: t.stack.cells[cells] })),
    hasEstimate: rows.some((r) => r.estimate),
    unitNote: units.includes('studies') && units.includes('trials') ? t.stack.unitNote : undefined,
  };
}
