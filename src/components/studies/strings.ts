/**
 * Every word the studies page writes around the records, per language, in one shape. Record text
 * (titles, conditions, results) comes from the localized records; numbers and dates arrive formatted.
 */
import type { Lang } from '../../schemas/translation.ts';

export interface StudiesStrings {
  title: string;
  description: string;
  /** Opening paragraph. {japan} and {abroad} are counts. */
  intro: (japan: number, abroad: number, asOf: string) => string;
  whatCounts: string;
  notAdvice: string;
  openData: string;
  openDataLink: string;
  /** Closes the open-data sentence after the link. */
  openDataAfter: string;
  /** A start year as an option label: "2020" / "2020年". */
  year: (y: string) => string;
  /** After an option: " (4)" / "（4）". */
  optionCount: (n: number) => string;
  chapterLink: string;
  filters: {
    heading: string;
    any: string;
    reset: string;
    sort: string;
    sorts: Record<'start' | 'newest' | 'area' | 'treated', string>;
    facet: Record<'area' | 'year' | 'kind' | 'status' | 'donor' | 'scope', string>;
    /** "Showing 5 of 28 studies": a template the script fills ({shown}, {total}). */
    showing: string;
    /** With nothing filtered out ({total}). */
    all: string;
    none: string;
  };
  sections: { japan: string; abroad: string; abroadNote: string };
  /** Reader-facing names for the coded values (kinds, stages and fields have theirs in the trial schema). */
  donor: Record<string, string>;
  scope: Record<string, string>;
  facts: {
    given: string;
    delivery: string;
    cells: string;
    condition: string;
    institution: string;
    sponsor: string;
    registry: string;
    kind: string;
    started: string;
    treated: string;
    status: string;
    latest: string;
    sources: string;
    disagree: string;
  };
  notPublic: string;
  noRegistry: string;
  /** "12 people" / "12人". */
  people: (n: string, count: number) => string;
  /** " (of 20 planned)" after a head count. */
  ofPlanned: (n: string) => string;
  /** An outcome group with its share: "Graft intact (1 of 1)". */
  outcomeGroup: (label: string, count: number, of: number) => string;
  esCells: string;
  withPlace: (institution: string, place: string) => string;
  number: (n: number) => string;
  link: string;
  linkLabel: (title: string) => string;
  copied: string;
  copiedAnnounce: string;
  abroadTag: string;
  /** Joins list items in running text. */
  join: string;
  colon: string;
}

const en: StudiesStrings = {
  title: 'Every iPS-cell study in people in Japan',
  description:
    'A list you can filter of every clinical study in Japan that has given people cells made from iPS cells, with what was given, who ran it, how many people took part, the latest result and the sources.',
  intro: (japan, abroad, asOf) =>
    `${japan} studies in Japan have put cells made from induced pluripotent stem (iPS) cells into people, as far as public records show (as of ${asOf}). Each one is listed below with what was given, who ran it, how many people took part and what is known so far. ${abroad === 1 ? 'One landmark study' : `${abroad} landmark studies`} from other countries ${abroad === 1 ? 'follows' : 'follow'} for comparison.`,
  whatCounts:
    'A study counts here when cells grown from iPS cells were given to people. Studies that only used iPS cells in the laboratory, for example to pick a drug, are left out. Where no public source gives a detail, the entry says "not public"; nothing is guessed.',
  notAdvice:
    'This list is for understanding the research, not a guide to treatment. Most of these studies are small and early, and many have no comparison group.',
  openData: 'The same records are',
  openDataLink: 'open data (CSV and JSON)',
  openDataAfter: '.',
  year: (y) => y,
  optionCount: (n) => ` (${n})`,
  chapterLink: 'chapter',
  filters: {
    heading: 'Filter and sort the studies',
    any: 'Any',
    reset: 'Show all',
    sort: 'Order',
    sorts: {
      start: 'Oldest first',
      newest: 'Newest first',
      area: 'By area',
      treated: 'Most people treated',
    },
    facet: {
      area: 'Area',
      year: 'Year started',
      kind: 'Kind of study',
      status: 'Status',
      donor: 'Cells from',
      scope: 'Where',
    },
    showing: 'Showing {shown} of {total} studies',
    all: 'Showing all {total} studies',
    none: 'No study matches these choices. Choose "Any" in one of the lists, or show all.',
  },
  sections: {
    japan: 'Studies in Japan',
    abroad: 'For comparison: landmark studies outside Japan',
    abroadNote:
      'A few well-known studies from other countries, to set Japan’s work in context. This is not a full list of studies abroad.',
  },
  donor: { autologous: 'The patient’s own cells', allogeneic: 'A donor’s cells' },
  scope: { japan: 'Japan', abroad: 'Outside Japan' },
  facts: {
    given: 'What was given',
    delivery: 'How it was given',
    cells: 'Cells from',
    condition: 'Condition',
    institution: 'Lead institution',
    sponsor: 'Sponsor',
    registry: 'Registry',
    kind: 'Kind of study',
    started: 'Started',
    treated: 'People treated',
    status: 'Status',
    latest: 'Latest result',
    sources: 'Sources',
    disagree: 'Where sources differ',
  },
  notPublic: 'not public',
  noRegistry: 'no registry record found',
  people: (n, count) => `${n} ${count === 1 ? 'person' : 'people'}`,
  ofPlanned: (n) => ` (of ${n} planned)`,
  outcomeGroup: (label, count, of) => `${label} (${count} of ${of})`,
  esCells: 'embryonic stem cells, not iPS cells',
  withPlace: (institution, place) => `${institution} (${place})`,
  number: (n) => new Intl.NumberFormat('en-GB').format(n),
  link: 'Link',
  linkLabel: (title) => `Link to this study: ${title}`,
  copied: 'Copied',
  copiedAnnounce: 'Link to the study copied',
  abroadTag: 'Outside Japan',
  join: '; ',
  colon: ': ',
};

const ja: StudiesStrings = {
  title: '日本で行われたiPS細胞の臨床研究・治験の一覧',
  description:
    'iPS細胞からつくった細胞を人に移植した日本の臨床研究と治験をすべて、絞り込める一覧にしました。何を移植したか、実施機関、参加人数、最新の結果、出典を載せています。',
  intro: (japan, abroad, asOf) =>
    `公開されている記録でわかる範囲では、iPS細胞（人工多能性幹細胞）からつくった細胞を人に移植した研究は、日本で${japan}件あります（${asOf}時点）。下の一覧では、それぞれについて、何を移植したか、実施機関、参加人数、いまわかっていることを示します。比較のため、海外の代表的な研究${abroad}件も載せています。`,
  whatCounts:
    'iPS細胞から育てた細胞を人に移植した研究を数えています。薬の候補を選ぶためなど、iPS細胞を実験室だけで使った研究は含みません。公開された情報源に書かれていない項目は「公表されていません」と示し、推測で埋めることはしません。',
  notAdvice:
    'この一覧は研究を知るためのもので、治療の案内ではありません。多くは少人数の初期の研究で、対照群のないものも少なくありません。',
  openData: '同じ記録を',
  openDataLink: 'オープンデータ（CSV・JSON）',
  openDataAfter: 'としてダウンロードできます。',
  year: (y) => `${y}年`,
  optionCount: (n) => `（${n}）`,
  chapterLink: '章',
  filters: {
    heading: '研究の絞り込みと並べ替え',
    any: 'すべて',
    reset: 'すべて表示',
    sort: '並び順',
    sorts: {
      start: '古い順',
      newest: '新しい順',
      area: '分野別',
      treated: '移植を受けた人数の多い順',
    },
    facet: {
      area: '分野',
      year: '開始年',
      kind: '研究の種類',
      status: '状況',
      donor: '細胞の提供者',
      scope: '実施国',
    },
    showing: '{total}件のうち{shown}件を表示',
    all: '全{total}件を表示',
    none: '条件に合う研究はありません。どれかの項目を「すべて」に戻すか、すべて表示してください。',
  },
  sections: {
    japan: '日本の研究',
    abroad: '比較のために：海外の代表的な研究',
    abroadNote:
      '日本の研究を位置づけるため、海外のよく知られた研究をいくつか載せています。海外の研究をすべて挙げたものではありません。',
  },
  donor: { autologous: '自家（本人の細胞）', allogeneic: '他家（他人の細胞）' },
  scope: { japan: '日本', abroad: '海外' },
  facts: {
    given: '移植したもの',
    delivery: '移植の方法',
    cells: '細胞の由来',
    condition: '対象の病気',
    institution: '実施機関',
    sponsor: '資金・依頼者',
    registry: '登録番号',
    kind: '研究の種類',
    started: '開始',
    treated: '移植を受けた人数',
    status: '状況',
    latest: '最新の結果',
    sources: '出典',
    disagree: '情報源による違い',
  },
  notPublic: '公表されていません',
  noRegistry: '登録情報は見つかっていません',
  people: (n) => `${n}人`,
  ofPlanned: (n) => `（予定は${n}人）`,
  outcomeGroup: (label, count, of) => `${label}（${of}人中${count}人）`,
  esCells: 'ES細胞（胚性幹細胞）',
  withPlace: (institution, place) => `${institution}（${place}）`,
  number: (n) => String(n),
  link: 'リンク',
  linkLabel: (title) => `この研究へのリンク：${title}`,
  copied: 'コピーしました',
  copiedAnnounce: '研究へのリンクをコピーしました',
  abroadTag: '海外',
  join: '、',
  colon: '：',
};

export const studiesStrings: Record<Lang, StudiesStrings> = { en, ja };

/** Fills {name} placeholders in a template string. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
