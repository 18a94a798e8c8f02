/**
 * The published data files (/data/*.csv, *.json): flat tables for spreadsheets, full records for code.
 * Pure, so the tests check the exact columns readers download.
 */
import { studyField, studyStage, type Trial } from '../schemas/trial.ts';
import type { TimelineEvent } from '../schemas/event.ts';
import type { ChartTable } from '../charts/shared/table.ts';

const day = (d: Date) => d.toISOString().slice(0, 10);

export const TRIAL_COLUMNS = [
  'id',
  'scope',
  'area',
  'field',
  'title',
  'condition',
  'institution',
  'place',
  'sponsor',
  'country',
  'kind',
  'registry_ids',
  'cell_source',
  'donor',
  'cell_type',
  'form',
  'product',
  'delivery',
  'start',
  'end',
  'enrolled',
  'planned',
  'evaluated',
  'dose_min',
  'dose_max',
  'dose_per',
  'follow_up',
  'outcome_measure',
  'outcome_groups',
  'safety',
  'status',
  'stage',
  'latest',
  'disagreement',
  'peer_reviewed',
  'as_of',
  'refs',
];

/** Studies in Japan first, then the comparison set abroad; each by start date, then id. */
export function sortTrials<T extends Pick<Trial, 'scope' | 'start' | 'id'>>(trials: readonly T[]): T[] {
  const scopeRank = (t: T) => (t.scope === 'abroad' ? 1 : 0);
  return [...trials].sort(
    (a, b) => scopeRank(a) - scopeRank(b) || a.start.localeCompare(b.start) || a.id.localeCompare(b.id),
  );
}

/** One row per study; a field no source gives is an empty cell (the page says "not public"). */
export function trialsTable(trials: Trial[]): ChartTable {
  return {
    columns: TRIAL_COLUMNS,
    rows: sortTrials(trials).map((t) => [
      t.id,
      t.scope,
      t.area,
      studyField(t),
      t.title,
      t.condition ?? '',
      t.institution,
      t.place ?? '',
      t.sponsor ?? '',
      t.country,
      t.kind ?? '',
      t.registryIds.map((r) => `${r.registry} ${r.id}`).join('; '),
      t.cellSource,
      t.donor,
      t.cellType ?? '',
      t.form ?? '',
      t.product,
      t.delivery,
      t.start,
      t.end ?? '',
      t.enrolled ?? '',
      t.planned ?? '',
      t.evaluated ?? '',
      t.dose?.min ?? '',
      t.dose?.max ?? t.dose?.min ?? '',
      t.dose?.per ?? '',
      t.followUp ? `${t.followUp.value} ${t.followUp.unit}` : '',
      t.outcome?.measure ?? '',
      t.outcome?.groups.map((g) => `${g.label}: ${g.count}`).join('; ') ?? '',
      t.safety ?? '',
      t.status,
      studyStage(t),
      t.latest ?? '',
      t.disagreement ?? '',
      t.peerReviewed ? 'yes' : 'no',
      day(t.asOf),
      t.refs.join(' '),
    ]),
  };
}

export const EVENT_COLUMNS = ['id', 'date', 'area', 'kind', 'title', 'description', 'note', 'trial', 'refs'];

export function eventsTable(events: TimelineEvent[]): ChartTable {
  return {
    columns: EVENT_COLUMNS,
    rows: [...events]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((e) => [
        e.id,
        e.date,
        e.area,
        e.kind,
        e.title,
        e.description,
        e.note ?? '',
        e.trial ?? '',
        e.refs.join(' '),
      ]),
  };
}

/** JSON with dates as YYYY-MM-DD, stable key order from the records. */
export function toJson(records: unknown[]): string {
  // Date.toJSON runs before a replacer sees the value, so look at the holder's original value.
  return (
    JSON.stringify(
      records,
      function (this: Record<string, unknown>, key, value) {
        const original = this[key];
        return original instanceof Date ? day(original) : value;
      },
      2,
    ) + '\n'
  );
}
