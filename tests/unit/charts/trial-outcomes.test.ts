import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import TrialOutcomes from '../../../src/charts/trial-outcomes/TrialOutcomes.svelte';
import { GEOMETRY, KIND_SHAPE, layoutOutcomes, outcomesSummary, outcomesTable } from '../../../src/charts/trial-outcomes/layout';
import { largeTrial, smallTrial } from '../../fixtures/data/trials';

describe('trial outcomes layout', () => {
  it('draws one mark per participant, in group order', () => {
    const panel = layoutOutcomes(smallTrial);
    expect(panel.marks).toHaveLength(4);
    expect(panel.marks.map((m) => m.kind)).toEqual(['improved', 'improved', 'improved', 'unchanged']);
    expect(panel.groups.map((g) => g.count)).toEqual([3, 1]);
  });

  it('wraps a group onto a new row after the maximum per row', () => {
    const panel = layoutOutcomes(largeTrial);
    const improved = panel.groups[0]!;
    expect(improved.marks).toHaveLength(13);
    expect(improved.height).toBe(GEOMETRY.pad * 2 + 2 * GEOMETRY.step);
    expect(improved.marks[12]!.y).toBeGreaterThan(improved.marks[11]!.y);
    expect(improved.marks[12]!.x).toBe(improved.marks[0]!.x);
  });

  it('labels each mark with the person, the total and the outcome detail', () => {
    const last = layoutOutcomes(smallTrial).marks[3]!;
    expect(last.label).toBe('Participant 4 of 4: Faded. Gain did not last');
  });

  it('gives every outcome kind a distinct shape, so colour is never the only cue', () => {
    expect(new Set(Object.values(KIND_SHAPE)).size).toBe(Object.keys(KIND_SHAPE).length);
  });

  it('summarises and tabulates the same numbers', () => {
    expect(outcomesSummary(smallTrial)).toBe('Fixture A: of 4 people, 3 better; 1 faded.');
    const table = outcomesTable([smallTrial]);
    expect(table.rows.map((r) => r[3])).toEqual([3, 1]);
  });
});

describe('trial outcomes server render', () => {
  it('renders a complete, labelled SVG without JavaScript', () => {
    const { body } = render(TrialOutcomes, { props: { panels: [layoutOutcomes(smallTrial)], uid: 'fx' } });
    expect(body).toContain('role="list"');
    expect((body.match(/role="listitem"/g) ?? []).length).toBe(4);
    expect(body).toContain('aria-label="Participant 1 of 4: Better"');
    expect(body).not.toMatch(/style="/);
  });

  it('matches the snapshot for a comparison of two trials', () => {
    const { body } = render(TrialOutcomes, { props: { panels: [layoutOutcomes(smallTrial), layoutOutcomes(largeTrial)], uid: 'cmp' } });
    expect(body).toMatchSnapshot();
  });
});
