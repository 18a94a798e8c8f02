import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/charts/shared/table';
import { eventsTable, toJson, trialsTable, TRIAL_COLUMNS } from '../../src/data/open-data';
import { smallTrial } from '../fixtures/data/trials';
import { eventSchema } from '../../src/schemas/event';

describe('CSV (RFC 4180)', () => {
  it('quotes fields with commas, quotes and line breaks, and round-trips them', () => {
    const table = {
      columns: ['a', 'b'],
      rows: [
        ['x, y', 'say "hi"'],
        ['line\nbreak', 'plain'],
      ],
    };
    const csv = toCsv(table);
    expect(csv).toBe('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",plain\r\n');
    expect(parseCsv(csv)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['line\nbreak', 'plain'],
    ]);
  });

  it('writes numbers as plain digits and leaves simple text unquoted', () => {
    expect(toCsv({ columns: ['n'], rows: [[2000000], [0.5]] })).toBe('n\r\n2000000\r\n0.5\r\n');
  });
});

describe('published data files', () => {
  it('flatten a trial into one row under the documented columns', () => {
    const t = trialsTable([smallTrial]);
    expect(t.columns).toEqual(TRIAL_COLUMNS);
    const row = Object.fromEntries(t.columns.map((c, i) => [c, t.rows[0]![i]]));
    expect(row).toMatchObject({
      id: 'fixture-small',
      enrolled: 4,
      outcome_groups: 'Better: 3; Faded: 1',
      peer_reviewed: 'yes',
      as_of: '2026-11-20',
    });
    expect(parseCsv(toCsv(t))[1]).toHaveLength(TRIAL_COLUMNS.length);
  });

  it('sort events by date, keeping partial dates as given', () => {
    const base = {
      area: 'basics',
      kind: 'result',
      title: 'An event',
      description: 'Something happened here.',
      refs: ['r'],
    } as const;
    const events = [
      eventSchema.parse({ ...base, id: 'b', date: '2018-08' }),
      eventSchema.parse({ ...base, id: 'a', date: '2006' }),
    ];
    expect(eventsTable(events).rows.map((r) => [r[0], r[1]])).toEqual([
      ['a', '2006'],
      ['b', '2018-08'],
    ]);
  });

  it('write JSON dates as YYYY-MM-DD', () => {
    expect(JSON.parse(toJson([smallTrial]))[0].asOf).toBe('2026-11-20');
  });
});
