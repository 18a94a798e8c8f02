import { describe, expect, it } from 'vitest';
import { svgSnapshot } from '../support/svg-snapshot';
import { render } from 'svelte/server';
import CellScale from '../../../src/charts/cell-scale/CellScale.svelte';
import {
  cellScaleNotes,
  cellScaleSummary,
  cellScaleTable,
  annotate,
  compareRows,
  layoutCellScale,
  logDomain,
  tickLabel,
  tickLabelIn,
} from '../../../src/charts/cell-scale/layout';
import { cellScaleSchema } from '../../../src/schemas/cell-scale';
import { trialSchema } from '../../../src/schemas/trial';
import { localize } from '../../../src/schemas/translation';
import { largeTrial, smallTrial } from '../../fixtures/data/trials';

const body = cellScaleSchema.parse({ id: 'body', label: 'Cells in a body', cells: 3e13, refs: ['fixture-ref'] });
const drop = cellScaleSchema.parse({ id: 'drop', label: 'Cells in a drop', cells: 2.5e8, refs: ['fixture-ref'] });

describe('cell scale layout', () => {
  it('brackets all values with whole powers of ten', () => {
    expect(logDomain([900000, 3e13])).toEqual([1e5, 1e14]);
  });

  it('orders rows from fewest to most cells and leaves out trials without a dose', () => {
    const layout = layoutCellScale([smallTrial, largeTrial], [body, drop]);
    expect(layout.rows.map((r) => r.id)).toEqual(['fixture-large', 'drop', 'body']);
  });

  it('places values on a log track: each power of ten is an equal step', () => {
    const layout = layoutCellScale([largeTrial], [body]);
    const [a, b] = [layout.ticks[0]!, layout.ticks[1]!];
    expect(b.value / a.value).toBe(1000);
    const step = b.x - a.x;
    expect(layout.ticks[2]!.x - b.x).toBeCloseTo(step, 6);
    expect(layout.rows.at(-1)!.x1).toBeGreaterThan(90);
  });

  it('draws a dose range from its lowest to its highest value', () => {
    const dose = layoutCellScale([largeTrial], [body]).rows[0]!;
    expect(dose.x2).toBeGreaterThan(dose.x1);
    expect(dose.valueText).toBe('900,000 to 2.7 million cells per putamen');
  });

  it('names ticks in words a reader knows', () => {
    expect([1e6, 1e9, 1e12].map(tickLabel)).toEqual(['1 million', '1 billion', '1 trillion']);
    expect(tickLabel(1e15)).toBe('10¹⁵');
  });

  it('compares two rows as a ratio, larger first', () => {
    const [dose, , big] = layoutCellScale([largeTrial], [body, drop]).rows;
    expect(compareRows(dose!, big!)).toMatch(
      /^Cells in a body: about 11 million times as many cells as Fixture B dose/,
    );
  });

  it('tabulates every drawn value', () => {
    const table = cellScaleTable(layoutCellScale([largeTrial], [body]));
    expect(table.rows).toEqual([
      ['Fixture B dose', 'Trial dose', 900000, 2700000, 'per putamen'],
      ['Cells in a body', 'Familiar number', 3e13, 3e13, 'in total'],
    ]);
  });
});

describe('cell scale server render', () => {
  it('renders every row, a comparison and no style attributes', async () => {
    const layout = layoutCellScale([largeTrial], [body, drop]);
    const { body: html } = render(CellScale, { props: { layout, uid: 'cs' } });
    expect((html.match(/<li[\s>]/g) ?? []).length).toBe(3);
    expect(html).toContain('about 11 million times as many');
    expect(html).not.toMatch(/style="/);
    await expect(svgSnapshot(html)).toMatchFileSnapshot('__snapshots__/cell-scale.en.svg');
  });
});

/** What a reader or a screen reader gets: text content and aria-labels, without tags or class names. */
const readable = (html: string) =>
  [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]).join(' ') + ' ' + html.replace(/<[^>]*>/g, ' ');

/** The fixtures with `ja:` blocks, as translators would add them, localized as the wrapper does. */
const jaBody = localize(
  cellScaleSchema.parse({ ...body, note: 'An estimate.', ja: { label: '人の体', note: '推定値。' } }),
  'ja',
);
const jaDrop = localize(cellScaleSchema.parse({ ...drop, ja: { label: '血液1滴' } }), 'ja');
const jaLarge = localize(trialSchema.parse({ ...largeTrial, ja: { shortTitle: '試験B' } }), 'ja');

describe('cell scale in Japanese', () => {
  const layout = layoutCellScale([jaLarge], [jaBody, jaDrop], 'ja');

  it('lays out rows, values and ticks in Japanese, at the same positions', () => {
    expect(layout.rows.map((r) => r.label)).toEqual(['試験Bの投与量', '血液1滴', '人の体']);
    expect(layout.rows.map((r) => r.valueText)).toEqual(['被殻1か所あたり90万〜270万個', '約2.5億個', '約30兆個']);
    expect(layout.ticks.map((t) => t.label)).toEqual(['10万', '1億', '1000億', '100兆']);
    const en = layoutCellScale([largeTrial], [body, drop]);
    expect(layout.rows.map((r) => [r.x1, r.x2])).toEqual(en.rows.map((r) => [r.x1, r.x2]));
    expect(layout.ticks.map((t) => t.x)).toEqual(en.ticks.map((t) => t.x));
    expect([1e3, 1e6, 1e9, 1e12, 1e15].map((v) => tickLabelIn(v, 'ja'))).toEqual([
      '1000',
      '100万',
      '10億',
      '1兆',
      '10¹⁵',
    ]);
    expect(tickLabelIn(1e9, 'en')).toBe(tickLabel(1e9));
  });

  it('compares, summarises, tabulates and notes in Japanese', () => {
    const [dose, , big] = layout.rows;
    expect(compareRows(dose!, big!, 'ja')).toBe(
      '人の体（約30兆個）は、試験Bの投与量（被殻1か所あたり90万〜270万個）の約1111万倍です。',
    );
    expect(compareRows(big!, big!, 'ja')).toBe('人の体（約30兆個）と人の体（約30兆個）は、ほぼ同じ数です。');
    expect(cellScaleSummary(layout, 'ja')).toBe(
      '対数目盛りで、数は試験Bの投与量（被殻1か所あたり90万〜270万個）から人の体（約30兆個）までにわたります。',
    );
    expect(cellScaleSummary(layoutCellScale([], [], 'ja'), 'ja')).toBe('表示する投与量がありません。');
    const table = cellScaleTable(layout, 'ja');
    expect(table.columns).toEqual(['項目', '種類', '細胞数（最少）', '細胞数（最多）', '数え方']);
    expect(table.rows[0]).toEqual(['試験Bの投与量', '試験の投与量', 900000, 2700000, '被殻1か所あたり']);
    expect(table.rows[2]).toEqual(['人の体', '身近な数', 3e13, 3e13, '全体']);
    expect(cellScaleNotes([jaLarge], [jaBody, jaDrop], 'ja')).toEqual(['人の体：推定値。']);
  });

  it('keeps English summary and notes as they were', () => {
    const en = layoutCellScale([largeTrial], [body, drop]);
    expect(cellScaleSummary(en)).toBe(
      'On a scale where each step is ten times the last, the numbers run from fixture b dose (900,000 to 2.7 million cells per putamen) to cells in a body (about 30 trillion cells).',
    );
    expect(cellScaleNotes([largeTrial], [{ ...body, note: 'An estimate.' }])).toEqual([
      'Cells in a body: An estimate.',
    ]);
  });

  it('server-renders Japanese text with no English left in the labels', async () => {
    const { body: html } = render(CellScale, { props: { layout, uid: 'csja', lang: 'ja' } });
    expect((html.match(/<li[\s>]/g) ?? []).length).toBe(3);
    expect(html).toContain('aria-label="対数目盛り（縦線1本ごとに1000倍）で表した細胞の数"');
    expect(html).toContain('aria-label="試験Bの投与量：被殻1か所あたり90万〜270万個"');
    expect(html).toContain('約1111万倍です。');
    expect(html).toContain('対数目盛り：縦線1本ごとに1000倍になります。');
    expect(readable(html)).not.toMatch(/cells|per putamen|million|billion|trillion|Log scale|times as many|about|dose/);
    expect(html).not.toMatch(/style="/);
    await expect(svgSnapshot(html)).toMatchFileSnapshot('__snapshots__/cell-scale.ja.svg');
  });
});

describe('cell scale: axis start and the comparison drawn on the chart', () => {
  it('puts the first gridline, labelled, at the start of the axis', () => {
    const layout = layoutCellScale([largeTrial], [], 'en');
    expect(layout.ticks[0]!.x).toBe(0);
    expect(layout.ticks[0]!.label).toMatch(/\d/);
  });

  it('draws the comparison as an arrow along the bigger row, from the smaller value, with its ratio', () => {
    const layout = layoutCellScale([largeTrial], [body], 'en');
    const a = annotate(layout, 0, 1)!;
    expect(a.row).toBe(1);
    expect(a.x1).toBe(layout.rows[0]!.x2);
    expect(a.x2).toBe(layout.rows[1]!.x1);
    expect(a.label).toMatch(/^about [\d,. a-z]+ times the /);
    expect(annotate(layout, 1, 1)).toBeNull();
  });
});
