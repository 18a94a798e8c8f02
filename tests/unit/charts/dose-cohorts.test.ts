import { describe, expect, it } from 'vitest';
import { svgSnapshot } from '../support/svg-snapshot';
import { render } from 'svelte/server';
import DoseCohorts from '../../../src/charts/dose-cohorts/DoseCohorts.svelte';
import { doseNotes, doseSummary, doseTable, layoutDoseCohorts } from '../../../src/charts/dose-cohorts/layout';
import { trialSchema } from '../../../src/schemas/trial';
import { localize } from '../../../src/schemas/translation';
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

  it('renders a labelled list with one mark per person and no style attributes', async () => {
    const { body } = render(DoseCohorts, { props: { layout: layoutDoseCohorts(largeTrial) } });
    expect((body.match(/class="person/g) ?? []).length).toBe(14);
    expect(body).not.toMatch(/style="/);
    await expect(svgSnapshot(body)).toMatchFileSnapshot('__snapshots__/dose-cohorts.en.svg');
  });
});

/** What a reader or a screen reader gets: text content and aria-labels, without tags or class names. */
const readable = (html: string) =>
  [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]).join(' ') + ' ' + html.replace(/<[^>]*>/g, ' ');

/** The fixture with `ja:` blocks, as a translator would add them, localized as the wrapper does. */
const jaLarge = localize(
  trialSchema.parse({
    ...largeTrial,
    ja: { shortTitle: '試験B' },
    dose: {
      ...largeTrial.dose,
      note: 'Counted per putamen.',
      ja: { note: '被殻1か所ごとに数えた値。' },
      cohorts: [
        { label: 'Low dose', participants: 5, min: 900000, ja: { label: '低用量' } },
        { label: 'High dose', participants: 9, min: 2700000, ja: { label: '高用量' } },
      ],
    },
  }),
  'ja',
);

describe('dose cohorts in Japanese', () => {
  it('lays out, summarises, tabulates and notes in Japanese, with the same geometry', () => {
    const layout = layoutDoseCohorts(jaLarge, 'ja');
    expect(layout.per).toBe('被殻1か所あたり');
    expect(layout.bars.map((b) => b.valueText)).toEqual(['被殻1か所あたり90万個', '被殻1か所あたり270万個']);
    expect(layout.ticks.map((t) => t.label)).toEqual(['0', '100万', '200万', '300万']);
    expect(layout.bars.map((b) => [b.x1, b.x2])).toEqual(layoutDoseCohorts(largeTrial).bars.map((b) => [b.x1, b.x2]));
    expect(doseSummary(jaLarge, layout, 'ja')).toBe(
      '試験B：低用量の5人に被殻1か所あたり90万個、高用量の9人に被殻1か所あたり270万個の細胞を投与。',
    );
    const table = doseTable(jaLarge, layout, 'ja');
    expect(table.columns).toEqual(['グループ', '人数', '細胞数（最少）', '細胞数（最多）', '数え方']);
    expect(table.rows[0]).toEqual(['試験B：低用量', 5, 900000, 900000, '被殻1か所あたり']);
    expect(doseNotes(jaLarge, 'ja')).toEqual([
      '被殻1か所ごとに数えた値。',
      '棒の上の丸1つが、そのグループの1人を表します。',
    ]);
  });

  it('keeps English notes as they were', () => {
    expect(doseNotes(largeTrial)).toEqual(['Each circle on a bar is one person in that group.']);
  });

  it('server-renders Japanese text with no English left in the labels', async () => {
    const { body } = render(DoseCohorts, { props: { layout: layoutDoseCohorts(jaLarge, 'ja'), lang: 'ja' } });
    expect(body).toContain('aria-label="用量グループ別の投与細胞数（被殻1か所あたり）"');
    expect(body).toContain('<strong>低用量</strong> · 5人');
    expect(body).toContain('被殻1か所あたり270万個');
    expect(readable(body)).not.toMatch(/people|person|cells|per putamen|million|dose group/);
    expect((body.match(/class="person/g) ?? []).length).toBe(14);
    expect(body).not.toMatch(/style="/);
    await expect(svgSnapshot(body)).toMatchFileSnapshot('__snapshots__/dose-cohorts.ja.svg');
  });
});
