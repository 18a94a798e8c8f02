import { describe, expect, it } from 'vitest';
import { svgSnapshot } from '../support/svg-snapshot';
import { render } from 'svelte/server';
import TrialOutcomes from '../../../src/charts/trial-outcomes/TrialOutcomes.svelte';
import {
  GEOMETRY,
  KIND_SHAPE,
  headline,
  layoutOutcomeRows,
  layoutOutcomes,
  outcomeTrial,
  rowNextIndex,
  trialsInSet,
  outcomesNotes,
  outcomesSummary,
  outcomesTable,
} from '../../../src/charts/trial-outcomes/layout';
import { OUTCOME_KEYS, OUTCOMES } from '../../../src/charts/trial-outcomes/vocabulary';
import { OUTCOME_KINDS, trialSchema } from '../../../src/schemas/trial';
import { localize } from '../../../src/schemas/translation';
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
});

describe('one outcome vocabulary', () => {
  it('defines every kind a trial record may use (src/schemas/trial.ts OUTCOME_KINDS)', () => {
    const missing = OUTCOME_KINDS.filter((k) => !(OUTCOME_KEYS as readonly string[]).includes(k));
    expect(
      missing,
      'add these kinds to src/charts/trial-outcomes/vocabulary.ts (words in each language, a shape, a tone)',
    ).toEqual([]);
  });

  it('gives each kind its own words in each language, so a key never names two things', () => {
    for (const lang of ['en', 'ja'] as const) {
      const words = OUTCOME_KEYS.map((k) => OUTCOMES[k].words[lang].key);
      expect(new Set(words).size, lang).toBe(words.length);
    }
  });

  it('says what was measured where a kind is not a plain better/same/worse', () => {
    expect(OUTCOMES['graft-in-place'].words.en.key).toMatch(/graft/i);
    expect(OUTCOMES['kept-or-improved'].words.en.key).toMatch(/not split/);
    expect(OUTCOMES['not-reported'].words.en.key).toMatch(/^Assessed/);
    expect(OUTCOMES['not-evaluated'].words.en.key).toMatch(/^Not assessed/);
  });

  it('colours a kind by what it means, never by the chapter (no area colour in the marks)', () => {
    expect(OUTCOMES.improved.tone).toBe(OUTCOMES['kept-or-improved'].tone);
    const { body } = render(TrialOutcomes, { props: { trials: [smallTrial], uid: 'c' } });
    expect(body).not.toMatch(/--area/);
    expect(body).toMatch(/class="tone-good/);
  });

  it('heads rows with the words of their kind: "4 of 10 kept or improved", "all 3: graft still in place"', () => {
    expect(
      headline(
        [
          { kind: 'kept-or-improved', count: 4 },
          { kind: 'not-reported', count: 1 },
          { kind: 'not-evaluated', count: 5 },
        ],
        10,
      ),
    ).toBe('4 of 10 kept or improved');
    expect(headline([{ kind: 'graft-in-place', count: 3 }], 3)).toBe('all 3: graft still in place');
    expect(headline([{ kind: 'graft-in-place', count: 3 }], 3, 'ja')).toBe('3人全員で移植片が残っている');
    expect(
      headline(
        [
          { kind: 'stable', count: 5 },
          { kind: 'not-reported', count: 3 },
        ],
        10,
      ),
    ).toBe('5 of 10 stayed the same');
  });
});

describe('trial outcomes tables', () => {
  it('summarises and tabulates the same numbers', () => {
    expect(outcomesSummary(smallTrial)).toBe('Fixture A: of 4 people, 3 better; 1 faded.');
    const table = outcomesTable([smallTrial]);
    expect(table.rows.map((r) => r[3])).toEqual([3, 1]);
  });
});

describe('trial outcomes server render', () => {
  it('renders a complete, labelled SVG without JavaScript', () => {
    const { body } = render(TrialOutcomes, { props: { trials: [smallTrial], uid: 'fx' } });
    expect(body).toContain('role="list"');
    expect((body.match(/role="listitem"/g) ?? []).length).toBe(4);
    expect(body).toContain('aria-label="Participant 1 of 4: Better"');
    expect(body).not.toMatch(/style="/);
  });

  it('matches the snapshot for a comparison of two trials', async () => {
    const { body } = render(TrialOutcomes, {
      props: { trials: [smallTrial, largeTrial], uid: 'cmp' },
    });
    await expect(svgSnapshot(body)).toMatchFileSnapshot('__snapshots__/trial-outcomes.en.svg');
  });
});

/** What a reader or a screen reader gets: text content and aria-labels, without tags or class names. */
const readable = (html: string) =>
  [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]).join(' ') + ' ' + html.replace(/<[^>]*>/g, ' ');

/** The fixtures with `ja:` blocks, as a translator would add them, localized as the wrapper does. */
const jaSmall = localize(
  trialSchema.parse({
    ...smallTrial,
    ja: { shortTitle: '試験A' },
    outcome: {
      measure: '1年後の視力',
      groups: [
        { label: 'Better', kind: 'improved', count: 3, ja: { label: '視力が改善' } },
        {
          label: 'Faded',
          kind: 'unchanged',
          count: 1,
          detail: 'Gain did not last',
          ja: { label: '改善が続かず', detail: '効果は一時的' },
        },
      ],
      ja: { measure: '1年後の視力' },
    },
  }),
  'ja',
);
const jaLarge = localize(
  trialSchema.parse({
    ...largeTrial,
    ja: { shortTitle: '試験B' },
    outcome: {
      measure: 'Movement score at 18 months',
      groups: [
        { label: 'Improved', kind: 'improved', count: 13, ja: { label: '運動症状が改善' } },
        { label: 'Not assessed', kind: 'not-evaluated', count: 1, ja: { label: '評価対象外' } },
      ],
      ja: { measure: '18か月後の運動症状スコア' },
    },
  }),
  'ja',
);

describe('trial outcomes in Japanese', () => {
  it('lays out marks, labels and the subtitle in Japanese', () => {
    const panel = layoutOutcomes(jaSmall, 'ja');
    expect(panel.marks).toHaveLength(4);
    expect(panel.title).toBe('試験A');
    expect(panel.subtitle).toBe('4人・他家iPS細胞');
    expect(panel.marks[0]!.label).toBe('参加者4人中1人目：視力が改善');
    expect(panel.marks[3]!.label).toBe('参加者4人中4人目：改善が続かず（効果は一時的）');
    // Geometry does not depend on the language.
    expect(panel.groups.map((g) => [g.width, g.height])).toEqual(
      layoutOutcomes(smallTrial).groups.map((g) => [g.width, g.height]),
    );
  });

  it('summarises, tabulates and notes in Japanese', () => {
    expect(outcomesSummary(jaSmall, 'ja')).toBe('試験A：参加者4人。視力が改善：3人、改善が続かず：1人。');
    const table = outcomesTable([jaSmall, jaLarge], 'ja');
    expect(table.columns).toEqual(['試験', '結果', '分類', '人数', '参加者数', '評価項目']);
    expect(table.rows[0]).toEqual(['試験A', '視力が改善', '改善', 3, 4, '1年後の視力']);
    expect(table.rows[1]![2]).toBe('はっきりした改善なし');
    expect(table.rows[3]).toEqual([
      '試験B',
      '評価対象外',
      '未評価（まだの人を含む）',
      1,
      14,
      '18か月後の運動症状スコア',
    ]);
    expect(outcomesNotes([jaSmall], 'ja')).toEqual([
      '試験A：1年後の視力。',
      'どの研究も小規模で対照群がないため、これらの人数からは、変化のうちどれだけが細胞によるものかはわかりません。',
    ]);
    expect(outcomesNotes([{ ...jaSmall, peerReviewed: false }], 'ja')[0]).toBe(
      '試験A：1年後の視力。査読付き論文としてはまだ発表されていません。',
    );
  });

  it('keeps English notes as they were', () => {
    expect(outcomesNotes([smallTrial, { ...largeTrial, peerReviewed: false }])).toEqual([
      'Fixture A: Vision at one year.',
      'Fixture B: Movement score at 18 months. Not yet in a peer-reviewed paper.',
      'Each study is small and has no control group, so these counts cannot show how much of any change the cells caused.',
    ]);
  });

  it('server-renders Japanese text with no English left in the labels', async () => {
    const { body } = render(TrialOutcomes, {
      props: { trials: [jaSmall, jaLarge], uid: 'ja', lang: 'ja' },
    });
    expect(body).toContain('aria-label="参加者4人中1人目：視力が改善"');
    expect(body).toContain('印1つが参加者1人です。');
    expect(body).toContain('（3人）');
    expect(body).toContain('aria-label="視力が改善：3人"');
    expect(readable(body)).not.toMatch(/Participant|people|person|One mark|cells|donor/);
    expect(body).not.toMatch(/style="/);
    await expect(svgSnapshot(body)).toMatchFileSnapshot('__snapshots__/trial-outcomes.ja.svg');
  });
});

describe('trial outcomes as rows (many studies, one mark language)', () => {
  const stableTrial = trialSchema.parse({
    ...smallTrial,
    id: 'fixture-stable',
    shortTitle: 'Fixture C',
    enrolled: 5,
    outcome: { measure: 'Graft at one year', groups: [{ label: 'Graft stable', kind: 'stable', count: 5 }] },
  });

  it('draws one row per study and one mark per person, sorted by kind, indexed across the chart', () => {
    const grid = layoutOutcomeRows([largeTrial, smallTrial, stableTrial], 'en', 'fixture-small');
    expect(grid.rows.map((r) => r.marks.length)).toEqual([14, 4, 5]);
    expect(grid.marks).toHaveLength(23);
    expect(grid.marks.map((m) => m.index)).toEqual([...Array(23).keys()]);
    expect(grid.rows.map((r) => r.highlighted)).toEqual([false, true, false]);
    // 14 marks wrap after 12, and every strip takes the widest width.
    expect(grid.rows[0]!.height).toBe(GEOMETRY.pad * 2 + 2 * GEOMETRY.step);
    expect(grid.stripWidth).toBe(GEOMETRY.pad * 2 + GEOMETRY.maxPerRow * GEOMETRY.step);
  });

  it('draws each row\u2019s point and the total, and one legend of the kinds drawn', () => {
    const grid = layoutOutcomeRows([largeTrial, smallTrial, stableTrial]);
    expect(grid.rows.map((r) => r.headline)).toEqual(['13 of 14 improved', '3 of 4 improved', 'all 5 stayed the same']);
    expect(grid.total).toBe('23 people in 3 studies');
    // Rows mix diseases, so each says what its study treated (named on the server).
    expect(grid.rows[1]!.people).toBe('4 people');
    expect(layoutOutcomeRows([outcomeTrial(smallTrial, 'Cornea')]).rows[0]!.people).toBe('Cornea · 4 people');
    expect(grid.legend.map((l) => l.kind)).toEqual(['improved', 'stable', 'unchanged', 'not-evaluated']);
    expect(grid.marks[0]!.label).toBe('Fixture B: Participant 1 of 14: Improved');
  });

  it('says when a study assessed people but gave no per-person result, apart from not assessing them', () => {
    expect(headline([{ kind: 'not-reported', count: 12 }], 12)).toBe('assessed, but no per-person results given');
    expect(headline([{ kind: 'not-evaluated', count: 12 }], 12)).toBe('not assessed yet');
    expect(headline([{ kind: 'stable', count: 1 }], 1)).toBe('stayed the same');
    expect(headline([{ kind: 'stable', count: 1 }], 1, 'ja')).toBe('変わらず');
    expect(headline([{ kind: 'not-reported', count: 12 }], 12, 'ja')).toBe(
      '評価されたが、一人ひとりの結果は公表されていない',
    );
    expect(headline([{ kind: 'not-evaluated', count: 12 }], 12, 'ja')).toBe('まだ評価なし');
    expect(
      headline(
        [
          { kind: 'improved', count: 4 },
          { kind: 'unchanged', count: 3 },
        ],
        7,
        'ja',
      ),
    ).toBe('7人のうち4人が改善');
  });

  it('refuses a highlight that is not one of its rows, naming the ids it has', () => {
    expect(() => layoutOutcomeRows([smallTrial], 'en', 'nope')).toThrow(/highlight="nope".*fixture-small/);
  });

  it('moves up and down between rows of different lengths at the nearest position', () => {
    const sizes = [1, 5, 3];
    expect(rowNextIndex(sizes, 0, 'ArrowDown')).toBe(1);
    expect(rowNextIndex(sizes, 5, 'ArrowDown')).toBe(8); // row 2, column 4 → row 3's last (column 2)
    expect(rowNextIndex(sizes, 7, 'ArrowUp')).toBe(2);
    expect(rowNextIndex(sizes, 3, 'ArrowUp')).toBe(0);
    expect(rowNextIndex(sizes, 0, 'ArrowUp')).toBe(0);
    expect(rowNextIndex(sizes, 8, 'ArrowDown')).toBe(8);
    expect(rowNextIndex(sizes, 4, 'ArrowRight')).toBe(5);
    expect(rowNextIndex(sizes, 4, 'End')).toBe(8);
    expect(rowNextIndex(sizes, 4, 'x')).toBeUndefined();
  });

  it('picks every study in Japan with per-person results, by area then start', () => {
    const abroad = trialSchema.parse({
      ...largeTrial,
      id: 'fixture-abroad',
      country: 'United States',
      scope: 'abroad',
    });
    const retina = trialSchema.parse({ ...stableTrial, id: 'fixture-retina', area: 'retina', start: '2020' });
    const noResult = { ...smallTrial, id: 'fixture-short', outcome: undefined };
    expect(trialsInSet([smallTrial, abroad, noResult, retina], 'japan').map((t) => t.id)).toEqual([
      'fixture-retina',
      'fixture-small',
    ]);
  });

  it('server-renders the rows with a legend, a highlighted row, headlines and the total', async () => {
    const { body } = render(TrialOutcomes, {
      props: { trials: [smallTrial, stableTrial], uid: 'rows', rows: true, highlight: 'fixture-small' },
    });
    expect((body.match(/role="button"/g) ?? []).length).toBe(9);
    expect(body).toContain('is-highlighted');
    expect(body).toContain('all 5 stayed the same');
    expect(body).toContain('9 people in 2 studies');
    expect(body).toMatch(/class="legend[^"]*" aria-label="What was reported for each person"/);
    expect(body).not.toMatch(/style="/);
    await expect(svgSnapshot(body)).toMatchFileSnapshot('__snapshots__/trial-outcomes-rows.en.svg');
  });
});
