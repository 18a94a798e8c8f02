/**
 * Every word the studies-overview chart writes, per language, in one shape. Field names, study
 * titles and dates arrive localized and formatted.
 */
import type { Lang } from '../../schemas/translation.ts';

export interface OverviewStrings {
  /** The chart's title states its point, from the data. */
  title: (first: { year: string; count: number }, total: number, fields: number) => string;
  /** How the studies spread: only the first field's before `year`, then `others` studies in `fields` other areas. */
  takeaway: (first: string, year: string, others: number, fields: number) => string;
  /** Added to the takeaway when a product from these studies has been approved. */
  takeawayApproval: (date: string, count: number) => string;
  /** One sentence per field for the text summary. */
  fieldSentence: (label: string, count: number, years: string) => string;
  /** A year in a lane's list, with its count when more than one: "2 in 2020", 「2020年2件」. */
  yearCount: (year: number, count: number) => string;
  summaryHead: (total: number, from: string, to: string) => string;
  summaryMarkers: (markers: string[]) => string;
  /** What a marker marks, without its date (the chart sets the date on its own line). */
  approvalLabel: (count: number) => string;
  withdrawalLabel: (what: string) => string;
  /** Date and what, in one line for the summary. */
  dated: (date: string, what: string) => string;
  stoppedNote: (count: number) => string;
  dot: (title: string, started: string, stage: string) => string;
  totalsLabel: string;
  /** A year in two digits, under its count on a phone: ’15. */
  shortYear: (year: number) => string;
  axisLabel: string;
  legend: { started: string; stopped: string; approved: string };
  notes: { abroad: string; yearOnly: string };
  table: { columns: [string, string, string] };
  /** "Retina 2, Heart 1". */
  byField: (parts: { label: string; count: number }[]) => string;
  list: (items: string[]) => string;
}

const en: OverviewStrings = {
  title: (first, total, fields) =>
    `From ${first.count === 1 ? 'one study' : `${first.count} studies`} in ${first.year} to ${total} in ${fields} areas of medicine`,
  takeaway: (first, year, others, fields) =>
    `Every study before ${year} was in one area (${first}); since then, ${others} ${others === 1 ? 'study has' : 'studies have'} started in ${fields} other ${fields === 1 ? 'area' : 'areas'}.`,
  takeawayApproval: (date, count) =>
    ` On ${date}, ${count === 1 ? 'the first product' : `the first ${count} products`} to come out of them ${count === 1 ? 'was' : 'were'} approved.`,
  fieldSentence: (label, count, years) => `${label}: ${count} ${count === 1 ? 'study' : 'studies'} (${years}).`,
  yearCount: (year, count) => (count > 1 ? `${count} in ${year}` : String(year)),
  summaryHead: (total, from, to) =>
    `Each dot is one study in Japan that gave people cells made from iPS cells, placed in the year it started: ${total} studies from ${from} to ${to}.`,
  summaryMarkers: (markers) => (markers.length ? `Marked on the chart: ${markers.join('; ')}.` : ''),
  approvalLabel: (count) =>
    count === 1 ? 'first iPS-cell product approved' : `first ${count} iPS-cell products approved`,
  withdrawalLabel: (what) => `${what} withdrawn`,
  dated: (date, what) => `${date}: ${what}`,
  stoppedNote: (count) => `${count} ${count === 1 ? 'study has' : 'studies have'} stopped early`,
  dot: (title, started, stage) => `${title}. Started ${started}. ${stage}.`,
  totalsLabel: 'Started that year',
  shortYear: (year) => `’${String(year).slice(2)}`,
  axisLabel: 'Year the study started',
  legend: {
    started: 'One study (in its chapter’s colour; grey: no chapter of its own)',
    stopped: 'Stopped early',
    approved: 'Led to an approved product',
  },
  notes: {
    abroad: 'Only studies in Japan are drawn; the comparison studies from other countries are in the list below.',
    yearOnly: 'Dots sit in the year a study started; a few sources give only the year, not the month.',
  },
  table: { columns: ['Year', 'Studies started', 'By area'] },
  byField: (parts) => parts.map((p) => `${p.label} ${p.count}`).join(', '),
  list: (items) =>
    items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
};

const ja: OverviewStrings = {
  title: (first, total, fields) => `${first.year}年の${first.count}件から、${fields}分野${total}件へ`,
  takeaway: (first, year, others, fields) =>
    `${year}年より前の研究は、すべて「${first}」の分野でした。その後、ほかの${fields}分野で${others}件が始まっています。`,
  takeawayApproval: (date, count) =>
    `${date}には、これらの研究から生まれた製品が初めて承認されました${count === 1 ? '' : `（${count}品目）`}。`,
  fieldSentence: (label, count, years) => `${label}：${count}件（${years}）。`,
  yearCount: (year, count) => `${year}年${count > 1 ? `${count}件` : ''}`,
  summaryHead: (total, from, to) =>
    `点の1つ1つが、iPS細胞からつくった細胞を人に移植した日本の研究1件で、始まった年に置いています。${from}〜${to}年の${total}件です。`,
  // One sentence each (「図に示した出来事：…：…、1件は…」joined unrelated facts with two colons: j4).
  summaryMarkers: (markers) => markers.map((m) => `${m}。`).join(''),
  approvalLabel: (count) => `iPS細胞の製品を初めて承認${count === 1 ? '' : `（${count}品目）`}`,
  withdrawalLabel: (what) => `${what}を取り下げ`,
  dated: (date, what) => `${date}：${what}`,
  stoppedNote: (count) => `${count}件は途中で中止されています`,
  dot: (title, started, stage) => `${title}。${started}開始。${stage}。`,
  totalsLabel: 'その年に始まった件数',
  // No English apostrophe year in Japanese (j4); 「14年」 ran together at 375 px, so two muted digits
  // under the bold counts, the years reading on from the axis above.
  shortYear: (year) => String(year).slice(2),
  axisLabel: '研究が始まった年',
  legend: {
    started: '研究1件（章のある分野は章の色、ない分野は灰色）',
    stopped: '途中で中止',
    approved: '承認された製品につながった研究',
  },
  notes: {
    abroad: '図には日本の研究だけを示しています。比較のための海外の研究は、下の一覧にあります。',
    yearOnly: '点は研究が始まった年に置いています。情報源によっては年しかわからないものもあります。',
  },
  table: { columns: ['年', '始まった研究の数', '分野別'] },
  byField: (parts) => parts.map((p) => `${p.label}${p.count}件`).join('、'),
  list: (items) => items.join('、'),
};

export const strings: Record<Lang, OverviewStrings> = { en, ja };
