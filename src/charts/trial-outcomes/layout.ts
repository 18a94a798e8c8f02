/**
 * Trial outcomes as a unit chart: one mark per participant, grouped by outcome. Small numbers are
 * the story, so every person is visible. Pure: trial records in, positioned marks out.
 */
import type { Trial } from '../../schemas/trial.ts';
import type { ChartTable } from '../shared/table.ts';
import type { Lang } from '../../schemas/translation.ts';
import { strings } from './strings.ts';

export type OutcomeKind = NonNullable<Trial['outcome']>['groups'][number]['kind'];

/**
 * What the chart needs of a trial record: all the island receives (the marks are laid out from it
 * on the server and again in the browser, so no drawn mark is serialized into the page).
 */
export type OutcomeTrial = Pick<Trial, 'id' | 'shortTitle' | 'cellSource' | 'donor' | 'enrolled' | 'outcome'>;

/** The compact record for the island: only the fields layoutOutcomes() reads. */
export function outcomeTrial(trial: Trial): OutcomeTrial {
  const { id, shortTitle, cellSource, donor, enrolled, outcome } = trial;
  if (!outcome) return { id, shortTitle, cellSource, donor, enrolled };
  // Translations stay on the server: the record comes localized already.
  const groups = outcome.groups.map(({ ja: _ja, ...g }) => g) as typeof outcome.groups;
  return { id, shortTitle, cellSource, donor, enrolled, outcome: { ...outcome, groups } };
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

/** Each kind has its own shape, so the chart reads without colour. */
export const KIND_SHAPE: Record<OutcomeKind, 'disc' | 'square' | 'ring' | 'triangle' | 'dashed'> = {
  improved: 'disc',
  stable: 'square',
  unchanged: 'ring',
  worse: 'triangle',
  'not-evaluated': 'dashed',
};

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
    subtitle: [s.people(total), s.cells(trial.cellSource), s.donor[trial.donor]].join(s.sep),
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
