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
import type { Product } from '../../schemas/product.ts';
import type { Lang } from '../../schemas/translation.ts';
import { FACTS_AS_OF } from '../../site.config.ts';
import { endOf, precisionOf, startOf } from '../../schemas/dates.ts';
import { formatPartialDate } from '../../lib/format.ts';
import { nextIndex } from '../shared/keyboard.ts';
import type { ChartTable } from '../shared/table.ts';
import { textWidth } from '../shared/text.ts';
import { conditionalEnd, midOf, when, yearOf } from './dates.ts';
import { strings, type MarkKind, type Stage } from './strings.ts';

export type { MarkKind, Stage };
export type Shape =
  'square-open' | 'square' | 'triangle' | 'diamond' | 'star' | 'cross' | 'no-entry' | 'bracket' | 'today';

/**
 * Each kind has its own shape, so the chart reads without colour. Shapes mean the same as in the
 * timeline's key (src/charts/timeline/layout.ts KIND_SHAPE): a filled square is a study starting,
 * a triangle an application, a filled diamond an approval, a cross a refusal or withdrawal.
 */
export const STAGE_SHAPE: Record<MarkKind, Shape> = {
  'clinical-research': 'square-open',
  trial: 'square',
  filing: 'triangle',
  'conditional-approval': 'diamond',
  'full-approval': 'star',
  withdrawn: 'cross',
  rejected: 'no-entry',
  'period-end': 'bracket',
};

/** Stages after which a product is off the road: the track ends there. */
export const TERMINAL: readonly Stage[] = ['withdrawn', 'rejected'];
/** Stages that close a conditional period early. */
const CLOSES_PERIOD: readonly Stage[] = ['full-approval', 'withdrawn', 'rejected'];

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
  /** Width of the label's longest line, px (an estimate that errs wide): its background plate. */
  labelWidth: number;
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

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * Places each label below the track, as high as it can go without touching another label or
 * crossing another mark's leader line, so every label reads as its own mark's. Marks are placed
 * right to left, each label to the right of its mark when it fits in the track (else to the
 * left); a label that would cover a mark not yet placed waits until that mark's label is placed
 * above it. Positions are px at `width`.
 * Returns, per mark, the anchor and the label's top (0 = first lane).
 */
export function packLabels(items: { x: number; w: number; h: number }[], width: number) {
  const { gapX, gapY } = GEOMETRY;
  type Placement = { anchor: 'start' | 'end'; y: number };
  const placed: (Box & { x: number; i: number })[] = [];
  const out: Placement[] = items.map(() => ({ anchor: 'start', y: 0 }));
  const overlaps = (a: Box, b: Box) =>
    a.x0 < b.x1 + gapX && b.x0 < a.x1 + gapX && a.y0 < b.y1 + gapY && b.y0 < a.y1 + gapY;
  const covers = (box: Box, x: number) => x >= box.x0 - 2 && x <= box.x1 + 2;
  /** Right to left; a mark whose label would cover a mark still to be placed waits its turn. */
  const pending = items.map((_, i) => i).sort((a, b) => items[b]!.x - items[a]!.x || b - a);

  /**
   * The highest free place for item i's label (preferred anchor first at each height). `strict`:
   * its label lies across no placed mark's leader and its leader through no placed label.
   * `clearOfPending`: its label also covers no mark still to be placed, whose leader would
   * otherwise have to run down through it; the two labels would then read as each other's.
   */
  function candidate(i: number, strict: boolean, clearOfPending: boolean): Placement | undefined {
    const it = items[i]!;
    const anchors: ('start' | 'end')[] = it.x + it.w <= width ? ['start', 'end'] : ['end', 'start'];
    const ys = [0, ...placed.map((b) => b.y1 + gapY)].sort((a, b) => a - b);
    for (const y of ys) {
      for (const anchor of anchors) {
        const box: Box =
          anchor === 'start'
            ? { x0: it.x, x1: it.x + it.w, y0: y, y1: y + it.h }
            : { x0: it.x - it.w, x1: it.x, y0: y, y1: y + it.h };
        if (box.x0 < 0 || box.x1 > width) continue;
        if (placed.some((b) => overlaps(box, b))) continue;
        if (strict) {
          if (placed.some((b) => covers(box, b.x) && box.y0 < b.y0)) continue;
          if (placed.some((b) => covers(b, it.x) && b.y0 < y)) continue;
        }
        if (clearOfPending && pending.some((j) => j !== i && items[j]!.x !== it.x && covers(box, items[j]!.x)))
          continue;
        return { anchor, y };
      }
    }
    return undefined;
  }

  while (pending.length > 0) {
    let pick = pending.findIndex((i) => candidate(i, true, true));
    const i = pending[pick < 0 ? (pick = 0) : pick]!;
    const it = items[i]!;
    const best = candidate(i, true, true) ??
      candidate(i, true, false) ??
      candidate(i, false, false) ??
        // A label wider than the whole track: start it at the mark, below everything else.
        { anchor: it.x < width / 2 ? 'start' : 'end', y: Math.max(0, ...placed.map((b) => b.y1 + gapY)) };
    pending.splice(pick, 1);
    out[i] = best;
    const x0 = best.anchor === 'start' ? it.x : it.x - it.w;
    placed.push({ x0, x1: x0 + it.w, y0: best.y, y1: best.y + it.h, x: it.x, i });
  }
  return out;
}

/** Year ticks from scale.ticks(), thinned until their labels are at least minTickGap apart at minWidth. */
export function yearTicks(lo: number, hi: number, width = GEOMETRY.minWidth): { x: number; label: string }[] {
  const { pad, minTickGap } = GEOMETRY;
  const scale = scaleUtc()
    .domain([lo, hi])
    .range([pad, 100 - pad]);
  const jan1 = (d: Date) => d.getUTCMonth() === 0 && d.getUTCDate() === 1;
  for (let count = Math.max(1, Math.floor((((100 - 2 * pad) / 100) * width) / 56)); ; count--) {
    const ticks = scale.ticks(count).filter(jan1);
    const xs = ticks.map((t) => scale(t));
    const fits = xs.every((x, i) => i === 0 || ((x - xs[i - 1]!) / 100) * width >= minTickGap);
    if (fits || count <= 1) return ticks.map((t, i) => ({ x: round(xs[i]!), label: String(t.getUTCFullYear()) }));
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

function markLabel(p: Product, kind: MarkKind, date: string, lang: Lang, note?: string, extra?: string): string {
  const t = strings[lang];
  return t.markLabel(p.name, t.stage[kind], formatPartialDate(date, lang), note, extra);
}

export interface LayoutOptions {
  /** The "today" line: the date the site's facts were checked (YYYY-MM-DD). */
  asOf?: string;
  /** Width labels are packed for, px. */
  width?: number;
  /** Language of every label; records must already be localized (localize(record, lang)). */
  lang?: Lang;
}

/**
 * The compact record the island receives (localized already): no translations, stage sources or
 * notes' references, which the layout does not read. The marks are laid out from it on the server
 * and again in the browser, so no drawn mark is serialized into the page.
 */
export function pathProduct(p: Product): Product {
  const { ja: _ja, stages, ...rest } = p;
  return { ...rest, stages: stages.map(({ ja: _sja, refs: _refs, ...s }) => ({ ...s, refs: [] })) };
}

export function layoutApprovalPath(products: Product[], options: LayoutOptions = {}): ApprovalLayout {
  const { asOf = FACTS_AS_OF, width = GEOMETRY.minWidth, lang = 'en' } = options;
  const t = strings[lang];
  const fmt = (date: string) => formatPartialDate(date, lang);
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
  const scale = scaleUtc()
    .domain([lo, hi])
    .range([pad, 100 - pad]);
  const x = (date: string) => round(scale(midOf(date)));
  const today = x(asOf);
  const px = (pct: number) => (pct / 100) * width;

  const marks: StageMark[] = [];
  const rows: ProductRow[] = products.map((p, row) => {
    const stages = stagesOf(p);
    const period = periods[row];
    const terminal = stages.find((s) => TERMINAL.includes(s.stage));
    const lastStage = terminal ?? stages[stages.length - 1]!;

    type Draft = Omit<StageMark, 'index' | 'row' | 'anchor' | 'labelY' | 'labelWidth'>;
    const drafts: Draft[] = [];
    const list: ListItem[] = [];
    /** The partial date of each list item, to slot "today" in among them. */
    const listDates: string[] = [];
    for (const s of stages) {
      const noPeriod = s.stage === 'conditional-approval' && p.conditionalYears === undefined;
      const lines: LabelLine[] = [
        { text: t.stage[s.stage], kind: 'stage' },
        { text: fmt(s.date), kind: 'date' },
      ];
      if (noPeriod) lines.push({ text: t.noPeriod, kind: 'extra' });
      drafts.push({
        kind: s.stage,
        shape: STAGE_SHAPE[s.stage],
        date: s.date,
        x: x(s.date),
        lines,
        label: markLabel(p, s.stage, s.date, lang, s.note, noPeriod ? t.noPeriodSentence : undefined),
      });
      list.push({
        shape: STAGE_SHAPE[s.stage],
        kind: s.stage,
        stage: t.stage[s.stage],
        date: fmt(s.date),
        ...(noPeriod ? { extra: t.noPeriod } : {}),
      });
      listDates.push(s.date);
      if (s.order === period?.approval.order && period.end && !period.closing) {
        const approx = t.approxYear(yearOf(period.end));
        drafts.push({
          kind: 'period-end',
          shape: 'bracket',
          date: period.end,
          x: x(period.end),
          lines: [
            { text: t.stage['period-end'], kind: 'stage' },
            { text: approx, kind: 'date' },
          ],
          label: t.periodEndLabel(p.name, approx, period.years!, when(s.date, lang)),
        });
        list.push({
          shape: 'bracket',
          kind: 'period-end',
          stage: t.stage['period-end'],
          date: approx,
          extra: t.periodEndExtra(period.years!),
        });
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
      const nowItem: ListItem = { shape: 'today', kind: 'today', stage: t.asOfItem, date: fmt(asOf) };
      list.splice(at < 0 ? list.length : at, 0, nowItem);
    }

    const widths = drafts.map((d) => Math.max(...d.lines.map((l) => textWidth(l.text, font, l.kind === 'stage'))));
    const packed = packLabels(
      drafts.map((d, i) => ({ x: px(d.x), w: dx + widths[i]!, h: d.lines.length * line })),
      width,
    );
    const rowMarks = drafts.map((d, i) => {
      const m: StageMark = {
        ...d,
        index: marks.length,
        row,
        anchor: packed[i]!.anchor,
        labelY: labelTop + packed[i]!.y,
        labelWidth: widths[i]!,
      };
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
      track: {
        from: x(stages[0]!.date),
        to: terminal ? x(terminal.date) : Math.max(today, x(lastStage.date)),
        ended: Boolean(terminal),
      },
      ...(band ? { band } : {}),
      spans: stages
        .filter((s) => precisionOf(s.date) === 'year')
        .map((s) => ({
          from: round(scale(startOf(s.date).getTime())),
          to: round(scale(endOf(s.date).getTime() + 86_400_000)),
        })),
      marks: rowMarks,
      status: productStatus(p, asOf, lang),
      list,
    };
  });

  const asOfDate = fmt(asOf);
  const asOfLabel = t.asOfLabel(asOfDate);
  const todayFits = px(today) + dx + textWidth(asOfLabel, font) <= width;
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
export function nextMark(
  layout: Pick<ApprovalLayout, 'marks' | 'rows'>,
  current: number,
  key: string,
): number | undefined {
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
export function productStatus(p: Product, asOf = FACTS_AS_OF, lang: Lang = 'en'): string {
  const t = strings[lang].status;
  const asOfTime = endOf(asOf).getTime();
  const stages = stagesOf(p).filter((s) => startOf(s.date).getTime() <= asOfTime);
  const now = stages[stages.length - 1];
  if (!now) return t.none(p.name, formatPartialDate(asOf, lang));
  const d = formatPartialDate(now.date, lang);
  const at = when(now.date, lang);
  const approval = stages.find((s) => s.stage === 'conditional-approval');
  const after = approval ? when(approval.date, lang) : undefined;
  switch (now.stage) {
    case 'clinical-research':
      return t['clinical-research'](p.name, d);
    case 'trial':
      return t.trial(p.name, d);
    case 'filing':
      return t.filing(p.name, at);
    case 'conditional-approval': {
      const start = t.conditional(p.name, at);
      if (p.conditionalYears === undefined) return t.noPeriod(start);
      const end = conditionalEnd(now.date, p.conditionalYears);
      return startOf(end).getTime() > asOfTime ? t.endsAround(start, yearOf(end)) : t.wasDue(start, yearOf(end));
    }
    case 'full-approval':
      return t['full-approval'](p.name, at);
    case 'withdrawn':
      return t.withdrawn(p.name, at, after);
    case 'rejected':
      return t.rejected(p.name, at, after);
  }
}

/** The frame's text summary: per product, where it stands now. */
export function approvalSummary(products: Product[], asOf = FACTS_AS_OF, lang: Lang = 'en'): string {
  return strings[lang].summary(
    formatPartialDate(asOf, lang),
    products.map((p) => productStatus(p, asOf, lang)),
  );
}

/** Every stage and computed period end as a row. `cite` turns a reference id into a short citation. */
export function approvalTable(
  products: Product[],
  cite: (id: string) => string = (id) => id,
  lang: Lang = 'en',
): ChartTable {
  const t = strings[lang];
  const sources = (refs: string[]) => refs.map(cite).join('; ');
  return {
    columns: [...t.table.columns],
    rows: products.flatMap((p) => {
      const period = conditionalPeriod(p);
      return stagesOf(p).flatMap((s) => {
        const noPeriod = s.stage === 'conditional-approval' && p.conditionalYears === undefined;
        const note = t.table.joinNotes([s.note ?? '', noPeriod ? t.table.noPeriodNote : ''].filter(Boolean));
        const rows = [[p.name, p.company, t.stage[s.stage], formatPartialDate(s.date, lang), note, sources(s.refs)]];
        if (s.order === period?.approval.order && period.end) {
          rows.push([
            p.name,
            p.company,
            t.table.computed(t.stage['period-end']),
            t.approxYear(yearOf(period.end)),
            t.table.periodNote(period.years!, when(s.date, lang)) +
              (period.closing ? t.table.notReached(period.closing.stage, when(period.closing.date, lang)) : ''),
            sources(s.refs),
          ]);
        }
        return rows;
      });
    }),
  };
}

/** Caveats for the frame: each product's condition, and what conditional approval means. */
export function approvalNotes(products: Product[], asOf = FACTS_AS_OF, lang: Lang = 'en'): string[] {
  const t = strings[lang].notes;
  const notes = products.filter((p) => p.condition).map((p) => t.condition(p.name, p.condition!));
  notes.push(t.notFull, t.computedEnd(formatPartialDate(asOf, lang)));
  if (products.some((p) => p.stages.some((s) => precisionOf(s.date) === 'year'))) notes.push(t.yearOnly);
  return notes;
}

/** Every reference behind the drawn stages. */
export function approvalRefs(products: Product[]): string[] {
  return [...new Set(products.flatMap((p) => p.stages.flatMap((s) => s.refs)))];
}
