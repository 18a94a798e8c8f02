import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import DoseCohorts from '../../../src/charts/dose-cohorts/DoseCohorts.svelte';
import { doseSummary, doseTable, layoutDoseCohorts } from '../../../src/charts/dose-cohorts/layout';
import { largeTrial, smallTrial } from '../../fixtures/data/trials';

describe('dose cohorts layout', () => {
  it('draws one bar per cohort on a scale from zero', () => {
    const layout = layoutDoseCohorts(largeTrial);
    expect(layout.bars.map((b) => b.label)).toEqual(['Low dose', 'High dose']);
    expect(layout.ticks[0]!.value).toBe(0);
    expect(layout.bars[1]!.x1 / layout.bars[0]!.x1).toBeCloseTo(3, 6);
  });

  it('explains, rather than crashes, when a trial has no cohorts', () => {
    expect(() => layoutDoseCohorts(smallTrial)).toThrow(/has no dose cohorts.*use <CellScale> instead/);
  });

  it('summarises and tabulates the same numbers', () => {
    const layout = layoutDoseCohorts(largeTrial);
    expect(doseSummary(largeTrial, layout)).toBe(
      'Fixture B: 5 people received 900,000 cells per putamen (low dose); 9 people received 2.7 million cells per putamen (high dose).',
    );
    expect(doseTable(largeTrial, layout).rows.map((r) => r[1])).toEqual([5, 9]);
  });

  it('renders a labelled list with one mark per person and no style attributes', () => {
    const { body } = render(DoseCohorts, { props: { layout: layoutDoseCohorts(largeTrial) } });
    expect((body.match(/class="person/g) ?? []).length).toBe(14);
    expect(body).not.toMatch(/style="/);
    expect(body).toMatchSnapshot();
  });
});
