/**
 * Every word the trial-outcomes chart writes itself, per language. Record text (trial names,
 * outcome labels, measures) comes from the data, already localized by the MDX wrapper.
 */
import type { Lang } from '../../schemas/translation.ts';
import type { Trial } from '../../schemas/trial.ts';
import type { GalleryStrings } from '../define.ts';
import { OUTCOME_KEYS, OUTCOMES, outcomeHeadline, type OutcomeKind as Kind } from './vocabulary.ts';

/** The key's words for each outcome kind, from the one vocabulary (vocabulary.ts). */
const kindWords = (lang: Lang) =>
  Object.fromEntries(OUTCOME_KEYS.map((k) => [k, OUTCOMES[k].words[lang].key])) as Record<Kind, string>;

export interface OutcomeStrings {
  kind: Record<Kind, string>;
  /** Screen-reader and tooltip text for one person. */
  participant: (n: number, total: number, label: string, detail?: string) => string;
  people: (n: number) => string;
  /** What the cells were made from and whose they were: "iPS cells · donor cells", 「他家iPS細胞」. */
  origin: (source: string, donor: Trial['donor']) => string;
  /** Joins the parts of a panel's subtitle. */
  sep: string;
  /** The panel's line under the title. */
  sub: (subtitle: string) => string;
  /** "(3)" after a group label. */
  count: (n: number) => string;
  /** A group's accessible name. */
  group: (label: string, n: number) => string;
  columns: string[];
  summary: (title: string, enrolled: number, parts: { label: string; count: number }[]) => string;
  note: (title: string, measure: string, peerReviewed: boolean) => string;
  caveat: string;
  /** Joins the summaries of compared trials. */
  joinSummaries: (summaries: string[]) => string;
  /** A row's or panel's point: n of total people in one kind ("4 of 7 improved"). */
  headline: (n: number, total: number, kind: Kind) => string;
  /** Between a study's name and a person's description in a merged chart's tooltip. */
  titleSep: string;
  /** The merged chart's count: "52 people in 9 studies". */
  total: (people: number, studies: number) => string;
  /** The same count as a sentence, for the text summary. */
  totalSentence: (people: number, studies: number) => string;
  /** The legend's accessible name. */
  legend: string;
  /** Marks the highlighted row for a screen reader ("this chapter's study"). */
  highlighted: string;
  gallery: GalleryStrings;
}

const en: OutcomeStrings = {
  kind: kindWords('en'),
  participant: (n, total, label, detail) => `Participant ${n} of ${total}: ${label}${detail ? `. ${detail}` : ''}`,
  people: (n) => `${n} ${n === 1 ? 'person' : 'people'}`,
  origin: (source, donor) => `${source} cells · ${donor === 'autologous' ? 'own cells' : 'donor cells'}`,
  sep: ' · ',
  sub: (subtitle) => `${subtitle}. One mark per participant.`,
  count: (n) => `(${n})`,
  group: (label, n) => `${label}: ${n}`,
  columns: ['Trial', 'Outcome', 'Kind', 'Participants', 'Of enrolled', 'Measure'],
  summary: (title, enrolled, parts) =>
    `${title}: of ${en.people(enrolled)}, ${parts.map((p) => `${p.count} ${p.label.toLowerCase()}`).join('; ')}.`,
  note: (title, measure, peerReviewed) =>
    `${title}: ${measure}.${peerReviewed ? '' : ' Not yet in a peer-reviewed paper.'}`,
  caveat:
    'Each study is small and has no control group, so these counts cannot show how much of any change the cells caused.',
  joinSummaries: (summaries) => summaries.join(' '),
  headline: (n, total, kind) => outcomeHeadline(n, total, kind, 'en'),
  titleSep: ': ',
  total: (people, studies) => `${people} people in ${studies} ${studies === 1 ? 'study' : 'studies'}`,
  totalSentence: (people, studies) => `${en.total(people, studies)}, one mark per person.`,
  legend: 'What was reported for each person',
  highlighted: "this chapter's study",
  gallery: {
    heading: 'Trial outcomes',
    intro:
      'One mark per person in a study: one study as a panel grouped by outcome, or many studies as rows on one shared mark language, with the row a chapter is about highlighted.',
    examples: [
      {
        title: "What was reported for each person in Japan's iPS-cell studies",
        takeaway:
          'Three of the four cornea patients kept a gain in vision. Every study here is small and measured something different, so the rows cannot be added up or ranked.',
      },
      {
        title: "Who improved in the two Parkinson's trials",
        takeaway:
          'Kyoto reported how many people improved; the embryonic-stem-cell trial reported only averages for each dose group, so its participants cannot be sorted the same way.',
      },
    ],
  },
};

/** Ends a Japanese sentence with 。 unless it already has closing punctuation. */
const period = (s: string) => (/[。．.！？!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}。`);

const ja: OutcomeStrings = {
  kind: kindWords('ja'),
  participant: (n, total, label, detail) => `参加者${total}人中${n}人目：${label}${detail ? `（${detail}）` : ''}`,
  people: (n) => `${n}人`,
  // ja-style §2: 自家・他家, as the row names say (神戸2017（他家）).
  origin: (source, donor) => `${donor === 'autologous' ? '自家' : '他家'}${source}細胞`,
  sep: '・',
  sub: (subtitle) => `${subtitle}。印1つが参加者1人です。`,
  count: (n) => `（${n}人）`,
  group: (label, n) => `${label}：${n}人`,
  columns: ['試験', '結果', '分類', '人数', '参加者数', '評価項目'],
  // The count after a colon: 「…改善4人」glued to the clause could not be read (j4).
  summary: (title, enrolled, parts) =>
    `${title}：参加者${enrolled}人。${parts.map((p) => `${p.label}：${p.count}人`).join('、')}。`,
  note: (title, measure, peerReviewed) =>
    `${title}：${period(measure)}${peerReviewed ? '' : '査読付き論文としてはまだ発表されていません。'}`,
  caveat:
    'どの研究も小規模で対照群がないため、これらの人数からは、変化のうちどれだけが細胞によるものかはわかりません。',
  joinSummaries: (summaries) => summaries.join(''),
  headline: (n, total, kind) => outcomeHeadline(n, total, kind, 'ja'),
  titleSep: '：',
  total: (people, studies) => `${studies}件の研究で計${people}人`,
  totalSentence: (people, studies) => `${ja.total(people, studies)}（印1つが1人）。`,
  legend: '一人ひとりについて報告された結果',
  highlighted: 'この章の研究',
  gallery: {
    heading: '臨床研究の結果',
    intro:
      '参加者1人を1つの印で表します。1つの研究は結果ごとにまとめ、複数の研究は同じ印の決まりで1行ずつ並べて、章で扱う研究の行を強調します。',
    examples: [
      {
        title: '国内のiPS細胞の研究で、一人ひとりについて報告された結果',
        takeaway:
          '角膜の研究では、4人のうち3人で視力の改善が続きました。どの研究も小規模で、調べたこともそれぞれ違うため、行どうしを足し合わせたり順位をつけたりはできません。',
      },
      {
        title: '2つのパーキンソン病の試験で、改善したのは誰か',
        takeaway:
          '京都は改善した人数を報告しましたが、ES細胞の試験は用量グループごとの平均値しか報告していないため、参加者を同じように分けることはできません。',
      },
    ],
  },
};

export const strings: Record<Lang, OutcomeStrings> = { en, ja };
