/**
 * The published data files (/data/*.csv, *.json): flat tables for spreadsheets, full records for code.
 * Pure, so the tests check the exact columns readers download.
 */
import type { Trial } from '../schemas/trial.ts';
import type { TimelineEvent } from '../schemas/event.ts';
import type { ChartTable } from '../charts/shared/table.ts';

const day = (d: Date) => d.toISOString().slice(0, 10);

export const TRIAL_COLUMNS = [
  'id',
  'area',
  'title',
  'institution',
  'country',
  'registry_ids',
  'cell_source',
  'donor',
  'product',
  'delivery',
  'start',
  'end',
  'enrolled',
  'evaluated',
  'dose_min',
  'dose_max',
  'dose_per',
  'follow_up',
  'outcome_measure',
  'outcome_groups',
  'safety',
  'status',
  'peer_reviewed',
  'as_of',
  'refs',
];

export function trialsTable(trials: Trial[]): ChartTable {
  return {
    columns: TRIAL_COLUMNS,
    rows: trials.map((t) => [
      t.id,
      t.area,
      t.title,
      t.institution,
      t.country,
      t.registryIds.map((r) => `${r.registry} ${r.id}`).join('; '),
      t.cellSource,
      t.donor,
      t.product,
      t.delivery,
      t.start,
      t.end ?? '',
      t.enrolled ?? '',
      t.evaluated ?? '',
      t.dose?.min ?? '',
      t.dose?.max ?? t.dose?.min ?? '',
      t.dose?.per ?? '',
      t.followUp ? `${t.followUp.value} ${t.followUp.unit}` : '',
      t.outcome?.measure ?? '',
      t.outcome?.groups.map((g) => `${g.label}: ${g.count}`).join('; ') ?? '',
      t.safety ?? '',
      t.status,
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
