/**
 * The road to (or off) the market: one row per product on a shared time axis, a mark per stage,
 * the conditional-approval period as a band, and a dashed line at the site's as-of date.
 * Pure: product records in, positioned marks out.
 *
 * Horizontal positions are percentages of the track, so the SVG fills any container without a
 * viewBox and its text keeps its pixel size. Labels are packed for the narrowest wide layout
 * (GEOMETRY.minWidth); as the track widens the marks only move apart, so labels never collide.
 */
import { scaleUtc } from 'd3-scale';
import type { Product, STAGES } from '../../schemas/product.ts';
import { endOf, precisionOf, startOf } from '../../schemas/dates.ts';
import { formatPartialDate } from '../../lib/format.ts';
import { nextIndex } from '../shared/keyboard.ts';
import type { ChartTable } from '../shared/table.ts';
import { conditionalEnd, midOf, when, yearOf } from './dates.ts';

export type Stage = (typeof STAGES)[number];
/** Stages from the data, plus the computed end of a conditional period. */
export type MarkKind = Stage | 'period-end';
export type Shape = 'ring' | 'disc' | 'square' | 'diamond' | 'star' | 'cross' | 'no-entry' | 'bracket' | 'today';

/** The date the site's facts were last checked: the "today" line. A constant, so builds are deterministic. */
export const AS_OF = '2026-11-20';

/** Each kind has its own shape, so the chart reads without colour. */
export const STAGE_SHAPE: Record<MarkKind, Shape> = {
  'clinical-research': 'ring',
  trial: 'disc',
  filing: 'square',
  'conditional-approval': 'diamond',
  'full-approval': 'star',
  withdrawn: 'cross',
  rejected: 'no-entry',
  'period-end': 'bracket',
};

export const STAGE_LABEL: Record<MarkKind, string> = {
  'clinical-research': 'Clinical research',
  trial: 'Clinical trial',
  filing: 'Application filed',
  'conditional-approval': 'Conditional approval',
  'full-approval': 'Full approval',
  withdrawn: 'Withdrawn',
  rejected: 'Rejected',
  'period-end': 'Conditional period ends',
};

/** Stages after which a product is off the road: the track ends there. */
export const TERMINAL: readonly Stage[] = ['withdrawn', 'rejected'];
/** Stages that close a conditional period early. */
const CLOSES_PERIOD: readonly Stage[] = ['full-approval', 'withdrawn', 'rejected'];

/** What the chart and table say when a product's conditional period has no known length. */
export const NO_PERIOD = 'Period not in our sources';

export const GEOMETRY = {
  /** Narrowest container that gets the time axis, px; narrower ones get the stacked list. */
  minWidth: 520,
  /** Inset of the time axis at each side, % of the track. */
  pad: 4,
  r: 7,
  trackY: 20,
  /** Top of the first label lane, px. */
  labelTop: 38,
  line: 16,
  font: 13,
  /** Text offset from a label's leader line, px. */
  dx: 5,
  gapX: 10,
  gapY: 6,
  bottom: 10,
  axisHeight: 46,
  /** Smallest distance between year labels at minWidth, px. */
  minTickGap: 44,
};

export interface LabelLine {
  text: string;
  kind: 'stage' | 'date' | 'extra';
}

export interface StageMark {
  /** Position in keyboard order across all products. */
  index: number;
  row: number;
  kind: MarkKind;
  shape: Shape;
  /** Partial date as written (for a period end, as computed). */
  date: string;
  /** % of the track width. */
  x: number;
  anchor: 'start' | 'end';
  /** Top of the label block, px from the top of the row's SVG. */
  labelY: number;
  lines: LabelLine[];
  /** What a screen reader and the tooltip say for this mark. */
  label: string;
}

export interface ListItem {
  shape: Shape;
  /** 'today' marks where the as-of date falls among a product's stages (products still on the road). */
  kind: MarkKind | 'today';
  stage: string;
  date: string;
  extra?: string;
}

export interface ProductRow {
  id: string;
  name: string;
  genericName?: string;
  company: string;
  kind: string;
  area: string;
  /** Height of the row's SVG, px. */
  height: number;
  track: { from: number; to: number; ended: boolean };
  /**
   * The conditional period: from approval to its end (`to`); `today` splits elapsed from remaining
   * when the as-of date falls inside it. `open`: the length is unknown and the band stops at today.
   */
  band?: { from: number; today?: number; to: number; open: boolean };
  /** Year-only dates: the whole year they can mean, drawn as a bracket. */
  spans: { from: number; to: number }[];
  marks: StageMark[];
  /** Where the product stands at the as-of date, in one sentence. */
  status: string;
  /** The same stages as text, for narrow containers. */
  list: ListItem[];
}

export interface ApprovalLayout {
  asOf: string;
  /** "20 November 2026". */
  asOfDate: string;
  /** "As of 20 November 2026": the label of the dashed line. */
  asOfLabel: string;
  today: number;
  todayAnchor: 'start' | 'end';
  ticks: { x: number; label: string }[];
  /** First and last year of the axis, for the accessible description. */
  years: [number, number];
  rows: ProductRow[];
  /** All marks in keyboard order: product by product, each in date order. */
  marks: StageMark[];
}

/** Products in the order of their first stage (ties by name). */
export function byFirstStage(products: Product[]): Product[] {
  const first = (p: Product) => Math.min(...p.stages.map((s) => startOf(s.date).getTime()));
  return [...products].sort((a, b) => first(a) - first(b) || a.name.localeCompare(b.name));
}

/** Stages in date order (the data lists them so, but the chart does not rely on it). */
function stagesOf(p: Product) {
  return p.stages
    .map((s, order) => ({ ...s, order }))
    .sort((a, b) => midOf(a.date) - midOf(b.date) || a.order - b.order);
}

/** How a product's conditional period is drawn: its end if known and not cut short by a later stage. */
export function conditionalPeriod(p: Product) {
  const stages = stagesOf(p);
  const i = stages.findIndex((s) => s.stage === 'conditional-approval');
  if (i < 0) return undefined;
  const approval = stages[i]!;
  const closing = stages.slice(i + 1).find((s) => CLOSES_PERIOD.includes(s.stage));
  const end = p.conditionalYears === undefined ? undefined : conditionalEnd(approval.date, p.conditionalYears);
  const cutShort = closing !== undefined && (end === undefined || midOf(closing.date) <= midOf(end));
  return { approval, end, closing: cutShort ? closing : undefined, years: p.conditionalYears };
}

/** Rough text width for label packing, px (system sans; errs wide). */
export function textWidth(text: string, font = GEOMETRY.font, bold = false): number {
  return Math.ceil(text.length * font * (bold ? 0.6 : 0.56));
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * Places each label below the track, as high as it can go without touching another label or
 * crossing another mark's leader line. Marks are placed right to left, each label to the right of
 * its mark when it fits in the track (else to the left). Positions are px at `width`.
 * Returns, per mark, the anchor and the label's top (0 = first lane).
 */
export function packLabels(items: { x: number; w: number; h: number }[], width: number) {
  const { gapX, gapY } = GEOMETRY;
  const placed: (Box & { x: number; i: number })[] = [];
  const out: { anchor: 'start' | 'end'; y: number }[] = items.map(() => ({ anchor: 'start', y: 0 }));
  const order = items.map((_, i) => i).sort((a, b) => items[b]!.x - items[a]!.x || b - a);
  const overlaps = (a: Box, b: Box) => a.x0 < b.x1 + gapX && b.x0 < a.x1 + gapX && a.y0 < b.y1 + gapY && b.y0 < a.y1 + gapY;
  for (const i of order) {
    const it = items[i]!;
    const anchors: ('start' | 'end')[] = it.x + it.w <= width ? ['start', 'end'] : ['end', 'start'];
    const ys = [0, ...placed.map((b) => b.y1 + gapY)].sort((a, b) => a - b);
    let best: { anchor: 'start' | 'end'; y: number } | undefined;
    for (const strict of [true, false]) {
      for (const y of ys) {
        for (const anchor of anchors) {
          const box: Box = anchor === 'start' ? { x0: it.x, x1: it.x + it.w, y0: y, y1: y + it.h } : { x0: it.x - it.w, x1: it.x, y0: y, y1: y + it.h };
          if (box.x0 < 0 || box.x1 > width) continue;
          if (placed.some((b) => overlaps(box, b))) continue;
          if (strict) {
            // My label must not sit across another mark's leader, nor my leader cross another label.
            if (placed.some((b) => b.x >= box.x0 - 2 && b.x <= box.x1 + 2 && box.y0 < b.y0)) continue;
            if (placed.some((b) => it.x >= b.x0 - 2 && it.x <= b.x1 + 2 && b.y0 < y)) continue;
          }
          best = { anchor, y };
          break;
        }
        if (best) break;
      }
      if (best) break;
    }
    // A label wider than the whole track: start it at the mark, below everything else.
    best ??= { anchor: it.x < width / 2 ? 'start' : 'end', y: ys[ys.length - 1]! };
    out[i] = best;
    const x0 = best.anchor === 'start' ? it.x : it.x - it.w;
    placed.push({ x0, x1: x0 + it.w, y0: best.y, y1: best.y + it.h, x: it.x, i });
  }
  return out;
}

/** Year ticks from scale.ticks(), thinned until their labels are at least minTickGap apart at minWidth. */
export function yearTicks(lo: number, hi: number, width = GEOMETRY.minWidth): { x: number; label: string }[] {
  const { pad, minTickGap } = GEOMETRY;
  const scale = scaleUtc().domain([lo, hi]).range([pad, 100 - pad]);
  const jan1 = (d: Date) => d.getUTCMonth() === 0 && d.getUTCDate() === 1;
  for (let count = Math.max(1, Math.floor(((100 - 2 * pad) / 100) * width / 56)); ; count--) {
    const ticks = scale.ticks(count).filter(jan1);
    const xs = ticks.map((t) => scale(t));
    const fits = xs.every((x, i) => i === 0 || ((x - xs[i - 1]!) / 100) * width >= minTickGap);
    if (fits || count <= 1) return ticks.map((t, i) => ({ x: round(xs[i]!), label: String(t.getUTCFullYear()) }));
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

function markLabel(p: Product, kind: MarkKind, date: string, note?: string, extra?: string): string {
  return `${p.name}, ${STAGE_LABEL[kind]}: ${formatPartialDate(date)}.${note ? ` ${note}` : ''}${extra ? ` ${extra}` : ''}`;
}

export interface LayoutOptions {
  /** The "today" line: the date the site's facts were checked (YYYY-MM-DD). */
  asOf?: string;
  /** Width labels are packed for, px. */
  width?: number;
}

export function layoutApprovalPath(products: Product[], options: LayoutOptions = {}): ApprovalLayout {
  const { asOf = AS_OF, width = GEOMETRY.minWidth } = options;
  const { pad, labelTop, line, font, dx, bottom } = GEOMETRY;

  // Domain: whole years from the first stage to the latest of any stage, period end or today.
  const periods = products.map(conditionalPeriod);
  const starts = products.flatMap((p) => p.stages.map((s) => startOf(s.date).getTime()));
  const ends = [
    endOf(asOf).getTime(),
    ...products.flatMap((p) => p.stages.map((s) => endOf(s.date).getTime())),
    ...periods.flatMap((c) => (c?.end && !c.closing ? [endOf(c.end).getTime()] : [])),
  ];
  const firstYear = new Date(Math.min(...starts, startOf(asOf).getTime())).getUTCFullYear();
  const lastYear = new Date(Math.max(...ends)).getUTCFullYear() + 1;
  const lo = Date.UTC(firstYear, 0, 1);
  const hi = Date.UTC(lastYear, 0, 1);
  const scale = scaleUtc().domain([lo, hi]).range([pad, 100 - pad]);
  const x = (date: string) => round(scale(midOf(date)));
  const today = x(asOf);
  const px = (pct: number) => (pct / 100) * width;

  const marks: StageMark[] = [];
  const rows: ProductRow[] = products.map((p, row) => {
    const stages = stagesOf(p);
    const period = periods[row];
    const terminal = stages.find((s) => TERMINAL.includes(s.stage));
    const lastStage = terminal ?? stages[stages.length - 1]!;

    type Draft = Omit<StageMark, 'index' | 'row' | 'anchor' | 'labelY'>;
    const drafts: Draft[] = [];
    const list: ListItem[] = [];
    /** The partial date of each list item, to slot "today" in among them. */
    const listDates: string[] = [];
    for (const s of stages) {
      const noPeriod = s.stage === 'conditional-approval' && p.conditionalYears === undefined;
      const lines: LabelLine[] = [
        { text: STAGE_LABEL[s.stage], kind: 'stage' },
        { text: formatPartialDate(s.date), kind: 'date' },
      ];
      if (noPeriod) lines.push({ text: NO_PERIOD, kind: 'extra' });
      drafts.push({
        kind: s.stage,
        shape: STAGE_SHAPE[s.stage],
        date: s.date,
        x: x(s.date),
        lines,
        label: markLabel(p, s.stage, s.date, s.note, noPeriod ? 'The length of the conditional period is not in our sources.' : undefined),
      });
      list.push({ shape: STAGE_SHAPE[s.stage], kind: s.stage, stage: STAGE_LABEL[s.stage], date: formatPartialDate(s.date), ...(noPeriod ? { extra: NO_PERIOD } : {}) });
      listDates.push(s.date);
      if (s.order === period?.approval.order && period.end && !period.closing) {
        const approx = `~${yearOf(period.end)}`;
        drafts.push({
          kind: 'period-end',
          shape: 'bracket',
          date: period.end,
          x: x(period.end),
          lines: [
            { text: STAGE_LABEL['period-end'], kind: 'stage' },
            { text: approx, kind: 'date' },
          ],
          label: `${p.name}, conditional period ends ${approx}: ${period.years} years after conditional approval ${when(s.date)} (computed).`,
        });
        list.push({ shape: 'bracket', kind: 'period-end', stage: STAGE_LABEL['period-end'], date: approx, extra: `${period.years} years after approval (computed)` });
        listDates.push(period.end);
      }
    }
    drafts.sort((a, b) => a.x - b.x);
    const sorted = list.map((item, i) => ({ item, date: listDates[i]! })).sort((a, b) => midOf(a.date) - midOf(b.date));
    list.splice(0, list.length, ...sorted.map((e) => e.item));
    listDates.splice(0, listDates.length, ...sorted.map((e) => e.date));
    if (!terminal) {
      // In the stacked list, "as of" sits among the stages where the as-of date falls.
      const at = listDates.findIndex((d) => midOf(d) > endOf(asOf).getTime());
      const nowItem: ListItem = { shape: 'today', kind: 'today', stage: 'As of', date: formatPartialDate(asOf) };
      list.splice(at < 0 ? list.length : at, 0, nowItem);
    }

    const packed = packLabels(
      drafts.map((d) => ({
        x: px(d.x),
        w: dx + Math.max(...d.lines.map((l) => textWidth(l.text, font, l.kind === 'stage'))),
        h: d.lines.length * line,
      })),
      width,
    );
    const rowMarks = drafts.map((d, i) => {
      const m: StageMark = { ...d, index: marks.length, row, anchor: packed[i]!.anchor, labelY: labelTop + packed[i]!.y };
      marks.push(m);
      return m;
    });
    const height = Math.max(...rowMarks.map((m) => m.labelY + m.lines.length * line)) + bottom;

    let band: ProductRow['band'];
    if (period) {
      const from = x(period.approval.date);
      const open = !period.closing && !period.end;
      const to = period.closing ? x(period.closing.date) : period.end ? x(period.end) : Math.max(from, today);
      band = { from, to, open, ...(from < today && today < to ? { today } : {}) };
    }

    return {
      id: p.id,
      name: p.name,
      ...(p.genericName ? { genericName: p.genericName } : {}),
      company: p.company,
      kind: p.kind,
      area: p.area,
      height,
      track: { from: x(stages[0]!.date), to: terminal ? x(terminal.date) : Math.max(today, x(lastStage.date)), ended: Boolean(terminal) },
      ...(band ? { band } : {}),
      spans: stages
        .filter((s) => precisionOf(s.date) === 'year')
        .map((s) => ({ from: round(scale(startOf(s.date).getTime())), to: round(scale(endOf(s.date).getTime() + 86_400_000)) })),
      marks: rowMarks,
      status: productStatus(p, asOf),
      list,
    };
  });

  const asOfDate = formatPartialDate(asOf);
  const asOfLabel = `As of ${asOfDate}`;
  const todayFits = px(today) + dx + textWidth(asOfLabel) <= width;
  return {
    asOf,
    asOfDate,
    asOfLabel,
    today,
    todayAnchor: todayFits ? 'start' : 'end',
    ticks: yearTicks(lo, hi, width),
    years: [firstYear, lastYear],
    rows,
    marks,
  };
}

/**
 * Arrow keys: Left/Right (and Home/End) walk every mark in order across products; Up/Down jump
 * to the previous or next product, to its mark nearest in time.
 */
export function nextMark(layout: Pick<ApprovalLayout, 'marks' | 'rows'>, current: number, key: string): number | undefined {
  const { marks, rows } = layout;
  if (key !== 'ArrowUp' && key !== 'ArrowDown') return nextIndex(current, key, marks.length);
  const here = marks[current];
  if (!here) return undefined;
  const target = rows[here.row + (key === 'ArrowUp' ? -1 : 1)];
  if (!target || target.marks.length === 0) return current;
  let best = target.marks[0]!;
  for (const m of target.marks) if (Math.abs(m.x - here.x) < Math.abs(best.x - here.x)) best = m;
  return best.index;
}

/** One sentence: where the product stands at the as-of date. */
export function productStatus(p: Product, asOf = AS_OF): string {
  const asOfTime = endOf(asOf).getTime();
  const stages = stagesOf(p).filter((s) => startOf(s.date).getTime() <= asOfTime);
  const now = stages[stages.length - 1];
  if (!now) return `${p.name} has no stage on record before ${formatPartialDate(asOf)}.`;
  const d = formatPartialDate(now.date);
  const approval = stages.find((s) => s.stage === 'conditional-approval');
  const after = approval ? `, after conditional approval ${when(approval.date)}` : '';
  switch (now.stage) {
    case 'clinical-research':
      return `${p.name} has been in clinical research since ${d}.`;
    case 'trial':
      return `${p.name} has been in clinical trials since ${d}.`;
    case 'filing':
      return `${p.name} was filed for approval ${when(now.date)}; no decision is in our sources yet.`;
    case 'conditional-approval': {
      const start = `${p.name} was conditionally approved ${when(now.date)}`;
      if (p.conditionalYears === undefined) return `${start}; the length of its conditional period is not in our sources.`;
      const end = conditionalEnd(now.date, p.conditionalYears);
      return startOf(end).getTime() > asOfTime
        ? `${start}; its conditional period ends around ${yearOf(end)}.`
        : `${start}; its conditional period was due to end around ${yearOf(end)}, and no later decision is in our sources.`;
    }
    case 'full-approval':
      return `${p.name} was fully approved ${when(now.date)}.`;
    case 'withdrawn':
      return `${p.name} was withdrawn ${when(now.date)}${after}.`;
    case 'rejected':
      return `${p.name} was rejected ${when(now.date)}${after}.`;
  }
}

/** The frame's text summary: per product, where it stands now. */
export function approvalSummary(products: Product[], asOf = AS_OF): string {
  return `As of ${formatPartialDate(asOf)}: ${products.map((p) => productStatus(p, asOf)).join(' ')}`;
}

/** Every stage and computed period end as a row. `cite` turns a reference id into a short citation. */
export function approvalTable(products: Product[], cite: (id: string) => string = (id) => id): ChartTable {
  const sources = (refs: string[]) => refs.map(cite).join('; ');
  return {
    columns: ['Product', 'Company', 'Stage', 'Date', 'Note', 'Sources'],
    rows: products.flatMap((p) => {
      const period = conditionalPeriod(p);
      return stagesOf(p).flatMap((s) => {
        const noPeriod = s.stage === 'conditional-approval' && p.conditionalYears === undefined;
        const note = [s.note, noPeriod ? `${NO_PERIOD}.` : ''].filter(Boolean).join(' ');
        const rows = [[p.name, p.company, STAGE_LABEL[s.stage], formatPartialDate(s.date), note, sources(s.refs)]];
        if (s.order === period?.approval.order && period.end) {
          rows.push([
            p.name,
            p.company,
            `${STAGE_LABEL['period-end']} (computed)`,
            `~${yearOf(period.end)}`,
            `${period.years} years after conditional approval ${when(s.date)}.${period.closing ? ` Not reached: ${STAGE_LABEL[period.closing.stage].toLowerCase()} ${when(period.closing.date)}.` : ''}`,
            sources(s.refs),
          ]);
        }
        return rows;
      });
    }),
  };
}

/** Caveats for the frame: each product's condition, and what conditional approval means. */
export function approvalNotes(products: Product[], asOf = AS_OF): string[] {
  const notes = products.filter((p) => p.condition).map((p) => `${p.name}, condition for full approval: ${p.condition}`);
  notes.push(
    'Conditional approval is not full approval: it allows sale for a limited period while evidence that the product works is collected, and full approval can still be refused or the application withdrawn.',
    `Where the length of a conditional period is known, its end (~) is computed as that many years after the conditional approval; where it is not in our sources, no end is drawn. The dashed line marks ${formatPartialDate(asOf)}, when these facts were last checked.`,
  );
  if (products.some((p) => p.stages.some((s) => precisionOf(s.date) === 'year'))) {
    notes.push('A date our sources give only as a year is drawn in the middle of that year, with a bracket over the whole year.');
  }
  return notes;
}

/** Every reference behind the drawn stages. */
export function approvalRefs(products: Product[]): string[] {
  return [...new Set(products.flatMap((p) => p.stages.flatMap((s) => s.refs)))];
}
