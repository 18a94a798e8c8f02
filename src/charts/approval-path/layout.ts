/**
 * The road to (or off) the market: one row per product on a shared time axis, a mark per stage,
 * the conditional-approval period as a band, and a dashed line at the site's as-of date.
 * Pure: product records in, positioned marks out. The pieces are in their own files: types.ts,
 * shapes.ts, geometry.ts, stages.ts (stage order and the conditional period), ticks.ts,
 * row-labels.ts (label placement), keyboard.ts and describe.ts (status, summary, table, notes).
 *
 * Horizontal positions are percentages of the track, so the SVG fills any container without a
 * viewBox and its text keeps its pixel size. Labels are packed for the narrowest wide layout
 * (GEOMETRY.minWidth); as the track widens the marks only move apart, so labels never collide.
 */
import { scaleUtc } from 'd3-scale';
import type { Product } from '../../schemas/product.ts';
import { FACTS_AS_OF } from '../../site.config.ts';
import { endOf, precisionOf, startOf } from '../../schemas/dates.ts';
import { formatPartialDate } from '../../lib/format.ts';
import { textWidth } from '../shared/text.ts';
import { midOf, when, yearOf } from './dates.ts';
import { markLabel, productStatus } from './describe.ts';
import { GEOMETRY } from './geometry.ts';
import { packRowLabels } from './row-labels.ts';
import { STAGE_SHAPE } from './shapes.ts';
import { TERMINAL, conditionalPeriod, stagesOf } from './stages.ts';
import { strings } from './strings.ts';
import { round, yearTicks } from './ticks.ts';
import type { ApprovalLayout, LabelLine, LayoutOptions, ListItem, ProductRow, StageMark } from './types.ts';

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
    /** The partial date of each list item, to sort them in time. */
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
    const widths = drafts.map((d) => Math.max(...d.lines.map((l) => textWidth(l.text, font, l.kind === 'stage'))));
    const packed = packRowLabels(
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
      ...(terminal
        ? {
            ended: {
              kind: terminal.stage as 'withdrawn' | 'rejected',
              label: t.ended[terminal.stage as 'withdrawn' | 'rejected'](yearOf(terminal.date)),
            },
          }
        : {}),
      status: productStatus(p, asOf, lang),
      list,
    };
  });

  // The takeaway on the axis: when the products now inside their conditional period must have
  // shown that they work (the latest such end, with every product whose period ends that year).
  const live = rows
    .map((r, i) => ({ r, end: periods[i]?.end }))
    .filter((e) => e.r.band?.today !== undefined && e.end !== undefined);
  let deadline: ApprovalLayout['deadline'];
  if (live.length) {
    const year = Math.max(...live.map((e) => yearOf(e.end!)));
    const due = live.filter((e) => yearOf(e.end!) === year);
    const at = Math.max(...due.map((e) => e.r.band!.to));
    const label = t.deadline(
      due.map((e) => e.r.name),
      year,
    );
    const w = textWidth(label, font, true);
    deadline = { x: at, label, anchor: px(at) >= w ? 'end' : 'start', width: w };
  }

  const asOfDate = fmt(asOf);
  const asOfLabel = t.asOfLabel(asOfDate);
  const todayFits = px(today) + dx + textWidth(asOfLabel, font) <= width;
  return {
    asOf,
    asOfDate,
    asOfLabel,
    today,
    todayAnchor: todayFits ? 'start' : 'end',
    ...(deadline ? { deadline } : {}),
    ticks: yearTicks(lo, hi, width),
    years: [firstYear, lastYear],
    rows,
    marks,
  };
}
