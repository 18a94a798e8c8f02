/**
 * Every word the timeline writes itself, per language: area, kind and key names, the status line,
 * controls, table, summary and notes. Event titles and descriptions come from the data, already
 * localized by the MDX wrapper; dates are formatted per language in items.ts.
 */
import { AREA_LABELS, AREA_LABELS_JA, type Area } from '../../schemas/areas.ts';
import type { Lang } from '../../schemas/translation.ts';
import type { GalleryStrings } from '../define.ts';
import type { EventKind as Kind, Shape } from './shapes.ts';

export interface TimelineStrings {
  area: Record<Area, string>;
  kind: Record<Kind, string>;
  shape: Record<Shape, string>;
  /** Screen-reader name of a mark; `kind` is left out when it only repeats the area. */
  aria: (date: string, area: string, kind: string | undefined, title: string) => string;
  /** Tooltip: date, area, kind, title, description and the first source. */
  tip: (
    date: string,
    area: string,
    kind: string | undefined,
    title: string,
    description: string,
    source?: string,
  ) => string;
  /** A focus control's label: "2014–today". */
  span: (year: number) => string;
  /** The shaded recent span on the site-wide timeline: how many of the events fall in it. */
  crowd: (count: number, total: number, year: number) => string;
  /** A long wait between two events: under the axis ("6 years"), and between phone cards ("6 years later"). */
  gap: (years: number) => string;
  gapLater: (years: number) => string;
  /** The takeaway's span in the phone list, at its last event: "about 6 years after January 2020". */
  gapSince: (years: number, since: string) => string;
  /** The phone strip (strip.ts): its description for screen readers, and the heading of the numbered list under it. */
  stripLabel: (n: number, from: number, to: number, crowd?: string) => string;
  keyHeading: (n: number) => string;
  /** Under the strip's list: where the other events are (the frame's "Show data" button, same words). */
  allInTable: (n: number) => string;
  /** The wide view's accessible name. */
  wide: (year: number) => string;
  spans: string;
  key: string;
  yearBar: string;
  /** Key entry for the ring drawn around the highlighted events (annotate). */
  keyRing: string;
  /** Status line: how many events are shown, from when to when. */
  status: (n: number, first: string, last?: string) => string;
  noEvents: string;
  hidden: (n: number) => string;
  help: string;
  plot: string;
  emptyLane: string;
  showAreas: string;
  byYear: string;
  year: (year: number) => string;
  columns: string[];
  /** Before the narrow list's source link. */
  source: string;
  /** Joins an event's sources in the table. */
  sourceSep: string;
  summary: (n: number, first: string, last: string, byArea: { area: string; count: number }[]) => string;
  empty: string;
  datesNote: string;
  note: (date: string, title: string, note: string) => string;
  gallery: GalleryStrings;
}

/** 2.5 as "2½": gaps are rounded to the half year (gaps.ts). */
const halfYears = (years: number) => `${Math.floor(years)}${years % 1 ? '½' : ''}`;

const en: TimelineStrings = {
  area: AREA_LABELS,
  kind: {
    discovery: 'Discovery',
    result: 'Result',
    award: 'Prize',
    'trial-start': 'Study starts',
    approval: 'Approval',
    regulation: 'Law or rule',
    'go-ahead': 'Ministry or panel go-ahead',
    filing: 'Application for approval',
    withdrawal: 'Refused or withdrawn',
    manufacturing: 'Manufacturing',
  },
  shape: {
    disc: 'Discovery, result or prize',
    square: 'Study starts or first treatment',
    diamond: 'Approval',
    check: 'Ministry or panel go-ahead',
    hexagon: 'Law or rule',
    triangle: 'Application for approval',
    cross: 'Refused or withdrawn',
    ring: 'Manufacturing',
  },
  aria: (date, area, kind, title) => (kind ? `${date}, ${area}. ${kind}: ${title}` : `${date}, ${area}: ${title}`),
  tip: (date, area, kind, title, description, source) =>
    `${date} · ${area}${kind ? ` · ${kind}` : ''}. ${title}. ${description}${source ? ` Source: ${source}.` : ''}`,
  span: (year) => `${year}–today`,
  crowd: (count, total, year) => `${count} of ${total} events since ${year}`,
  gap: (years) => `about ${halfYears(years)} years`,
  gapLater: (years) => `about ${halfYears(years)} years later`,
  gapSince: (years, since) => `about ${halfYears(years)} years after ${since}`,
  stripLabel: (n, from, to, crowd) =>
    `${n} events from ${from} to ${to}, one dot each, stacked in their year's column${crowd ? `; ${crowd}` : ''}.`,
  keyHeading: (n) => `${n === 5 ? 'Five' : n} key events, numbered on the strip`,
  allInTable: (n) => `All ${n} events are listed under “Show data”.`,
  wide: (year) => `Timeline, ${year} to today`,
  spans: 'Time span',
  key: 'Key to the marks',
  yearBar: 'Bar: date known only to the year',
  keyRing: 'Ringed: a key event',
  status: (n, first, last) => `${n} ${n === 1 ? 'event' : 'events'}, ${first}${last ? ` to ${last}` : ''}.`,
  noEvents: 'No events in this span.',
  hidden: (n) => `${n} earlier ${n === 1 ? 'event is' : 'events are'} outside this span.`,
  help: 'Tab to the events, then use the Left and Right arrow keys to move in time order, and Up and Down to move between lanes.',
  plot: 'Events in time order',
  emptyLane: 'No events in this span',
  showAreas: 'Show areas',
  byYear: 'Events by year',
  year: (year) => String(year),
  source: 'Source: ',
  columns: ['Date', 'Area', 'Kind', 'Event', 'What happened', 'Sources'],
  sourceSep: '; ',
  summary: (n, first, last, byArea) =>
    `The timeline shows ${n === 1 ? `1 event, in ${first}` : `${n} events from ${first} to ${last}`}. By area: ${byArea.map((a) => `${a.area} ${a.count}`).join(', ')}.`,
  empty: 'The timeline has no events.',
  datesNote:
    'Dates are only as precise as the sources. An event known only to the month or year is placed at the start of that month or year; a bar after the mark spans a year when only the year is known.',
  note: (date, title, note) => `${date}, ${title}: ${note}`,
  gallery: {
    heading: 'Timeline',
    intro: 'Dated milestones from the first iPS cells to the first approvals, in lanes by area.',
    examples: [
      {
        title: 'Twenty years from discovery to the first approvals',
        takeaway: 'Most of the milestones are crowded into the last decade.',
      },
    ],
  },
};

/** Ends a Japanese sentence with 。 unless it already has closing punctuation. */
const period = (s: string) => (/[。．.！？!?」）)]$/.test(s.trim()) ? s.trim() : `${s.trim()}。`);

const ja: TimelineStrings = {
  area: AREA_LABELS_JA,
  kind: {
    discovery: '発見',
    result: '研究結果',
    award: '受賞',
    'trial-start': '研究開始',
    approval: '承認',
    regulation: '法律・制度',
    'go-ahead': '厚生労働省・部会の了承',
    filing: '承認申請',
    withdrawal: '本承認が認められず・取り下げ',
    manufacturing: '製造',
  },
  shape: {
    disc: '発見・研究結果・受賞',
    square: '研究開始・最初の治療',
    diamond: '承認',
    check: '厚生労働省・部会の了承',
    hexagon: '法律・制度',
    triangle: '承認申請',
    cross: '本承認が認められず・取り下げ',
    ring: '製造',
  },
  aria: (date, area, kind, title) => `${date}、${area}${kind ? `・${kind}` : ''}：${title}`,
  tip: (date, area, kind, title, description, source) =>
    `${date}・${area}${kind ? `・${kind}` : ''}。${period(title)}${period(description)}${source ? `出典：${source}。` : ''}`,
  span: (year) => `${year}年〜現在`,
  crowd: (count, total, year) => `${year}年以降に${total}件中${count}件`,
  gap: (years) => `約${Math.floor(years)}年${years % 1 ? '半' : ''}`,
  gapLater: (years) => `約${Math.floor(years)}年${years % 1 ? '半' : ''}後`,
  gapSince: (years, since) => `${since}から約${Math.floor(years)}年${years % 1 ? '半' : ''}`,
  stripLabel: (n, from, to, crowd) =>
    `${from}年から${to}年までの出来事${n}件を、1件を1つの点として年ごとに積み上げた図${crowd ? `。${crowd}` : ''}。`,
  keyHeading: (n) => `おもな出来事${n}件（番号は図の番号）`,
  allInTable: (n) => `全${n}件の出来事は「データを表示」で一覧できます。`,
  wide: (year) => `年表：${year}年〜現在`,
  spans: '表示する期間',
  key: '記号の凡例',
  yearBar: '横棒：年までしかわからない日付',
  keyRing: '丸で囲んだ印：おもな出来事',
  status: (n, first, last) => `${n}件の出来事（${first}${last ? `〜${last}` : ''}）。`,
  noEvents: 'この期間には出来事がありません。',
  hidden: (n) => `それより前の${n}件は、この期間の外にあります。`,
  help: 'Tabキーで出来事に移動し、左右の矢印キーで時間順に、上下の矢印キーで分野の間を移動できます。',
  plot: '時間順の出来事',
  emptyLane: 'この期間の出来事はありません',
  showAreas: '表示する分野',
  byYear: '年ごとの出来事',
  year: (year) => `${year}年`,
  source: '出典：',
  columns: ['日付', '分野', '種類', '出来事', '内容', '出典'],
  sourceSep: '; ',
  summary: (n, first, last, byArea) =>
    `年表には${n}件の出来事（${n === 1 ? first : `${first}〜${last}`}）を示しています。分野別：${byArea.map((a) => `${a.area}${a.count}件`).join('、')}。`,
  empty: '年表に出来事はありません。',
  datesNote:
    '日付は出典に書かれた精度までしか示していません。月や年までしかわからない出来事は、その月や年の初めに置いています。年までしかわからない場合は、印の後ろの横棒がその1年を表します。',
  note: (date, title, note) => `${date}、${title}：${note}`,
  gallery: {
    heading: '年表',
    intro: '最初のiPS細胞から初の承認までの主な出来事を、分野ごとの列に並べました。',
    examples: [
      {
        title: '発見から初の承認までの20年',
        takeaway: '主な出来事の多くは、この10年に集中しています。',
      },
    ],
  },
};

export const strings: Record<Lang, TimelineStrings> = { en, ja };
