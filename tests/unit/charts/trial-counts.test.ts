import { localizeCounts, withReadableDates } from '../../../src/charts/trial-counts/dates';
import { describe, expect, it } from 'vitest';
import { svgSnapshot } from '../support/svg-snapshot';
import { render } from 'svelte/server';
import TrialCounts from '../../../src/charts/trial-counts/TrialCounts.svelte';
import {
  displayLabel,
  formatValue,
  isLowerBound,
  layoutTrialCounts,
  trialCountSentence,
  trialCountsNotes,
  trialCountsSummary,
  trialCountsTable,
  valueWithUnit,
} from '../../../src/charts/trial-counts/layout';
import { strings } from '../../../src/charts/trial-counts/strings';
import { isStackable, layoutCountStack } from '../../../src/charts/trial-counts/stack';
import { trialCountSchema, type TrialCount } from '../../../src/schemas/trial-count';
import { cellTypes, countryShares, estimateTotal, fixtureCites, totalCount } from '../../fixtures/data/trial-counts';

// Dates as the chart's loader hands them to the layout: written for the reader.
const all = withReadableDates([totalCount, countryShares, cellTypes, estimateTotal], 'en');

describe('trial counts layout', () => {
  it('makes one panel per record, in the order given, with marks numbered across panels', () => {
    const { panels, marks } = layoutTrialCounts(all, fixtureCites);
    expect(panels.map((p) => p.id)).toEqual([
      'fixture-total',
      'fixture-country',
      'fixture-cell-type',
      'fixture-estimate',
    ]);
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
    expect(panel.marks.map((m) => m.label)).toEqual([
      'iPS cells',
      'Embryonic stem cells',
      'Nuclear-transfer (SCNT) stem cells',
    ]);
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
    const zero = trialCountSchema.parse({
      ...cellTypes,
      counts: [
        { label: 'None', value: 0 },
        { label: 'Also none', value: 0 },
      ],
    });
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
      'Nuclear-transfer (SCNT) stem cells: 1 study (estimate). As of December 2019. Source: Fixture et al. 2020; Reporter 2025.',
    );
    expect(marks[0]!.description).toBe(
      'Patients dosed: more than 1,200 patients. As of December 2024. Source: Fixture et al. 2020.',
    );
    expect(marks[1]!.description).toBe('China: 36.7%. As of December 2019. Source: Fixture et al. 2020.');
  });

  it('puts unit, as-of date and short citation in the subtitle, falling back to the reference id', () => {
    const { panels } = layoutTrialCounts(withReadableDates([cellTypes], 'en'), {
      'fixture-ref': 'Fixture et al. 2020',
    });
    expect(panels[0]!.subtitle).toBe('Number of studies · as of December 2019 · Fixture et al. 2020; fixture-news');
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
      'December 2019',
      'Fixture et al. 2020; Reporter 2025',
    ]);
  });

  it('names the largest group (not the first) and any estimates, one sentence per panel', () => {
    expect(trialCountSentence(withReadableDates([cellTypes], 'en')[0]!)).toBe(
      'Fixture studies by kind of starting cell (as of December 2019): Embryonic stem cells is the largest group, at 1,032 studies; Nuclear-transfer (SCNT) stem cells is an estimate.',
    );
    expect(trialCountSentence(withReadableDates([estimateTotal], 'en')[0]!)).toBe(
      'iPS-cell trials according to a news feature (as of April 2025): more than 60 trials, an estimate.',
    );
    expect(trialCountSentence(countryShares)).toContain('China is the largest group, at 36.7%.');
    const tie = trialCountSchema.parse({
      ...cellTypes,
      counts: [
        { label: 'A', value: 5 },
        { label: 'B', value: 5 },
      ],
    });
    expect(trialCountSentence(tie)).toContain('A and B are the joint largest groups, at 5 studies each.');
    expect(trialCountsSummary(all)).toBe(all.map((r) => trialCountSentence(r)).join(' '));
  });
});

describe('trial counts server render', () => {
  it('renders complete labelled panels without JavaScript, with one tab stop', () => {
    const { body } = render(TrialCounts, { props: { records: all, cites: fixtureCites, uid: 'fx' } });
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

  it('matches the snapshot for fixed fixture data', async () => {
    const { body } = render(TrialCounts, { props: { records: all, cites: fixtureCites, uid: 'snap' } });
    await expect(svgSnapshot(body)).toMatchFileSnapshot('__snapshots__/trial-counts.en.svg');
  });
});

/** The fixtures with the `ja:` blocks a data translator adds. The estimate drops "(more than)" from its label. */
const withJa = (r: TrialCount, ja: Record<string, string>, labels: string[]): TrialCount =>
  trialCountSchema.parse({ ...r, ja, counts: r.counts.map((c, i) => ({ ...c, ja: { label: labels[i] } })) });
const allJa = [
  withJa(totalCount, { scope: 'フィクスチャー細胞を投与された人', note: '出典では1,200人以上とされています。' }, [
    '投与された人',
  ]),
  withJa(countryShares, { scope: '国別のフィクスチャー試験の割合' }, ['中国', '日本', '韓国']),
  withJa(cellTypes, { scope: '出発細胞の種類別のフィクスチャー研究', note: '1つの数値は未確認です。' }, [
    'iPS細胞',
    'ES細胞（胚性幹細胞）',
    '核移植（SCNT）幹細胞',
  ]),
  withJa(estimateTotal, { scope: 'ニュース記事によるiPS細胞の治験数', note: '「60件を上回る」と報じられたもの。' }, [
    'iPS細胞の治験',
  ]),
];
const ja = withReadableDates(localizeCounts(allJa, 'ja'), 'ja');

describe('trial counts in Japanese', () => {
  it('keeps English records untouched when localizing for English', () => {
    const en = localizeCounts(all, 'en');
    expect(layoutTrialCounts(en, fixtureCites)).toEqual(layoutTrialCounts(all, fixtureCites));
    expect(trialCountsSummary(en)).toBe(trialCountsSummary(all));
  });

  it('decides "more than" on the English wording, even when the translation drops it', () => {
    expect(ja[3]!.counts[0]!.label).toBe('iPS細胞の治験');
    const { marks } = layoutTrialCounts(ja, fixtureCites, 'ja');
    expect(marks[7]!.valueText).toBe('60超');
    expect(marks[0]!.valueText).toBe('1200超');
    // Japanese wording alone is read too.
    expect(
      isLowerBound({ unit: 'patients', note: '1,200人以上が投与を受けた。' }, { label: '投与された人', value: 1200 }),
    ).toBe(true);
    expect(isLowerBound({ unit: 'trials' }, { label: 'iPS細胞の治験（以上）', value: 60 })).toBe(true);
    // A translated "(more than)" marker leaves the label: the value says it.
    expect(displayLabel('iPS細胞の試験（60件超）')).toBe('iPS細胞の試験');
    expect(displayLabel('日本（3分の1近く）')).toBe('日本（3分の1近く）');
    expect(isLowerBound({ unit: 'patients', note: '12,000人以上' }, { label: 'x', value: 12 })).toBe(false);
  });

  it('formats values with Japanese counters, 超 after the number and 13.3% for shares', () => {
    expect(valueWithUnit(1200, 'patients', true, 'ja')).toBe('1200人超');
    expect(valueWithUnit(32, 'studies', false, 'ja')).toBe('32件');
    expect(valueWithUnit(83, 'products', false, 'ja')).toBe('83種類');
    expect(valueWithUnit(13.3, 'percent', false, 'ja')).toBe('13.3%');
    expect(formatValue(1032, 'studies', 'ja')).toBe('1032');
  });

  it('lays out panels with Japanese titles, subtitles and descriptions', () => {
    const { panels, marks } = layoutTrialCounts(ja, fixtureCites, 'ja');
    expect(panels.map((p) => p.kind)).toEqual(['number', 'bars', 'bars', 'number']);
    expect(panels[0]!.title).toBe('投与を受けた人');
    expect(panels[0]!.subtitle).toBe('人数 · 2024年12月時点 · Fixture et al. 2020');
    expect(panels[1]!.subtitle).toBe('割合（%） · 2019年12月時点 · Fixture et al. 2020');
    expect(panels[1]!.marks.map((m) => [m.label, m.valueText, m.width])).toEqual([
      ['中国', '36.7%', 36.7],
      ['日本', '13.3%', 13.3],
      ['韓国', '10%', 10],
    ]);
    expect(marks[0]!.description).toBe('投与された人：1200人超。2024年12月時点。出典：Fixture et al. 2020。');
    expect(marks[6]!.description).toBe(
      '核移植（SCNT）幹細胞：1件（推定値）。2019年12月時点。出典：Fixture et al. 2020; Reporter 2025。',
    );
    // 「1200超」 is no wider than six Latin characters: its bar keeps the usual room.
    expect(panels[0]!.longValues).toBe(false);
    expect(panels[1]!.longValues).toBe(false);
    expect(layoutTrialCounts(all, fixtureCites).panels.map((p) => p.longValues)).toEqual([true, false, false, true]);
  });

  it('tabulates, summarises and notes in Japanese', () => {
    const table = trialCountsTable(ja, fixtureCites, 'ja');
    expect(table.columns).toEqual(['対象', '区分', '値', '単位', '推定値', '時点', '出典']);
    expect(table.rows.map((r) => r[2])).toEqual(['1200超', 36.7, 13.3, 10, 19, 1032, 1, '60超']);
    expect(table.rows[6]).toEqual([
      '出発細胞の種類別のフィクスチャー研究',
      '核移植（SCNT）幹細胞',
      1,
      '件',
      'はい',
      '2019年12月',
      'Fixture et al. 2020; Reporter 2025',
    ]);
    expect(trialCountsSummary(ja, 'ja')).toBe(
      '「フィクスチャー細胞を投与された人」（2024年12月時点）：1200人超。' +
        '「国別のフィクスチャー試験の割合」（2019年12月時点）：最も多いのは中国で、36.7%です。' +
        '「出発細胞の種類別のフィクスチャー研究」（2019年12月時点）：最も多いのはES細胞（胚性幹細胞）で、1032件です。核移植（SCNT）幹細胞は推定値です。' +
        '「ニュース記事によるiPS細胞の治験数」（2025年4月時点）：60件超（推定値）。',
    );
    const tie = localizeCounts(
      [
        withJa(
          trialCountSchema.parse({
            ...cellTypes,
            counts: [
              { label: 'A', value: 5 },
              { label: 'B', value: 5 },
            ],
          }),
          {},
          ['甲', '乙'],
        ),
      ],
      'ja',
    )[0]!;
    expect(trialCountSentence(tie, 'ja')).toContain('最も多いのは甲と乙で、いずれも5件です');
    const notes = trialCountsNotes(ja, 'ja');
    expect(notes[0]).toBe(strings.ja.notes.separate);
    expect(notes[1]).toContain('「推定値」');
    expect(notes).toContain('出発細胞の種類別のフィクスチャー研究（推定値）：1つの数値は未確認です。');
    expect(trialCountsNotes(all)[2]).toBe('People given fixture cells: The source says more than 1,200.');
  });

  it('server-renders in Japanese with no English left in the chart', async () => {
    const { body } = render(TrialCounts, {
      props: { records: ja, cites: fixtureCites, uid: 'ja', lang: 'ja' },
    });
    expect(body).not.toMatch(/style="/);
    expect((body.match(/>推定値</g) ?? []).length).toBe(2);
    expect(body).toContain('1200超');
    expect(body).toContain('aria-label="中国：36.7%。2019年12月時点。出典：Fixture et al. 2020。"');
    // What a reader sees or hears: text and aria-labels (class names such as "estimate" are not words on the page).
    const words = [body.replace(/<[^>]*>/g, ' '), ...[...body.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1])].join(
      ' ',
    );
    for (const word of [
      'estimate',
      'more than',
      'As of',
      'as of',
      'Source',
      'Number of',
      'studies',
      'trials',
      'people',
    ]) {
      expect(words, word).not.toContain(word);
    }
    await expect(svgSnapshot(body)).toMatchFileSnapshot('__snapshots__/trial-counts.ja.svg');
  });
});

describe('trial counts panel titles', () => {
  const BYS = ['country', 'area', 'cell-type', 'total'] as const;
  const UNITS = ['trials', 'studies', 'patients', 'products', 'percent'] as const;
  it('are short (8 words or fewer), whatever a panel counts', () => {
    for (const by of BYS)
      for (const unit of UNITS)
        for (const estimate of [false, true]) {
          const title = strings.en.panelTitle(by, unit, estimate);
          expect(title.split(/\s+/).length, `"${title}"`).toBeLessThanOrEqual(8);
          expect(strings.ja.panelTitle(by, unit, estimate).length).toBeLessThanOrEqual(20);
        }
  });
  it('say when a count is only a news estimate', () => {
    expect(strings.en.panelTitle('total', 'trials', true)).toBe('Trials (news estimate)');
    expect(strings.ja.panelTitle('total', 'trials', true)).toBe('試験の数（報道による推計）');
  });
});

describe('trial count records: dates and titles', () => {
  it('takes asOf as a date as precise as the source, and writes it in the reader’s language', () => {
    const [panel] = layoutTrialCounts(
      withReadableDates([{ ...totalCount, asOf: '2024-12' }], 'en'),
      fixtureCites,
    ).panels;
    expect(panel!.subtitle).toContain('as of December 2024');
    const [jaPanel] = layoutTrialCounts(
      withReadableDates([{ ...totalCount, asOf: '2019' }], 'ja'),
      fixtureCites,
      'ja',
    ).panels;
    expect(jaPanel!.subtitle).toContain('2019年時点');
  });

  it('refuses an as-of date written as words, saying how to write it', () => {
    const result = trialCountSchema.safeParse({ ...totalCount, asOf: 'December 2024' });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(/asOf must be written YYYY, YYYY-MM or YYYY-MM-DD/);
  });

  it('uses the record’s short title for its panel, and refuses one longer than 8 words', () => {
    const titled = trialCountSchema.parse({ ...totalCount, title: 'People given the cells' });
    expect(layoutTrialCounts([titled], fixtureCites).panels[0]!.title).toBe('People given the cells');
    const long = trialCountSchema.safeParse({ ...totalCount, title: 'one two three four five six seven eight nine' });
    expect(JSON.stringify(long.error?.issues)).toMatch(/more than 8 words/);
  });
});

describe('counts on one scale, split by starting cell (stack.ts)', () => {
  const byCell = trialCountSchema.parse({
    id: 'fixture-by-cell',
    scope: 'Fixture studies by starting cell',
    title: 'Clinical studies, by starting cell',
    by: 'cell-type',
    asOf: '2019-12',
    unit: 'studies',
    counts: [
      { label: 'Embryonic stem cells', value: 32, cells: 'es' },
      { label: 'iPS cells', value: 19, cells: 'ips' },
      { label: 'Other', value: 3, cells: 'other' },
    ],
    refs: ['fixture-ref'],
  });
  const together = trialCountSchema.parse({
    id: 'fixture-together',
    scope: 'Fixture trials, ES and iPS together',
    by: 'total',
    asOf: '2024-12',
    unit: 'trials',
    counts: [{ label: 'Trials', value: 116, cells: 'es-and-ips' }],
    refs: ['fixture-ref'],
  });
  const news = trialCountSchema.parse({
    id: 'fixture-news-ips',
    scope: 'Fixture iPS-cell trials (news)',
    by: 'total',
    asOf: '2025-04',
    unit: 'trials',
    counts: [{ label: 'iPS-cell trials', value: 60, estimate: true, lowerBound: true, cells: 'ips' }],
    refs: ['fixture-news'],
  });
  const records = withReadableDates([byCell, together, news], 'en');

  it('is used only when every count says which cells it counts', () => {
    expect(isStackable(records)).toBe(true);
    expect(isStackable([...records, totalCount])).toBe(false);
    expect(isStackable([])).toBe(false);
  });

  it('puts every bar on one scale from zero, iPS first, so the counts can be seen side by side', () => {
    const stack = layoutCountStack(records, fixtureCites);
    // 116 is the longest bar; the scale is rounded up to 120.
    expect(stack.ticks.at(-1)!.value).toBe(120);
    expect(stack.rows.map((r) => r.end)).toEqual([45, 96.67, 50]);
    const first = stack.rows[0]!.segments;
    expect(first.map((s) => s.cells)).toEqual(['ips', 'es', 'other']);
    expect(first[0]!.x).toBe(0);
    expect(first[1]!.x).toBeCloseTo(first[0]!.width, 5);
    // The iPS part of 2019 and the iPS-only bar of 2025 are drawn to the same scale.
    expect(stack.rows[2]!.segments[0]!.width / first[0]!.width).toBeCloseTo(60 / 19, 1);
    expect(stack.segments.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('writes each bar’s whole figure with its unit, a floor as "more than", and says why units differ', () => {
    const stack = layoutCountStack(records, fixtureCites);
    expect(stack.rows.map((r) => r.total)).toEqual([
      '54 studies · 19 iPS',
      '116 trials',
      'more than 60 iPS-cell trials',
    ]);
    expect(stack.rows.map((r) => r.lowerBound)).toEqual([false, false, true]);
    expect(stack.rows[0]!.when).toBe('December 2019');
    expect(stack.unitNote).toMatch(/clinical studies.*trials/);
    expect(layoutCountStack([together, news], fixtureCites).unitNote).toBeUndefined();
    // Numbers inside parts wide enough to hold them only.
    expect(stack.rows[0]!.segments.map((s) => s.inside)).toEqual(['19', '32', '']);
  });

  it('keys the starting cells drawn, the news outline and the open end', () => {
    const stack = layoutCountStack(records, fixtureCites);
    expect(stack.legend.map((l) => l.label)).toEqual([
      'iPS cells',
      'ES and iPS cells, not counted apart',
      'Embryonic stem (ES) cells',
      'Other stem cells',
    ]);
    expect(stack.hasEstimate).toBe(true);
    const jaStack = layoutCountStack(withReadableDates([byCell, together, news], 'ja'), fixtureCites, 'ja');
    expect(jaStack.rows.map((r) => r.total)).toEqual(['54件（うちiPS細胞19件）', '116件', 'iPS細胞の試験60件超']);
    expect(jaStack.rows[0]!.when).toBe('2019年12月時点');
  });

  it('server-renders the bars with SVG attributes only, one button per part', async () => {
    const { body } = render(TrialCounts, { props: { records, cites: fixtureCites, uid: 'st' } });
    expect(body).not.toMatch(/style="/);
    expect((body.match(/role="button"/g) ?? []).length).toBe(5);
    expect(body).toContain('url(#st-both)');
    expect(body).toContain('more than 60 iPS-cell trials');
    await expect(svgSnapshot(body)).toMatchFileSnapshot('__snapshots__/trial-counts-stack.en.svg');
  });

  it('notes that one scale is still not one series', () => {
    expect(trialCountsNotes(records, 'en', true)[0]).toMatch(/share one scale.*must not be added/);
    expect(trialCountsNotes(records, 'en', true)[1]).toMatch(/dashed outline/);
  });
});
