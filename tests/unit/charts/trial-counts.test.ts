import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import TrialCounts from '../../../src/charts/trial-counts/TrialCounts.svelte';
import {
  formatValue,
  isLowerBound,
  layoutTrialCounts,
  trialCountSentence,
  trialCountsSummary,
  trialCountsTable,
} from '../../../src/charts/trial-counts/layout';
import { trialCountSchema } from '../../../src/schemas/trial-count';
import { cellTypes, countryShares, estimateTotal, fixtureCites, totalCount } from '../../fixtures/data/trial-counts';

const all = [totalCount, countryShares, cellTypes, estimateTotal];

describe('trial counts layout', () => {
  it('makes one panel per record, in the order given, with marks numbered across panels', () => {
    const { panels, marks } = layoutTrialCounts(all, fixtureCites);
    expect(panels.map((p) => p.id)).toEqual(['fixture-total', 'fixture-country', 'fixture-cell-type', 'fixture-estimate']);
    expect(marks).toHaveLength(8);
    expect(marks.map((m) => m.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(marks.map((m) => m.panel)).toEqual([0, 1, 1, 1, 2, 2, 2, 3]);
    expect(panels[2]!.marks.map((m) => m.index)).toEqual([4, 5, 6]);
  });

  it('draws a single-value total as a big number and everything else as bars', () => {
    const { panels } = layoutTrialCounts(all, fixtureCites);
    expect(panels.map((p) => p.kind)).toEqual(['number', 'bars', 'bars', 'number']);
    const oneCountry = trialCountSchema.parse({ ...countryShares, counts: [{ label: 'Japan', value: 33 }] });
    expect(layoutTrialCounts([oneCountry], fixtureCites).panels[0]!.kind).toBe('bars');
  });

  it('scales counts from zero to the panel maximum, keeping data order', () => {
    const panel = layoutTrialCounts([cellTypes], fixtureCites).panels[0]!;
    expect(panel.marks.map((m) => m.label)).toEqual(['iPS cells', 'Embryonic stem cells', 'Nuclear-transfer (SCNT) stem cells']);
    expect(panel.marks[1]!.width).toBe(100);
    expect(panel.marks[0]!.width).toBeCloseTo((19 / 1032) * 100, 1);
    expect(panel.marks[2]!.width).toBeGreaterThan(0);
    expect(panel.showTrack).toBe(false);
  });

  it('scales percentages against 100%, with a track, not against the largest share', () => {
    const panel = layoutTrialCounts([countryShares], fixtureCites).panels[0]!;
    expect(panel.marks.map((m) => m.width)).toEqual([36.7, 13.3, 10]);
    expect(panel.showTrack).toBe(true);
  });

  it('copes with all-zero values without dividing by zero', () => {
    const zero = trialCountSchema.parse({ ...cellTypes, counts: [{ label: 'None', value: 0 }, { label: 'Also none', value: 0 }] });
    const panel = layoutTrialCounts([zero], fixtureCites).panels[0]!;
    expect(panel.marks.map((m) => m.width)).toEqual([0, 0]);
    expect(panel.marks[0]!.valueText).toBe('0');
  });

  it('formats values by unit', () => {
    expect(formatValue(36.7, 'percent')).toBe('36.7%');
    expect(formatValue(10, 'percent')).toBe('10%');
    expect(formatValue(1200, 'patients')).toBe('1,200');
    expect(formatValue(1032, 'studies')).toBe('1,032');
  });

  it('says "more than" only when the record says so, and moves it out of the label', () => {
    const { marks } = layoutTrialCounts(all, fixtureCites);
    expect(marks[0]!.valueText).toBe('more than 1,200');
    expect(marks[7]!.valueText).toBe('more than 60');
    expect(marks[7]!.label).toBe('iPS-cell trials');
    expect(marks[1]!.valueText).toBe('36.7%');
    // "more than 1,200" must not make 120 or 12,000 a lower bound.
    expect(isLowerBound(totalCount, { label: 'x', value: 120 })).toBe(false);
    expect(isLowerBound({ unit: 'trials', note: 'more than 12,000' }, { label: 'x', value: 12 })).toBe(false);
  });

  it('describes each value with label, unit, estimate flag, as-of date and source', () => {
    const { marks } = layoutTrialCounts(all, fixtureCites);
    expect(marks[6]!.description).toBe(
      'Nuclear-transfer (SCNT) stem cells: 1 study (estimate). As of end of 2019. Source: Fixture et al. 2020; Reporter 2025.',
    );
    expect(marks[0]!.description).toBe('Patients dosed: more than 1,200 patients. As of December 2024. Source: Fixture et al. 2020.');
    expect(marks[1]!.description).toBe('China: 36.7%. As of end of 2019. Source: Fixture et al. 2020.');
  });

  it('puts unit, as-of date and short citation in the subtitle, falling back to the reference id', () => {
    const { panels } = layoutTrialCounts([cellTypes], { 'fixture-ref': 'Fixture et al. 2020' });
    expect(panels[0]!.subtitle).toBe('Number of studies · as of end of 2019 · Fixture et al. 2020; fixture-news');
    expect(panels[0]!.hasEstimate).toBe(true);
  });
});

describe('trial counts table and summary', () => {
  it('lists every number drawn with its scope, unit, estimate flag, date and source', () => {
    const table = trialCountsTable(all, fixtureCites);
    expect(table.columns).toEqual(['Scope', 'Group', 'Value', 'Unit', 'Estimate', 'As of', 'Source']);
    expect(table.rows).toHaveLength(8);
    expect(table.rows.map((r) => r[2])).toEqual(['more than 1200', 36.7, 13.3, 10, 19, 1032, 1, 'more than 60']);
    expect(table.rows.map((r) => r[4])).toEqual(['no', 'no', 'no', 'no', 'no', 'no', 'yes', 'yes']);
    expect(table.rows[6]).toEqual([
      'Fixture studies by kind of starting cell',
      'Nuclear-transfer (SCNT) stem cells',
      1,
      'studies',
      'yes',
      'end of 2019',
      'Fixture et al. 2020; Reporter 2025',
    ]);
  });

  it('names the largest group (not the first) and any estimates, one sentence per panel', () => {
    expect(trialCountSentence(cellTypes)).toBe(
      'Fixture studies by kind of starting cell (as of end of 2019): Embryonic stem cells is the largest group, at 1,032 studies; Nuclear-transfer (SCNT) stem cells is an estimate.',
    );
    expect(trialCountSentence(estimateTotal)).toBe('iPS-cell trials according to a news feature (as of April 2025): more than 60 trials, an estimate.');
    expect(trialCountSentence(countryShares)).toContain('China is the largest group, at 36.7%.');
    const tie = trialCountSchema.parse({ ...cellTypes, counts: [{ label: 'A', value: 5 }, { label: 'B', value: 5 }] });
    expect(trialCountSentence(tie)).toContain('A and B are the joint largest groups, at 5 studies each.');
    expect(trialCountsSummary(all)).toBe(all.map(trialCountSentence).join(' '));
  });
});

describe('trial counts server render', () => {
  it('renders complete labelled panels without JavaScript, with one tab stop', () => {
    const { body } = render(TrialCounts, { props: { layout: layoutTrialCounts(all, fixtureCites), uid: 'fx' } });
    expect((body.match(/role="group"/g) ?? []).length).toBe(4);
    expect((body.match(/role="listitem"/g) ?? []).length).toBe(8);
    expect((body.match(/tabindex="0"/g) ?? []).length).toBe(1);
    expect((body.match(/tabindex="-1"/g) ?? []).length).toBe(7);
    expect(body).toContain('width="36.7%"');
    expect(body).toContain('more than 1,200');
    // Estimates: hatched pattern and the word, not colour alone.
    expect(body).toContain('fill="url(#fx-hatch-6)"');
    expect((body.match(/>estimate</g) ?? []).length).toBe(2);
    expect(body).not.toMatch(/style="/);
  });

  it('matches the snapshot for fixed fixture data', () => {
    const { body } = render(TrialCounts, { props: { layout: layoutTrialCounts(all, fixtureCites), uid: 'snap' } });
    expect(body).toMatchSnapshot();
  });
});
