/**
 * "Where the trials are": published counts of pluripotent-stem-cell trials as small multiples, one
 * panel per record. Each panel has its own linear scale from zero, because the counts come from
 * different databases and dates and must not be compared as one series. A 'total' record with a
 * single value is a big number, not a bar. Pure: records in, panels and bars out.
 */
import { scaleLinear } from 'd3-scale';
import type { TrialCount } from '../../schemas/trial-count.ts';
import type { Lang } from '../../schemas/translation.ts';
import { LOCALE } from '../../lib/format.ts';
import type { ChartTable } from '../shared/table.ts';
import { textWidth } from '../shared/text.ts';
import { strings } from './strings.ts';

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
  /** Some value printed after its bar is long ("more than 1,200", 「1,200以上」): the bars leave more room. */
  longValues: boolean;
}

export interface CountsLayout {
  panels: CountPanel[];
  /** Every mark in reading order (panel by panel). */
  marks: CountMark[];
}

const numberFormats: Record<Lang, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }),
  ja: new Intl.NumberFormat(LOCALE.ja, { maximumFractionDigits: 1, useGrouping: false }),
};

/** 36.7 → "36.7%" for percent; 1200 → "1,200" for counts. */
export function formatValue(value: number, unit: CountUnit, lang: Lang = 'en'): string {
  const n = numberFormats[lang].format(value);
  return unit === 'percent' ? `${n}%` : n;
}

/** The value with its unit in words: "32 studies", "1 trial", "36.7%"; 「32件」「1,200人以上」. */
export function valueWithUnit(value: number, unit: CountUnit, lowerBound = false, lang: Lang = 'en'): string {
  return strings[lang].withUnit(formatValue(value, unit, lang), value, unit, lowerBound);
}

/** "(more than)" in an English label; 「（以上）」 or 「（60件超）」 in a Japanese one. */
const MORE_THAN_LABEL =
  /\s*[(（]\s*(?:more than|[\d,.]*\s*(?:%|％|人|件|例|種類|品目|製品)?\s*(?:以上|超))\s*[)）]\s*/i;

/** A count whose lower-bound flag was decided before localizing (see localizeCounts). */
type CountLike = Pick<TrialCount['counts'][number], 'label' | 'value'> & { lowerBound?: boolean | undefined };

/**
 * True when the figure is a lower bound. The record says so in `lowerBound`; for records written
 * before that field, the wording is read instead: the label carries "(more than)", or the label
 * or note says "more than <the value>" (e.g. the note "more than 1,200" for 1200), in English or
 * Japanese (「（以上）」, 「1,200人以上」, 「60件超」).
 */
export function isLowerBound(record: Pick<TrialCount, 'note' | 'unit'>, count: CountLike): boolean {
  if (typeof count.lowerBound === 'boolean') return count.lowerBound;
  if (MORE_THAN_LABEL.test(count.label)) return true;
  const text = `${count.label} ${record.note ?? ''}`.toLowerCase();
  const forms = new Set([
    String(count.value),
    formatValue(count.value, record.unit),
    formatValue(count.value, record.unit).replace('%', ''),
  ]);
  const esc = (f: string) => f.replace(/[.,%]/g, '\\$&');
  return [...forms].some(
    (f) =>
      new RegExp(`more than ${esc(f)}(?![\\d.,]*\\d)`).test(text) ||
      new RegExp(`(?<![\\d.,])${esc(f)}\\s*(?:%|％|人|件|例|種類|品目|製品)?\\s*(?:以上|超|を超え)`).test(text),
  );
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

/** Values wider than six digits get the wider room after their bar. */
const LONG_VALUE = textWidth('000000', 16);

/**
 * The compact record the island receives (localized already, without its translations). The
 * panels are laid out from it on the server and again in the browser, so no drawn bar is
 * serialized into the page.
 */
export function countRecord(record: TrialCount): TrialCount {
  const { ja: _ja, counts, ...rest } = record;
  return { ...rest, counts: counts.map(({ ja: _cja, ...c }) => c) } as TrialCount;
}

export function layoutTrialCounts(records: TrialCount[], cites: Cites, lang: Lang = 'en'): CountsLayout {
  const t = strings[lang];
  const marks: CountMark[] = [];
  const panels = records.map((record, pi): CountPanel => {
    const source = sourceText(record, cites);
    const x = scaleLinear()
      .domain([0, panelDomainMax(record)])
      .range([0, 100])
      .clamp(true);
    const panelMarks = record.counts.map((c): CountMark => {
      const lowerBound = isLowerBound(record, c);
      const label = displayLabel(c.label);
      const mark: CountMark = {
        index: marks.length,
        panel: pi,
        label,
        value: c.value,
        valueText: t.drawn(formatValue(c.value, record.unit, lang), lowerBound),
        estimate: c.estimate,
        width: Math.round(x(c.value) * 100) / 100,
        description: t.description(
          label,
          valueWithUnit(c.value, record.unit, lowerBound, lang),
          c.estimate,
          record.asOf,
          source,
        ),
      };
      marks.push(mark);
      return mark;
    });
    return {
      id: record.id,
      title:
        record.title ??
        t.panelTitle(
          record.by,
          record.unit,
          panelMarks.some((m) => m.estimate),
        ),
      subtitle: t.subtitle(t.unitHeading[record.unit], record.asOf, source),
      unit: record.unit,
      kind: isBigNumber(record) ? 'number' : 'bars',
      showTrack: record.unit === 'percent',
      marks: panelMarks,
      hasEstimate: panelMarks.some((m) => m.estimate),
      longValues: panelMarks.some((m) => textWidth(m.valueText, 16) > LONG_VALUE),
    };
  });
  return { panels, marks };
}

export function trialCountsTable(records: TrialCount[], cites: Cites, lang: Lang = 'en'): ChartTable {
  const t = strings[lang];
  return {
    columns: [...t.table.columns],
    rows: records.flatMap((r) =>
      r.counts.map((c) => [
        r.scope,
        displayLabel(c.label),
        isLowerBound(r, c) ? t.tableLowerBound(c.value) : c.value,
        t.unitName[r.unit],
        c.estimate ? t.table.yes : t.table.no,
        r.asOf,
        sourceText(r, cites),
      ]),
    ),
  };
}

/** One sentence per record: its largest group (or its single figure) and any estimates. */
export function trialCountSentence(record: TrialCount, lang: Lang = 'en'): string {
  const t = strings[lang];
  const s = t.sentence;
  const head = s.head(record.scope, record.asOf);
  const value = (c: TrialCount['counts'][number]) => valueWithUnit(c.value, record.unit, isLowerBound(record, c), lang);
  if (record.counts.length === 1) {
    const c = record.counts[0]!;
    const what = isBigNumber(record) ? value(c) : s.labelled(displayLabel(c.label), value(c));
    return s.one(head, what, c.estimate);
  }
  const max = Math.max(...record.counts.map((c) => c.value));
  const largest = record.counts.filter((c) => c.value === max);
  const names = t.list(largest.map((c) => displayLabel(c.label)));
  const lead = largest.length > 1 ? s.jointLargest(names, value(largest[0]!)) : s.largest(names, value(largest[0]!));
  const estimates = record.counts.filter((c) => c.estimate).map((c) => displayLabel(c.label));
  const est =
    estimates.length === 0
      ? ''
      : estimates.length === record.counts.length
        ? s.allEstimates
        : s.someEstimates(t.list(estimates), estimates.length);
  return s.join(head, lead, est);
}

export function trialCountsSummary(records: TrialCount[], lang: Lang = 'en'): string {
  return strings[lang].joinSentences(records.map((r) => trialCountSentence(r, lang)));
}

/** The frame's notes (`sharedScale`: the bars share one scale, stack.ts): counts are not one series, what the estimate marks mean, and each record's note. */
export function trialCountsNotes(records: TrialCount[], lang: Lang = 'en', sharedScale = false): string[] {
  const t = strings[lang].notes;
  const hasEstimate = records.some((r) => r.counts.some((c) => c.estimate));
  return [
    sharedScale ? t.sharedScale : t.separate,
    ...(hasEstimate ? [sharedScale ? t.stackEstimates : t.estimates] : []),
    ...records
      .filter((r) => r.note)
      .map((r) =>
        t.recordNote(
          r.scope,
          r.counts.some((c) => c.estimate),
          r.note!,
        ),
      ),
  ];
}
