/**
 * Every word the cell-scale chart writes itself, per language. Trial names and familiar numbers'
 * labels and notes come from the data, already localized by the MDX wrapper.
 */
import type { Lang } from '../../schemas/translation.ts';
import type { Trial } from '../../schemas/trial.ts';
import { formatCells } from '../../lib/format.ts';
import type { GalleryStrings } from '../define.ts';

type Per = NonNullable<Trial['dose']>['per'];

export interface CellScaleStrings {
  per: Record<Per, string>;
  /** A trial's row: "Keio dose". */
  doseLabel: (title: string) => string;
  doseValue: (min: number, max: number, unit: string) => string;
  referenceValue: (cells: number) => string;
  /** Tick names by power of ten; others are drawn as 10ⁿ. */
  ticks: Record<number, string>;
  /** "X: about 15 million times as many cells as y (… against …)." Bigger row first. */
  compare: (
    big: { label: string; valueText: string },
    small: { label: string; valueText: string; kind?: string },
    ratio: number,
  ) => string;
  /** The arrow's label on the chart: "about 15 million × the Keio dose". */
  times: (ratio: number, small: { label: string; kind?: string }) => string;
  pick: string;
  /** The list's accessible name. */
  list: string;
  row: (label: string, value: string) => string;
  hint: string;
  hintInteractive: string;
  columns: string[];
  kind: { dose: string; reference: string };
  inTotal: string;
  summary: (first: { label: string; valueText: string }, last: { label: string; valueText: string }) => string;
  empty: string;
  /** A record's note in the frame's notes. */
  note: (label: string, note: string) => string;
  gallery: GalleryStrings;
}

/** Lower-case a familiar label mid-sentence ("red blood cells"), but keep names ("Keio") as they are. */
const lower = (row: { label: string; kind?: string }) =>
  row.kind === 'dose' ? row.label : `${row.label.charAt(0).toLowerCase()}${row.label.slice(1)}`;

const en: CellScaleStrings = {
  per: {
    participant: 'per person',
    eye: 'per eye',
    hemisphere: 'per side of the brain',
    putamen: 'per putamen',
    patch: 'per patch',
  },
  doseLabel: (title) => `${title} dose`,
  doseValue: (min, max, unit) =>
    `${max !== min ? `${formatCells(min)} to ${formatCells(max)}` : formatCells(min)} cells ${unit}`,
  referenceValue: (cells) => `about ${formatCells(cells)} cells`,
  ticks: {
    3: '1,000',
    4: '10,000',
    5: '100,000',
    6: '1 million',
    7: '10 million',
    8: '100 million',
    9: '1 billion',
    10: '10 billion',
    11: '100 billion',
    12: '1 trillion',
    13: '10 trillion',
    14: '100 trillion',
  },
  compare: (big, small, ratio) => {
    const times = ratio < 1.5 ? 'about as many' : `about ${formatCells(Math.round(ratio))} times as many`;
    return `${big.label}: ${times} cells as ${lower(small)} (${big.valueText} against ${small.valueText}).`;
  },
  times: (ratio, small) =>
    `${ratio < 1.5 ? 'about as many as' : `about ${formatCells(Math.round(ratio))} times`} ${small.kind === 'dose' ? 'the ' : ''}${lower(small)}`,
  pick: 'Pick two rows to compare them.',
  list: 'Cell numbers on a scale where each step is ten times the last',
  row: (label, value) => `${label}: ${value}`,
  hint: 'Log scale: each gridline is a thousand times the one before.',
  hintInteractive: 'Select any two rows (click, or arrow keys and Enter) to compare them.',
  columns: ['Item', 'Kind', 'Cells (lowest)', 'Cells (highest)', 'Counted'],
  kind: { dose: 'Trial dose', reference: 'Familiar number' },
  inTotal: 'in total',
  summary: (first, last) =>
    `On a scale where each step is ten times the last, the numbers run from ${first.label.toLowerCase()} (${first.valueText}) to ${last.label.toLowerCase()} (${last.valueText}).`,
  empty: 'No doses to show.',
  note: (label, note) => `${label}: ${note}`,
  gallery: {
    heading: 'Cell counts and scale',
    intro: 'Doses beside familiar numbers, on a scale where each step is ten times the last.',
    examples: [
      {
        title: 'How big is a dose of cells?',
        takeaway:
          'A whole dose in these trials is 2 million to about 10 million cells, far fewer than the red blood cells in a single drop of blood.',
      },
    ],
  },
};

const ja: CellScaleStrings = {
  per: {
    participant: '1人あたり',
    eye: '片目あたり',
    hemisphere: '脳の片側あたり',
    putamen: '被殻1か所あたり',
    patch: 'シート1枚あたり',
  },
  doseLabel: (title) => `${title}の投与量`,
  doseValue: (min, max, unit) =>
    `${unit}${max !== min ? `${formatCells(min, 'ja')}〜${formatCells(max, 'ja')}` : formatCells(min, 'ja')}個`,
  referenceValue: (cells) => `約${formatCells(cells, 'ja')}個`,
  ticks: {
    3: '1000',
    4: '1万',
    5: '10万',
    6: '100万',
    7: '1000万',
    8: '1億',
    9: '10億',
    10: '100億',
    11: '1000億',
    12: '1兆',
    13: '10兆',
    14: '100兆',
  },
  compare: (big, small, ratio) =>
    ratio < 1.5
      ? `${big.label}（${big.valueText}）と${small.label}（${small.valueText}）は、ほぼ同じ数です。`
      : `${big.label}（${big.valueText}）は、${small.label}（${small.valueText}）の約${formatCells(Math.round(ratio), 'ja')}倍です。`,
  times: (ratio, small) =>
    ratio < 1.5 ? `${small.label}とほぼ同じ` : `${small.label}の約${formatCells(Math.round(ratio), 'ja')}倍`,
  pick: '比べる行を2つ選んでください。',
  // 「目盛り1つごとに10倍」beside 「縦線1本ごとに1000倍」read as two scales (j4): one way of saying it.
  list: '対数目盛り（縦線1本ごとに1000倍）で表した細胞の数',
  row: (label, value) => `${label}：${value}`,
  hint: '対数目盛り：縦線1本ごとに1000倍になります。',
  hintInteractive: '行を2つ選ぶと（クリック、または矢印キーとEnterキー）、数を比べられます。',
  columns: ['項目', '種類', '細胞数（最少）', '細胞数（最多）', '数え方'],
  kind: { dose: '試験の投与量', reference: '身近な数' },
  inTotal: '全体',
  summary: (first, last) =>
    `対数目盛りで、数は${first.label}（${first.valueText}）から${last.label}（${last.valueText}）までにわたります。`,
  empty: '表示する投与量がありません。',
  note: (label, note) => `${label}：${note}`,
  gallery: {
    heading: '細胞の数の大きさ',
    intro: '投与した細胞の数を、身近な数と並べました。横軸は対数目盛りで、縦線1本ごとに1000倍になります。',
    examples: [
      {
        title: '細胞1回分の量はどのくらい？',
        takeaway:
          'これらの臨床試験で使う1回分の細胞は200万〜約1000万個。血液1滴に含まれる赤血球よりも、ずっと少ない数です。',
      },
    ],
  },
};

export const strings: Record<Lang, CellScaleStrings> = { en, ja };
