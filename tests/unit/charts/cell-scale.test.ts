import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import CellScale from '../../../src/charts/cell-scale/CellScale.svelte';
import { cellScaleTable, compareRows, layoutCellScale, logDomain, tickLabel } from '../../../src/charts/cell-scale/layout';
import { cellScaleSchema } from '../../../src/schemas/cell-scale';
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
    expect(compareRows(dose!, big!)).toMatch(/^Cells in a body: about 11 million times as many cells as fixture B dose/);
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
  it('renders every row, a comparison and no style attributes', () => {
    const layout = layoutCellScale([largeTrial], [body, drop]);
    const { body: html } = render(CellScale, { props: { layout, uid: 'cs' } });
    expect((html.match(/<li[\s>]/g) ?? []).length).toBe(3);
    expect(html).toContain('about 11 million times as many');
    expect(html).not.toMatch(/style="/);
    expect(html).toMatchSnapshot();
  });
});
