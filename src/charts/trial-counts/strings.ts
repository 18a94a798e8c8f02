/**
 * Every word the trial-counts chart writes, per language. Scopes, group labels, as-of dates and
 * notes come from the localized records; numbers arrive formatted. English strings are the chart's
 * original wording, byte for byte.
 */
import type { TrialCount } from '../../schemas/trial-count.ts';
import type { Lang } from '../../schemas/translation.ts';
import type { GalleryStrings } from '../define.ts';

type CountUnit = TrialCount['unit'];

export interface CountStrings {
  /** Panel subtitle heading per unit. */
  unitHeading: Record<CountUnit, string>;
  /**
   * A panel's short title (8 words or fewer): what it counts, by what. The record's full scope stays
   * in the data table and the notes. `estimate`: the count is a news-feature figure, not confirmed.
   */
  panelTitle: (by: 'country' | 'area' | 'cell-type' | 'total', unit: CountUnit, estimate: boolean) => string;
  /** The unit as the table's "Unit" column shows it. */
  unitName: Record<CountUnit, string>;
  /** A formatted value with its unit: "32 studies", "1 trial", "36.7%", "more than 1,200 patients". */
  withUnit: (value: string, n: number, unit: CountUnit, lowerBound: boolean) => string;
  /** A value as drawn, without its unit: "more than 60" / "60超" (超, not 以上: the source's figure itself is not included). */
  drawn: (value: string, lowerBound: boolean) => string;
  /** Table cell for a lower bound: the raw number. */
  tableLowerBound: (n: number) => string;
  /** The tag on an estimate. */
  estimate: string;
  /** "(estimate)" after a value in a sentence. */
  estimateAfter: string;
  /** "as of December 2024" inside the subtitle. */
  asOfInline: (asOf: string) => string;
  description: (label: string, value: string, estimate: boolean, asOf: string, source: string) => string;
  subtitle: (heading: string, asOf: string, source: string) => string;
  table: { columns: string[]; yes: string; no: string };
  list: (items: string[]) => string;
  sentence: {
    head: (scope: string, asOf: string) => string;
    one: (head: string, what: string, estimate: boolean) => string;
    labelled: (label: string, value: string) => string;
    largest: (names: string, value: string) => string;
    jointLargest: (names: string, value: string) => string;
    allEstimates: string;
    someEstimates: (names: string, count: number) => string;
    join: (head: string, lead: string, estimates: string) => string;
  };
  /** Joins the sentences of several panels. */
  joinSentences: (sentences: string[]) => string;
  notes: {
    separate: string;
    estimates: string;
    recordNote: (scope: string, estimate: boolean, note: string) => string;
    /** The shared-scale version (stack.ts): one scale, still not one series. */
    sharedScale: string;
    stackEstimates: string;
  };
  /** Words of the bars on one scale (stack.ts). */
  stack: {
    /** A bar's date, as its row heading: "December 2019". */
    when: (asOf: string) => string;
    cells: Record<'ips' | 'es-and-ips' | 'es' | 'other', string>;
    /** A bar's end label: its total, saying when it is iPS cells only or how many of it are. */
    endLabel: (total: string, ipsOnly: boolean, ipsPart: string | undefined) => string;
    /** Why the bars say "studies" and "trials". */
    unitNote: string;
    /** Key entries for a news-report figure and a "more than" figure. */
    estimateKey: string;
    moreThanKey: string;
    /** The key's accessible name. */
    legend: string;
  };
  gallery: GalleryStrings;
}

const SINGULAR: Record<Exclude<CountUnit, 'percent'>, string> = {
  trials: 'trial',
  studies: 'study',
  patients: 'patient',
  products: 'product',
};

const en: CountStrings = {
  panelTitle: (by, unit, estimate) => {
    const total: Record<CountUnit, string> = {
      trials: 'Trials',
      studies: 'Studies',
      patients: 'People treated',
      products: 'Products tested',
      percent: 'Share',
    };
    const title =
      by === 'country'
        ? 'Share of trials by country'
        : by === 'area'
          ? 'Studies by disease area'
          : by === 'cell-type'
            ? 'Studies by cell type'
            : total[unit];
    return estimate ? `${title} (news estimate)` : title;
  },
  unitHeading: {
    trials: 'Number of trials',
    studies: 'Number of studies',
    patients: 'Number of people',
    products: 'Number of products',
    percent: 'Share (per cent)',
  },
  unitName: { trials: 'trials', studies: 'studies', patients: 'patients', products: 'products', percent: 'percent' },
  withUnit: (value, n, unit, lowerBound) => {
    const v = `${lowerBound ? 'more than ' : ''}${value}`;
    if (unit === 'percent') return v;
    return `${v} ${n === 1 && !lowerBound ? SINGULAR[unit] : unit}`;
  },
  drawn: (value, lowerBound) => `${lowerBound ? 'more than ' : ''}${value}`,
  tableLowerBound: (n) => `more than ${n}`,
  estimate: 'estimate',
  estimateAfter: ' (estimate)',
  asOfInline: (asOf) => `as of ${asOf}`,
  description: (label, value, estimate, asOf, source) =>
    `${label}: ${value}${estimate ? ' (estimate)' : ''}. As of ${asOf}. Source: ${source}.`,
  subtitle: (heading, asOf, source) => `${heading} · as of ${asOf} · ${source}`,
  table: { columns: ['Scope', 'Group', 'Value', 'Unit', 'Estimate', 'As of', 'Source'], yes: 'yes', no: 'no' },
  list: (items) =>
    items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
  sentence: {
    head: (scope, asOf) => `${scope} (as of ${asOf})`,
    one: (head, what, estimate) => `${head}: ${what}${estimate ? ', an estimate' : ''}.`,
    labelled: (label, value) => `${label}, ${value}`,
    largest: (names, value) => `${names} is the largest group, at ${value}`,
    jointLargest: (names, value) => `${names} are the joint largest groups, at ${value} each`,
    allEstimates: '; all figures are estimates',
    someEstimates: (names, count) => `; ${names} ${count === 1 ? 'is an estimate' : 'are estimates'}`,
    join: (head, lead, estimates) => `${head}: ${lead}${estimates}.`,
  },
  joinSentences: (sentences) => sentences.join(' '),
  notes: {
    separate:
      'These counts come from different databases, dates and definitions, so they must not be added together or compared as if they were one count. Each panel has its own scale.',
    estimates:
      'Hatched, outlined bars and dashed boxes marked “estimate” are figures that have not been independently verified.',
    recordNote: (scope, estimate, note) => `${scope}${estimate ? ' (estimate)' : ''}: ${note}`,
    sharedScale:
      'These counts come from different sources, dates and definitions. They share one scale so their sizes can be seen side by side, but they must not be added together or read as one series.',
    stackEstimates:
      'A bar drawn as a dashed outline is a figure from a news report that has not been independently verified.',
  },
  stack: {
    when: (asOf) => asOf,
    endLabel: (total, ipsOnly, ipsPart) =>
      ipsOnly
        ? total.replace(/(trials?|studies|study)$/, 'iPS-cell $1')
        : ipsPart
          ? `${total} · ${ipsPart} iPS`
          : total,
    cells: {
      ips: 'iPS cells',
      'es-and-ips': 'ES and iPS cells, not counted apart',
      es: 'Embryonic stem (ES) cells',
      other: 'Other stem cells',
    },
    unitNote:
      'Each bar uses its source’s word: the 2019 database counts “clinical studies”, the later sources count “trials”.',
    estimateKey: 'Dashed outline: news report, not confirmed',
    moreThanKey: 'Arrow: the source says “more than”',
    legend: 'Starting cells',
  },
  gallery: {
    heading: 'Counting the trials',
    intro:
      'Published counts of stem-cell trials, each with its date and source. Counts that say which starting cells they include share one scale, split by cell; news-report figures are marked.',
    examples: [
      {
        title: 'How many trials use iPS cells?',
        takeaway:
          'In 2019 iPS cells were behind 19 of 54 studies, fewer than ES cells. By the end of 2024, 116 trials had used ES or iPS cells, counted together; an unconfirmed 2025 news report put iPS-cell trials under way at more than 60.',
      },
    ],
  },
};

/** Japanese counters: 件 for trials and studies, 人 for people, 種類 for products. */
const COUNTER: Record<Exclude<CountUnit, 'percent'>, string> = {
  trials: '件',
  studies: '件',
  patients: '人',
  products: '種類',
};

/** 「2024年12月」→「2024年12月時点」; an as-of text that already says when (…時点, …現在, …まで) is kept. */
export function jaAsOf(asOf: string): string {
  return /(時点|現在|まで|までのデータ)$/.test(asOf) ? asOf : `${asOf}時点`;
}

const ja: CountStrings = {
  panelTitle: (by, unit, estimate) => {
    const total: Record<CountUnit, string> = {
      trials: '試験の数',
      studies: '研究の数',
      patients: '投与を受けた人',
      products: '試された製品',
      percent: '割合',
    };
    const title =
      by === 'country'
        ? '国別の試験の割合'
        : by === 'area'
          ? '病気の分野別の研究'
          : by === 'cell-type'
            ? '細胞の種類別の研究'
            : total[unit];
    return estimate ? `${title}（報道による推計）` : title;
  },
  unitHeading: {
    trials: '臨床試験の数',
    studies: '研究の数',
    patients: '人数',
    products: '製品の数',
    percent: '割合（%）',
  },
  // Japanese counts trials and studies alike in 件 (j4); the scope column says which.
  unitName: { trials: '件', studies: '件', patients: '人', products: '種類', percent: '%' },
  withUnit: (value, _n, unit, lowerBound) =>
    `${value}${unit === 'percent' ? '' : COUNTER[unit]}${lowerBound ? '超' : ''}`,
  drawn: (value, lowerBound) => `${value}${lowerBound ? '超' : ''}`,
  tableLowerBound: (n) => `${n}超`,
  estimate: '推定値',
  estimateAfter: '（推定値）',
  asOfInline: jaAsOf,
  description: (label, value, estimate, asOf, source) =>
    `${label}：${value}${estimate ? '（推定値）' : ''}。${jaAsOf(asOf)}。出典：${source}。`,
  subtitle: (heading, asOf, source) => `${heading} · ${jaAsOf(asOf)} · ${source}`,
  table: { columns: ['対象', '区分', '値', '単位', '推定値', '時点', '出典'], yes: 'はい', no: 'いいえ' },
  list: (items) =>
    items.length <= 2 ? items.join('と') : `${items.slice(0, -1).join('、')}と${items[items.length - 1]}`,
  sentence: {
    head: (scope, asOf) => `「${scope}」（${jaAsOf(asOf)}）`,
    one: (head, what, estimate) => `${head}：${what}${estimate ? '（推定値）' : ''}。`,
    labelled: (label, value) => `${label}が${value}`,
    largest: (names, value) => `最も多いのは${names}で、${value}です`,
    jointLargest: (names, value) => `最も多いのは${names}で、いずれも${value}です`,
    allEstimates: '。数値はすべて推定値です',
    someEstimates: (names) => `。${names}は推定値です`,
    join: (head, lead, estimates) => `${head}：${lead}${estimates}。`,
  },
  joinSentences: (sentences) => sentences.join(''),
  notes: {
    separate:
      'これらの数は、データベースも時点も数え方も異なるため、足し合わせたり、ひとつの数として比べたりしてはいけません。パネルごとに目盛りが異なります。',
    estimates: '斜線入りで枠線のあるバーと、「推定値」と記した破線の枠は、独立に確かめられていない数値です。',
    recordNote: (scope, estimate, note) => `${scope}${estimate ? '（推定値）' : ''}：${note}`,
    sharedScale:
      'これらの数は、出典も時点も数え方も異なります。大きさを見比べられるように目盛りをそろえていますが、足し合わせたり、ひとつの流れとして読んだりしてはいけません。',
    stackEstimates: '破線の枠だけのバーは、報道による数値で、独立に確かめられていないものです。',
  },
  stack: {
    when: jaAsOf,
    endLabel: (total, ipsOnly, ipsPart) =>
      ipsOnly ? `iPS細胞の試験${total}` : ipsPart ? `${total}（うちiPS細胞${ipsPart}件）` : total,
    cells: {
      ips: 'iPS細胞',
      'es-and-ips': 'ES細胞とiPS細胞の合計（内訳なし）',
      es: 'ES細胞（胚性幹細胞）',
      other: 'その他の幹細胞',
    },
    unitNote:
      'バーの名前は、出典の言い方に合わせています。2019年のデータベースは「臨床研究」を、その後の出典は「臨床試験」を数えています。',
    estimateKey: '破線の枠：報道による数値（未確認）',
    moreThanKey: '矢印：出典が「〜を超える」としている数',
    legend: '出発点の細胞',
  },
  gallery: {
    heading: '臨床試験を数える',
    intro:
      '公表された幹細胞の臨床試験の数を、出典と時点付きで示します。出発点の細胞がわかる数は、目盛りをそろえて細胞別に分けて描き、報道による数値は明示しています。',
    examples: [
      {
        title: 'iPS細胞を使う臨床試験はいくつある？',
        takeaway:
          '2019年末の時点で、iPS細胞を使う臨床研究は54件のうち19件で、ES細胞より少数でした。2024年末までに、ES細胞かiPS細胞を使う臨床試験は合わせて116件になりました。2025年の報道は、進行中のiPS細胞の試験を60件を超えるとしていますが、ほかでは確かめられていません。',
      },
    ],
  },
};

export const strings: Record<Lang, CountStrings> = { en, ja };
