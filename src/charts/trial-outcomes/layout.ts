/**
 * Trial outcomes as a unit chart: one mark per participant, grouped by outcome. Small numbers are
 * the story, so every person is visible. Pure: trial records in, positioned marks out.
 */
import type { Trial } from '../../schemas/trial.ts';
import type { ChartTable } from '../shared/table.ts';
import { nextIndex } from '../shared/keyboard.ts';
import type { Lang } from '../../schemas/translation.ts';
import { strings } from './strings.ts';
import { OUTCOME_KEYS, OUTCOMES, type MarkShape, type OutcomeKind } from './vocabulary.ts';

export type { OutcomeKind } from './vocabulary.ts';

/**
 * What the chart needs of a trial record: all the island receives (the marks are laid out from it
 * on the server and again in the browser, so no drawn mark is serialized into the page).
 */
export type OutcomeTrial = Pick<Trial, 'id' | 'shortTitle' | 'cellSource' | 'donor' | 'enrolled' | 'outcome'> & {
  /** What the study treated ("Cornea"), named on the server: rows mix diseases. */
  fieldLabel?: string | undefined;
};

/**
 * The compact record for the island: only the fields the layouts read. `fieldLabel` comes from the
 * server (chart.ts), so the island never imports the schemas (and zod with them).
 */
export function outcomeTrial(trial: Trial, fieldLabel?: string): OutcomeTrial {
  const { id, shortTitle, cellSource, donor, enrolled, outcome } = trial;
  if (!outcome) return { id, shortTitle, cellSource, donor, enrolled, fieldLabel };
  // Translations stay on the server: the record comes localized already (and the island does not
  // read the measure or note, which the frame's notes carry).
  const groups = outcome.groups.map(({ ja: _ja, ...g }) => g) as typeof outcome.groups;
  return { id, shortTitle, cellSource, donor, enrolled, fieldLabel, outcome: { measure: outcome.measure, groups } };
}

/** Kinds in the order a row draws them: good news first, then neutral, bad, unknown (vocabulary.ts). */
export const KIND_ORDER: readonly OutcomeKind[] = OUTCOME_KEYS;

/**
 * The takeaway drawn beside a study: its first kind in KIND_ORDER that has anyone in it, counted
 * against everyone enrolled ("4 of 7 improved", "all 5 stable").
 */
export function headline(
  groups: readonly { kind: OutcomeKind; count: number }[],
  total: number,
  lang: Lang = 'en',
): string {
  const s = strings[lang];
  for (const kind of KIND_ORDER) {
    const n = groups.filter((g) => g.kind === kind).reduce((sum, g) => sum + g.count, 0);
    if (n > 0) return s.headline(n, total, kind);
  }
  return s.people(total);
}

/** The outcome and head count the chart needs; a short record (no published outcome) cannot be charted. */
function outcomeOf(trial: OutcomeTrial): { outcome: NonNullable<Trial['outcome']>; enrolled: number } {
  if (!trial.outcome || trial.enrolled === undefined) {
    throw new Error(
      `<TrialOutcomes>: trial "${trial.id}" has no outcome or enrolled count in content/data/trials (a short record); chart a trial with published results.`,
    );
  }
  return { outcome: trial.outcome, enrolled: trial.enrolled };
}

/** Each kind has its own shape, so the chart reads without colour (from the one vocabulary). */
export const KIND_SHAPE = Object.fromEntries(OUTCOME_KEYS.map((k) => [k, OUTCOMES[k].shape])) as Record<
  OutcomeKind,
  MarkShape
>;

export interface OutcomeMark {
  index: number;
  x: number;
  y: number;
  kind: OutcomeKind;
  /** What a screen reader and the tooltip say for this person. */
  label: string;
}

export interface OutcomeGroup {
  label: string;
  kind: OutcomeKind;
  count: number;
  detail?: string | undefined;
  /** Size of this group's row of marks (labels are HTML above it, so they wrap on phones). */
  width: number;
  height: number;
  marks: OutcomeMark[];
}

export interface OutcomePanel {
  trialId: string;
  title: string;
  subtitle: string;
  /** The panel's point, drawn under its title: "4 of 7 improved". */
  headline: string;
  measure: string;
  columns: number;
  groups: OutcomeGroup[];
  /** All marks in reading order, for keyboard movement across groups. */
  marks: OutcomeMark[];
}

export const GEOMETRY = { step: 24, radius: 8, maxPerRow: 12, pad: 6 };

/** `trial` should already be localized (see localize() in schemas/translation.ts). */
export function layoutOutcomes(trial: OutcomeTrial, lang: Lang = 'en'): OutcomePanel {
  const s = strings[lang];
  const { step, maxPerRow, pad } = GEOMETRY;
  const groups: OutcomeGroup[] = [];
  const marks: OutcomeMark[] = [];
  const { outcome, enrolled: total } = outcomeOf(trial);
  for (const g of outcome.groups) {
    if (g.count === 0) continue;
    const rows = Math.ceil(g.count / maxPerRow);
    const inRow = Math.min(g.count, maxPerRow);
    const groupMarks: OutcomeMark[] = [];
    for (let i = 0; i < g.count; i++) {
      const mark: OutcomeMark = {
        index: marks.length,
        x: pad + step / 2 + (i % maxPerRow) * step,
        y: pad + step / 2 + Math.floor(i / maxPerRow) * step,
        kind: g.kind,
        label: s.participant(marks.length + 1, total, g.label, g.detail),
      };
      marks.push(mark);
      groupMarks.push(mark);
    }
    groups.push({
      label: g.label,
      kind: g.kind,
      count: g.count,
      detail: g.detail,
      width: pad * 2 + inRow * step,
      height: pad * 2 + rows * step,
      marks: groupMarks,
    });
  }
  return {
    trialId: trial.id,
    title: trial.shortTitle,
    subtitle: [s.people(total), s.origin(trial.cellSource, trial.donor)].join(s.sep),
    headline: headline(outcome.groups, total, lang),
    measure: outcome.measure,
    columns: maxPerRow,
    groups,
    marks,
  };
}

export function outcomesTable(trials: Trial[], lang: Lang = 'en'): ChartTable {
  const s = strings[lang];
  return {
    columns: [...s.columns],
    rows: trials.flatMap((t) => {
      const { outcome, enrolled } = outcomeOf(t);
      return outcome.groups.map((g) => [t.shortTitle, g.label, s.kind[g.kind], g.count, enrolled, outcome.measure]);
    }),
  };
}

/** One sentence per trial for the chart's text summary. */
export function outcomesSummary(trial: Trial, lang: Lang = 'en'): string {
  const { outcome, enrolled } = outcomeOf(trial);
  const parts = outcome.groups.filter((g) => g.count > 0).map((g) => ({ label: g.label, count: g.count }));
  return strings[lang].summary(trial.shortTitle, enrolled, parts);
}

/** The frame's notes: each trial's measure (and whether it is peer reviewed), then the caveat. */
export function outcomesNotes(trials: Trial[], lang: Lang = 'en'): string[] {
  const s = strings[lang];
  return [...trials.map((t) => s.note(t.shortTitle, outcomeOf(t).outcome.measure, t.peerReviewed)), s.caveat];
}

export interface OutcomeRow {
  trialId: string;
  /** The study's short name, as the text names it. */
  title: string;
  /** "Parkinson's disease · 7 people": what the study treated (rows mix diseases) and its size. */
  people: string;
  /** The row's point, drawn at its end: "4 of 7 improved". */
  headline: string;
  highlighted: boolean;
  /** Size of the row's strip of marks. */
  width: number;
  height: number;
  /** One per person, sorted by KIND_ORDER so rows read alike; `index` runs across the whole chart. */
  marks: OutcomeMark[];
}

export interface OutcomeRows {
  rows: OutcomeRow[];
  /** Every mark in reading order (row by row). */
  marks: OutcomeMark[];
  /** The kinds drawn, in KIND_ORDER, each with its one name: the chart's single legend. */
  legend: { kind: OutcomeKind; label: string }[];
  /** "52 people in 9 studies". */
  total: string;
  /** Widest strip, so every row's strip can take the same width and marks line up in columns. */
  stripWidth: number;
}

/**
 * Many studies as rows on one shared mark language: one row per study, one mark per person, the
 * row's headline at its end and a single legend. `highlight` names the study a chapter is about.
 * Trials should already be localized.
 */
export function layoutOutcomeRows(trials: OutcomeTrial[], lang: Lang = 'en', highlight?: string): OutcomeRows {
  const s = strings[lang];
  const { step, maxPerRow, pad } = GEOMETRY;
  if (highlight && !trials.some((t) => t.id === highlight)) {
    throw new Error(
      `<TrialOutcomes>: highlight="${highlight}" is not one of the chart's studies (${trials.map((t) => t.id).join(', ')}); use one of those ids or leave highlight out.`,
    );
  }
  const marks: OutcomeMark[] = [];
  const kinds = new Set<OutcomeKind>();
  let people = 0;
  const rows = trials.map((trial): OutcomeRow => {
    const { outcome, enrolled: total } = outcomeOf(trial);
    people += total;
    const people1 = outcome.groups.flatMap((g) =>
      Array.from({ length: g.count }, () => ({ kind: g.kind, label: g.label, detail: g.detail })),
    );
    // Stable sort: within a kind, the record's own group order.
    const sorted = KIND_ORDER.flatMap((k) => people1.filter((p) => p.kind === k));
    const rowMarks = sorted.map((p, i): OutcomeMark => {
      kinds.add(p.kind);
      const mark: OutcomeMark = {
        index: marks.length,
        x: pad + step / 2 + (i % maxPerRow) * step,
        y: pad + step / 2 + Math.floor(i / maxPerRow) * step,
        kind: p.kind,
        label: `${trial.shortTitle}${s.titleSep}${s.participant(i + 1, total, p.label, p.detail)}`,
      };
      marks.push(mark);
      return mark;
    });
    const lines = Math.max(1, Math.ceil(sorted.length / maxPerRow));
    return {
      trialId: trial.id,
      title: trial.shortTitle,
      people: [...(trial.fieldLabel ? [trial.fieldLabel] : []), s.people(total)].join(s.sep),
      headline: headline(outcome.groups, total, lang),
      highlighted: trial.id === highlight,
      width: pad * 2 + Math.min(maxPerRow, Math.max(1, sorted.length)) * step,
      height: pad * 2 + lines * step,
      marks: rowMarks,
    };
  });
  return {
    rows,
    marks,
    legend: legendOf([...kinds], lang),
    total: s.total(people, rows.length),
    stripWidth: Math.max(0, ...rows.map((r) => r.width)),
  };
}

/** The kinds drawn, in KIND_ORDER, each once with its name: a chart's single key. */
export function legendOf(kinds: readonly OutcomeKind[], lang: Lang = 'en'): { kind: OutcomeKind; label: string }[] {
  const drawn = new Set(kinds);
  return KIND_ORDER.filter((k) => drawn.has(k)).map((kind) => ({ kind, label: strings[lang].kind[kind] }));
}

/**
 * Arrow keys across rows of different lengths: Left/Right step through every mark in reading
 * order, Up/Down move to the row above or below at the nearest position, Home/End to the ends.
 */
export function rowNextIndex(rowSizes: readonly number[], from: number, key: string): number | undefined {
  const count = rowSizes.reduce((a, b) => a + b, 0);
  if (count === 0) return undefined;
  // Left, Right, Home and End move as in every chart; only Up and Down know about rows.
  if (key !== 'ArrowUp' && key !== 'ArrowDown') return nextIndex(from, key, count);
  const starts = rowSizes.map((_, i) => rowSizes.slice(0, i).reduce((a, b) => a + b, 0));
  let row = starts.findLastIndex((st) => st <= from);
  const col = from - starts[row]!;
  const dir = key === 'ArrowDown' ? 1 : -1;
  // Skip rows with no marks.
  do row += dir;
  while (row >= 0 && row < rowSizes.length && rowSizes[row] === 0);
  if (row < 0 || row >= rowSizes.length) return from;
  return starts[row]! + Math.min(col, rowSizes[row]! - 1);
}

/** The trials a `set` names, in a fixed order: by area (the site's order), then by start date. */
export function trialsInSet(all: Trial[], set: 'japan'): Trial[] {
  const areaOrder = ['retina', 'cornea', 'parkinsons', 'spinal-cord', 'heart'];
  const rank = (t: Trial) => {
    const i = areaOrder.indexOf(t.area);
    return i === -1 ? areaOrder.length : i;
  };
  return all
    .filter((t) => set === 'japan' && t.scope === 'japan' && t.outcome && t.enrolled !== undefined)
    .sort((a, b) => rank(a) - rank(b) || String(a.start).localeCompare(String(b.start)) || a.id.localeCompare(b.id));
}
