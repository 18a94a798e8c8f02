/**
 * "Studies started per year, by area": one lane per area of medicine, one column per year, one
 * mark per study in Japan, with the first approvals and any withdrawals marked in time. Pure:
 * plain study data in, lanes, marks, year columns, markers and the describing text out.
 *
 * Horizontal positions are percentages of the plot width (SVG accepts them), so the chart fills
 * any width without scaling its text; vertical positions are pixels. Marks in a year cell sit two
 * abreast, which stays clear at the narrowest plot (a 320 px phone: 13 columns of about 22 px).
 */
import type { ChartTable } from '../shared/table.ts';
import type { Lang } from '../../schemas/translation.ts';
import { strings } from './strings.ts';

export type MarkShape = 'dot' | 'cross' | 'ring';

export interface OverviewStudy {
  id: string;
  title: string;
  /** Grouping shown as a lane, e.g. "diabetes". */
  field: string;
  fieldLabel: string;
  /** The site area, for the lane colour. */
  area: string;
  /** Start date as written: YYYY, YYYY-MM or YYYY-MM-DD. */
  start: string;
  /** Start date as readers read it, e.g. "August 2018". */
  startLabel: string;
  stopped: boolean;
  /** The study led to an approved product. */
  approved: boolean;
  /** Reader-facing status, e.g. "Results reported". */
  stageLabel: string;
}

export interface MarkerInput {
  kind: 'approval' | 'withdrawal';
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  dateLabel: string;
  /** For an approval: how many products; for a withdrawal: what was withdrawn. */
  count?: number;
  what?: string;
}

export interface OverviewMark {
  id: string;
  shape: MarkShape;
  /** Centre, as a percentage of the plot width. */
  cx: number;
  /** Centre, in pixels from the lane's top. */
  cy: number;
  description: string;
}

export interface OverviewLane {
  field: string;
  label: string;
  /** The lane's colour: a chapter's area, or none (neutral) for fields without a chapter. */
  area: string | undefined;
  count: number;
  height: number;
  marks: OverviewMark[];
}

export interface OverviewYear {
  year: number;
  /** Column centre, percent. */
  x: number;
  /** Every other year label is left out on narrow plots. */
  minor: boolean;
  count: number;
}

export interface OverviewMarker {
  kind: 'approval' | 'withdrawal';
  /** Percent of the plot width. */
  x: number;
  /** Date and what, in one line (summary, table). */
  label: string;
  /** The two lines drawn: the date, then what happened. */
  lines: [string, string];
  /** Label side: text runs left of the line when it is near the right edge. */
  anchor: 'start' | 'end';
}

export interface OverviewLayout {
  years: OverviewYear[];
  /** Column width in percent, for the year bands. */
  column: number;
  lanes: OverviewLane[];
  markers: OverviewMarker[];
  title: string;
  takeaway: string;
  summary: string;
  notes: string[];
  table: ChartTable;
  total: number;
}

export const MARK_R = 5;
export const ROW_GAP = 12;
/** Rows in a lane where a ringed mark shares its year: ring (7.5) + cross (5) + strokes + a gap. */
export const RING_ROW_GAP = 17;
export const LANE_PAD = 8;
/** Marks per row in one year cell. */
export const PER_ROW = 2;

const yearOf = (date: string) => Number(date.slice(0, 4));

/** Where in its year a date falls (0-1): mid-year for a bare year, mid-month for a month. */
export function yearFraction(date: string): number {
  const [, m, d] = date.split('-');
  if (!m) return 0.5;
  const month = Number(m) - 1;
  const day = d ? Number(d) - 1 : 15;
  return Math.min(0.999, (month * 30.44 + day) / 365.25);
}

const round = (n: number) => Math.round(n * 100) / 100;

export function layoutStudiesOverview(
  studies: readonly OverviewStudy[],
  markers: readonly MarkerInput[],
  options: { lang?: Lang; lastYear?: number } = {},
): OverviewLayout {
  const lang = options.lang ?? 'en';
  const t = strings[lang];
  const dated = studies.filter((s) => /^\d{4}/.test(s.start));
  const firstYear = Math.min(...dated.map((s) => yearOf(s.start)));
  const lastYear = Math.max(
    options.lastYear ?? 0,
    ...dated.map((s) => yearOf(s.start)),
    ...markers.map((m) => yearOf(m.date)),
  );
  const n = lastYear - firstYear + 1;
  const column = 100 / n;
  const colX = (year: number) => (year - firstYear + 0.5) * column;

  // Lanes in the order their first study started: the chart reads as the field widening.
  const byField = new Map<string, OverviewStudy[]>();
  const ordered = [...dated].sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));
  for (const s of ordered) byField.set(s.field, [...(byField.get(s.field) ?? []), s]);

  const lanes: OverviewLane[] = [...byField.entries()].map(([field, list]) => {
    const perYear = new Map<number, OverviewStudy[]>();
    for (const s of list) perYear.set(yearOf(s.start), [...(perYear.get(yearOf(s.start)) ?? []), s]);
    // A ringed mark (led to an approval) is wider than a column's half on a phone, so a year that
    // has one and other marks too stacks them one per row, a little further apart (at 375 px the
    // ring and a stopped study's cross touched side by side).
    const perRow = (inYear: OverviewStudy[]) => (inYear.length > 1 && inYear.some((s) => s.approved) ? 1 : PER_ROW);
    const gap = [...perYear.values()].some((v) => perRow(v) === 1) ? RING_ROW_GAP : ROW_GAP;
    const rows = Math.max(...[...perYear.values()].map((v) => Math.ceil(v.length / perRow(v))));
    const marks: OverviewMark[] = [];
    for (const [year, unsorted] of perYear) {
      // The approved study first, on top.
      const inYear = [...unsorted].sort((a, b) => Number(b.approved) - Number(a.approved));
      const cellPerRow = perRow(inYear);
      inYear.forEach((s, i) => {
        const row = Math.floor(i / cellPerRow);
        const inRow = Math.min(cellPerRow, inYear.length - row * cellPerRow);
        const slot = i % cellPerRow;
        // One mark sits on the column centre; two sit at a quarter either side.
        const offset = inRow === 1 ? 0 : (slot - (inRow - 1) / 2) * (column / PER_ROW);
        marks.push({
          id: s.id,
          shape: s.approved ? 'ring' : s.stopped ? 'cross' : 'dot',
          cx: round(colX(year) + offset),
          cy: LANE_PAD + MARK_R + row * gap,
          description: t.dot(s.title, s.startLabel, s.stageLabel),
        });
      });
    }
    return {
      field,
      label: list[0]!.fieldLabel,
      // Fields without a chapter of their own are filed under 'basics'; drawn in the basics blue,
      // blood, cartilage, cancer and diabetes looked like one group. They are drawn neutral instead.
      area: list[0]!.area === 'basics' ? undefined : list[0]!.area,
      count: list.length,
      height: LANE_PAD * 2 + MARK_R * 2 + (rows - 1) * gap,
      marks,
    };
  });

  const years: OverviewYear[] = Array.from({ length: n }, (_, i) => {
    const year = firstYear + i;
    return {
      year,
      x: round(colX(year)),
      minor: i % 2 === 1 && i !== n - 1,
      count: dated.filter((s) => yearOf(s.start) === year).length,
    };
  });

  const markerOut: OverviewMarker[] = markers.map((m) => {
    const x = round((yearOf(m.date) - firstYear + yearFraction(m.date)) * column);
    const what = m.kind === 'approval' ? t.approvalLabel(m.count ?? 1) : t.withdrawalLabel(m.what ?? '');
    return {
      kind: m.kind,
      x,
      label: t.dated(m.dateLabel, what),
      lines: [m.dateLabel, what],
      anchor: x > 60 ? 'end' : 'start',
    };
  });

  const total = dated.length;
  const first = years[0]!;
  const approval = markers.find((m) => m.kind === 'approval');
  const stopped = dated.filter((s) => s.stopped).length;
  const title = t.title({ year: String(firstYear), count: first.count }, total, lanes.length);
  // The spread: the year the first study outside the first lane began, and how many followed.
  const firstLane = lanes[0];
  const beyond = dated.filter((s) => s.field !== firstLane?.field);
  const spreadYear = Math.min(...beyond.map((s) => yearOf(s.start)));
  const spread =
    firstLane && beyond.length > 0
      ? t.takeaway(firstLane.label, String(spreadYear), beyond.length, lanes.length - 1)
      : '';
  const takeaway = spread + (approval ? t.takeawayApproval(approval.dateLabel, approval.count ?? 1) : '');
  const yearsText = (list: OverviewStudy[]) => {
    const ys = [...new Set(list.map((s) => yearOf(s.start)))].sort();
    // A year with two studies says so: five studies over four years read as a wrong count (j4).
    return t.list(ys.map((y) => t.yearCount(y, list.filter((s) => yearOf(s.start) === y).length)));
  };
  const summary = [
    t.summaryHead(total, String(firstYear), String(lastYear)),
    ...lanes.map((l) => t.fieldSentence(l.label, l.count, yearsText(dated.filter((s) => s.field === l.field)))),
    t.summaryMarkers([...markerOut.map((m) => m.label), ...(stopped ? [t.stoppedNote(stopped)] : [])]),
  ]
    .filter(Boolean)
    .join(lang === 'ja' ? '' : ' ');

  const table: ChartTable = {
    columns: [...t.table.columns],
    rows: years.map((y) => {
      const inYear = dated.filter((s) => yearOf(s.start) === y.year);
      const parts = lanes
        .map((l) => ({ label: l.label, count: inYear.filter((s) => s.field === l.field).length }))
        .filter((p) => p.count > 0);
      return [String(y.year), y.count, t.byField(parts)];
    }),
  };

  return {
    years,
    column: round(column),
    lanes,
    markers: markerOut,
    title,
    takeaway,
    summary,
    notes: [t.notes.abroad, t.notes.yearOnly],
    table,
    total,
  };
}
