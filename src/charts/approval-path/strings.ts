/**
 * Every word the path-to-approval chart writes, per language. Dates come in already formatted
 * (formatPartialDate with the same language); product names, notes and conditions come from the
 * localized records. English strings are the chart's original wording, byte for byte.
 */
import type { Lang } from '../../schemas/translation.ts';
import type { STAGES } from '../../schemas/product.ts';
import type { GalleryStrings } from '../define.ts';

export type Stage = (typeof STAGES)[number];
/** Stages from the data, plus the computed end of a conditional period. */
export type MarkKind = Stage | 'period-end';

export interface ApprovalStrings {
  stage: Record<MarkKind, string>;
  /** Label line and list note where a conditional period has no known length. */
  noPeriod: string;
  /** Tooltip addition for the same. */
  noPeriodSentence: string;
  /** "on 6 March 2026" / "2026年3月6日に": `date` is formatted, `day` says it is a full date. */
  when: (date: string, day: boolean) => string;
  /** Tooltip of a stage mark. */
  markLabel: (name: string, stage: string, date: string, note?: string, extra?: string) => string;
  /** "~2033" / "2033年ごろ". */
  approxYear: (year: number) => string;
  periodEndLabel: (name: string, approx: string, years: number, when: string) => string;
  periodEndExtra: (years: number) => string;
  /** Beside the name of a product off the road. */
  ended: Record<'withdrawn' | 'rejected', (year: number) => string>;
  /** The takeaway on the axis: who must show that their product works, by when. */
  deadline: (names: string[], year: number) => string;
  /** The dashed line's label. */
  asOfLabel: (date: string) => string;
  /** The key to the conditional period's two bands: the years used (hatched), the years left (dashed box). */
  bandKey: { used: string; left: string };
  /** Between a row's company and kind of product, and around its generic name (Japanese punctuation on /ja/). */
  metaSep: string;
  paren: (text: string) => string;
  status: {
    none: (name: string, asOf: string) => string;
    'clinical-research': (name: string, date: string) => string;
    trial: (name: string, date: string) => string;
    filing: (name: string, when: string) => string;
    conditional: (name: string, when: string) => string;
    noPeriod: (start: string) => string;
    endsAround: (start: string, year: number) => string;
    wasDue: (start: string, year: number) => string;
    'full-approval': (name: string, when: string) => string;
    withdrawn: (name: string, when: string, afterApproval?: string) => string;
    rejected: (name: string, when: string, afterApproval?: string) => string;
  };
  summary: (asOf: string, statuses: string[]) => string;
  table: {
    columns: string[];
    computed: (stage: string) => string;
    noPeriodNote: string;
    /** Joins the stage's own note and the no-period note. */
    joinNotes: (notes: string[]) => string;
    periodNote: (years: number, when: string) => string;
    notReached: (stage: Stage, when: string) => string;
  };
  notes: {
    condition: (name: string, condition: string) => string;
    notFull: string;
    computedEnd: (asOf: string) => string;
    yearOnly: string;
  };
  /** Screen-reader texts of the rendered chart. */
  aria: {
    chart: (count: number, from: number, to: number) => string;
    description: (asOfDate: string) => string;
    stagesOf: (name: string) => string;
  };
  gallery: GalleryStrings;
}

const en: ApprovalStrings = {
  stage: {
    'clinical-research': 'Clinical research',
    trial: 'Clinical trial',
    filing: 'Application filed',
    'conditional-approval': 'Conditional approval',
    'full-approval': 'Full approval',
    withdrawn: 'Withdrawn',
    rejected: 'Refused full approval',
    'period-end': 'Conditional period ends',
  },
  noPeriod: 'Period not published',
  noPeriodSentence: 'The length of the conditional period has not been published.',
  when: (date, day) => `${day ? 'on' : 'in'} ${date}`,
  markLabel: (name, stage, date, note, extra) =>
    `${name}, ${stage}: ${date}.${note ? ` ${note}` : ''}${extra ? ` ${extra}` : ''}`,
  approxYear: (year) => `~${year}`,
  periodEndLabel: (name, approx, years, when) =>
    `${name}, conditional period ends ${approx}: ${years} years after conditional approval ${when}.`,
  periodEndExtra: (years) => `${years} years after approval`,
  ended: {
    withdrawn: (year) => `Withdrawn ${year}`,
    rejected: (year) => `Refused full approval ${year}`,
  },
  deadline: (names, year) =>
    `${names.join(' and ')} must show ${names.length > 1 ? 'they work' : 'it works'} by ~${year}`,
  asOfLabel: (date) => `As of ${date}`,
  bandKey: { used: 'Years under conditional approval', left: 'Years left to show it works' },
  metaSep: ' · ',
  paren: (text) => `(${text})`,
  status: {
    none: (name, asOf) => `${name} has no stage on record before ${asOf}.`,
    'clinical-research': (name, date) => `${name} has been in clinical research since ${date}.`,
    trial: (name, date) => `${name} has been in clinical trials since ${date}.`,
    filing: (name, when) => `${name} was filed for approval ${when}; no decision has been announced yet.`,
    conditional: (name, when) => `${name} was conditionally approved ${when}`,
    noPeriod: (start) => `${start}; the length of its conditional period has not been published.`,
    endsAround: (start, year) => `${start}; its conditional period ends around ${year}.`,
    wasDue: (start, year) =>
      `${start}; its conditional period was due to end around ${year}, and no later decision has been published.`,
    'full-approval': (name, when) => `${name} was fully approved ${when}.`,
    withdrawn: (name, when, after) =>
      `${name} was withdrawn ${when}${after ? `, after conditional approval ${after}` : ''}.`,
    rejected: (name, when, after) =>
      `${name} was rejected ${when}${after ? `, after conditional approval ${after}` : ''}.`,
  },
  summary: (asOf, statuses) => `As of ${asOf}: ${statuses.join(' ')}`,
  table: {
    columns: ['Product', 'Company', 'Stage', 'Date', 'Note', 'Sources'],
    computed: (stage) => `${stage} (computed)`,
    noPeriodNote: 'Period not published.',
    joinNotes: (notes) => notes.join(' '),
    periodNote: (years, when) => `${years} years after conditional approval ${when}.`,
    notReached: (stage, when) => ` Not reached: ${en.stage[stage].toLowerCase()} ${when}.`,
  },
  notes: {
    condition: (name, condition) => `${name}, condition for full approval: ${condition}`,
    notFull:
      'Conditional approval is not full approval: it allows sale for a limited period while evidence that the product works is collected, and full approval can still be refused or the application withdrawn.',
    computedEnd: (asOf) =>
      `Where the length of a conditional period is known, its end (~) is computed as that many years after the conditional approval; where it has not been published, no end is drawn. The dashed line marks ${asOf}, when these facts were last checked.`,
    yearOnly:
      'A date published only as a year is drawn in the middle of that year, with a bracket over the whole year.',
  },
  aria: {
    chart: (count, from, to) =>
      `Path to approval of ${count} ${count === 1 ? 'product' : 'products'}, ${from} to ${to}`,
    description: (asOfDate) =>
      `One row per product, with each stage in date order. A hatched band shows the years spent under conditional approval, and a dashed box the years left to show that the product works; a dashed line marks ${asOfDate}, when these facts were last checked. Use the arrow keys to move between stages: Left and Right in order, Up and Down between products.`,
    stagesOf: (name) => `Stages of ${name}`,
  },
  gallery: {
    heading: 'Path to approval',
    intro: "Each product's stages on one time axis, with the conditional-approval period and its deadline.",
    examples: [
      {
        title: "Four products on Japan's conditional route",
        takeaway:
          'Two earlier conditional approvals ended without full approval; the first iPS-cell products now have years to prove themselves.',
      },
    ],
  },
};

/** How a conditional period was cut short, as the clause before 「ため」. */
const CLOSED_JA: Partial<Record<Stage, string>> = {
  'full-approval': '本承認された',
  withdrawn: '取り下げられた',
  rejected: '本承認が認められなかった',
};

const ja: ApprovalStrings = {
  stage: {
    'clinical-research': '臨床研究',
    trial: '治験',
    filing: '承認申請',
    'conditional-approval': '条件付き承認',
    'full-approval': '本承認',
    withdrawn: '取り下げ',
    rejected: '本承認が認められず',
    'period-end': '条件付き承認の期限',
  },
  noPeriod: '期間は未公表',
  noPeriodSentence: '条件付き承認の期間の長さは公表されていません。',
  when: (date) => `${date}に`,
  markLabel: (name, stage, date, note, extra) => `${name}、${stage}：${date}。${note ?? ''}${extra ?? ''}`,
  approxYear: (year) => `${year}年ごろ`,
  periodEndLabel: (name, approx, years, when) =>
    `${name}、条件付き承認の期限：${approx}（${when}受けた条件付き承認から${years}年後）。`,
  periodEndExtra: (years) => `承認から${years}年後`,
  ended: {
    withdrawn: (year) => `${year}年に取り下げ`,
    rejected: (year) => `${year}年に本承認が認められず`,
  },
  deadline: (names, year) => `${names.join('と')}は${year}年ごろまでに効果を示す必要がある`,
  asOfLabel: (date) => `${date}時点`,
  bandKey: { used: '条件付き承認のもとで過ぎた期間', left: '効果を示すまでに残る期間' },
  metaSep: '／',
  paren: (text) => `（${text}）`,
  status: {
    none: (name, asOf) => `${name}には、${asOf}より前の段階の記録がありません。`,
    'clinical-research': (name, date) => `${name}は${date}から臨床研究の段階にあります。`,
    trial: (name, date) => `${name}は${date}から治験の段階にあります。`,
    filing: (name, when) => `${name}は${when}承認申請されました。審査の結論はまだ公表されていません。`,
    conditional: (name, when) => `${name}は${when}条件付き承認を受けました`,
    noPeriod: (start) => `${start}。条件付き承認の期間の長さは公表されていません。`,
    endsAround: (start, year) => `${start}。期限は${year}年ごろです。`,
    wasDue: (start, year) => `${start}。期限は${year}年ごろでしたが、その後の判断は公表されていません。`,
    'full-approval': (name, when) => `${name}は${when}本承認されました。`,
    withdrawn: (name, when, after) =>
      after
        ? `${name}は${after}条件付き承認を受けた後、${when}本承認の申請が取り下げられました。`
        : `${name}は${when}取り下げられました。`,
    rejected: (name, when, after) =>
      after
        ? `${name}は${after}条件付き承認を受けましたが、${when}本承認は認められませんでした。`
        : `${name}は${when}承認されませんでした。`,
  },
  summary: (asOf, statuses) => `${asOf}時点の状況：${statuses.join('')}`,
  table: {
    columns: ['製品', '企業', '段階', '日付', '備考', '出典'],
    computed: (stage) => `${stage}（計算値）`,
    noPeriodNote: '条件付き承認の期間は未公表。',
    joinNotes: (notes) => notes.join(''),
    periodNote: (years, when) => `${when}受けた条件付き承認から${years}年後。`,
    notReached: (stage, when) => `${when}${CLOSED_JA[stage] ?? ja.stage[stage]}ため、期限を待たずに終了。`,
  },
  notes: {
    condition: (name, condition) => `${name}の本承認の条件：${condition}`,
    notFull:
      '条件付き承認（正式には「条件及び期限付承認」）は本承認ではありません。有効性を確かめるデータを集める間、期限を区切って販売を認めるしくみで、その後に本承認が認められないことや、申請が取り下げられることもあります。',
    computedEnd: (asOf) =>
      `条件付き承認の期間がわかっている製品では、その期限（「〜年ごろ」）を承認日からの年数で計算して示しています。期間が公表されていない製品には、期限を描いていません。破線は、これらの情報を最後に確認した${asOf}を示します。`,
    yearOnly: '年しか公表されていない日付は、その年の中ほどに置き、年全体を括弧で示しています。',
  },
  aria: {
    chart: (count, from, to) => `${count}製品の承認までの道のり（${from}年〜${to}年）`,
    description: (asOfDate) =>
      `製品ごとに1行で、各段階を日付順に並べています。斜線の帯は条件付き承認のもとで過ぎた期間、破線の枠は効果を示すまでに残る期間、破線の縦線はこれらの情報を最後に確認した${asOfDate}を示します。矢印キーで段階を移動できます（左右キーで日付順に、上下キーで製品間を移動）。`,
    stagesOf: (name) => `${name}の各段階`,
  },
  gallery: {
    heading: '承認までの道のり',
    intro: '製品ごとの段階を共通の時間軸に並べ、条件及び期限付承認（以下、条件付き承認）の期間と期限を示します。',
    examples: [
      {
        title: '日本の条件付き承認を受けた4つの製品',
        takeaway:
          '先に条件付きで承認された2製品は本承認に至りませんでした。初のiPS細胞製品には、これから効果を示すための期間があります。',
      },
    ],
  },
};

export const strings: Record<Lang, ApprovalStrings> = { en, ja };
