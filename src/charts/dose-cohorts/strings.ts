/**
 * Every word the dose-cohorts chart writes itself, per language. Cohort labels and notes come
 * from the data, already localized by the MDX wrapper.
 */
import type { Lang } from '../../schemas/translation.ts';
import type { Trial } from '../../schemas/trial.ts';
import { formatCells } from '../../lib/format.ts';
import type { GalleryStrings } from '../define.ts';

type Per = NonNullable<Trial['dose']>['per'];

export interface DoseStrings {
  /** "per person", "per putamen"... */
  per: (per: Per) => string;
  /** "900,000 to 2.7 million cells per putamen". */
  value: (min: number, max: number, per: string) => string;
  tick: (v: number) => string;
  people: (n: number) => string;
  /** The list's accessible name. */
  list: (per: string) => string;
  columns: string[];
  group: (title: string, label: string) => string;
  summary: (title: string, parts: { label: string; participants: number; valueText: string }[]) => string;
  /** What the marks on a bar mean, for the frame's notes. */
  marksNote: string;
  gallery: GalleryStrings;
}

const en: DoseStrings = {
  per: (per) => (per === 'participant' ? 'per person' : `per ${per}`),
  value: (min, max, per) =>
    `${max !== min ? `${formatCells(min)} to ${formatCells(max)}` : formatCells(min)} cells ${per}`,
  tick: (v) => (v === 0 ? '0' : formatCells(v)),
  people: (n) => `${n} ${n === 1 ? 'person' : 'people'}`,
  list: (per) => `Cells given ${per}, by dose group`,
  columns: ['Group', 'People', 'Cells (lowest)', 'Cells (highest)', 'Counted'],
  group: (title, label) => `${title}: ${label}`,
  summary: (title, parts) =>
    `${title}: ${parts.map((p) => `${en.people(p.participants)} received ${p.valueText} (${p.label.toLowerCase()})`).join('; ')}.`,
  marksNote: 'Each circle on a bar is one person in that group.',
  gallery: {
    heading: 'Doses by group',
    intro: 'Where a trial gave different groups different doses.',
    examples: [
      {
        title: 'Two dose groups in the Kyoto trial',
        takeaway: 'Three people got about half the cells that the next four received.',
      },
    ],
  },
};

const JA_PER: Record<Per, string> = {
  participant: '1人あたり',
  eye: '片目あたり',
  hemisphere: '脳の片側あたり',
  putamen: '被殻1か所あたり',
  patch: 'シート1枚あたり',
};

const ja: DoseStrings = {
  per: (per) => JA_PER[per],
  value: (min, max, per) =>
    `${per}${max !== min ? `${formatCells(min, 'ja')}〜${formatCells(max, 'ja')}` : formatCells(min, 'ja')}個`,
  tick: (v) => (v === 0 ? '0' : formatCells(v, 'ja')),
  people: (n) => `${n}人`,
  list: (per) => `用量グループ別の投与細胞数（${per}）`,
  columns: ['グループ', '人数', '細胞数（最少）', '細胞数（最多）', '数え方'],
  group: (title, label) => `${title}：${label}`,
  summary: (title, parts) =>
    `${title}：${parts.map((p) => `${p.label}の${p.participants}人に${p.valueText}`).join('、')}の細胞を投与。`,
  marksNote: '棒の上の丸1つが、そのグループの1人を表します。',
  gallery: {
    heading: '投与群ごとの量',
    intro: '群によって投与量を変えた試験の例です。',
    examples: [
      {
        title: '京都の治験の2つの投与群',
        takeaway: '最初の3人は、続く4人のおよそ半分の細胞を受けました。',
      },
    ],
  },
};

export const strings: Record<Lang, DoseStrings> = { en, ja };
