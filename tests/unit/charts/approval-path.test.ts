import { describe, expect, it } from 'vitest';
import { svgSnapshot } from '../support/svg-snapshot';
import { render } from 'svelte/server';
import ApprovalPath from '../../../src/charts/approval-path/ApprovalPath.svelte';
import { conditionalEnd, midOf, when } from '../../../src/charts/approval-path/dates';
import { layoutApprovalPath } from '../../../src/charts/approval-path/layout';
import { GEOMETRY } from '../../../src/charts/approval-path/geometry';
import { STAGE_SHAPE } from '../../../src/charts/approval-path/shapes';
import {
  approvalNotes,
  approvalRefs,
  approvalSummary,
  approvalTable,
  productStatus,
} from '../../../src/charts/approval-path/describe';
import { byFirstStage } from '../../../src/charts/approval-path/stages';
import { nextMark } from '../../../src/charts/approval-path/keyboard';
import { packRowLabels } from '../../../src/charts/approval-path/row-labels';
import { yearTicks } from '../../../src/charts/approval-path/ticks';
import type { ApprovalLayout } from '../../../src/charts/approval-path/types';
import { strings } from '../../../src/charts/approval-path/strings';
import { textWidth } from '../../../src/charts/shared/text';
import { productSchema, type Product } from '../../../src/schemas/product';
import { localize } from '../../../src/schemas/translation';
import { conditional, fullyApproved, openEnded, rejected, single, withdrawn } from '../../fixtures/data/approval-path';

const ASOF = '2026-11-20';
const four = [rejected, conditional, withdrawn, openEnded];
/** Where a date should land: the axis runs over whole years 2015-2034 with GEOMETRY.pad % either side. */
const expectedX = (date: string, lo = Date.UTC(2015, 0, 1), hi = Date.UTC(2034, 0, 1)) =>
  GEOMETRY.pad + ((100 - 2 * GEOMETRY.pad) * (midOf(date) - lo)) / (hi - lo);

/**
 * Labels that lie across another mark's leader at track width W (px): each leader runs from its
 * mark down to the top of its own label, so a label above that, spanning the mark's x, is crossed
 * and reads as that mark's label.
 */
function leaderCrossings(l: ApprovalLayout, W: number): string[] {
  const { dx, font } = GEOMETRY;
  const out: string[] = [];
  for (const r of l.rows) {
    for (const m of r.marks) {
      const mx = (m.x / 100) * W;
      for (const n of r.marks) {
        if (n === m || n.x === m.x) continue;
        const w = dx + Math.max(...n.lines.map((t) => textWidth(t.text, font, t.kind === 'stage')));
        const x = (n.x / 100) * W;
        const x0 = n.anchor === 'start' ? x : x - w;
        if (x0 - 2 <= mx && mx <= x0 + w + 2 && n.labelY < m.labelY)
          out.push(`${r.id}: ${n.kind} label across the ${m.kind} leader`);
      }
    }
  }
  return out;
}

/** Every label box inside its row and the narrowest wide track, and no two boxes overlapping. */
function expectLabelsPacked(layout: ReturnType<typeof layoutApprovalPath>) {
  const { minWidth, dx, line, font } = GEOMETRY;
  for (const r of layout.rows) {
    const boxes = r.marks.map((m) => {
      const w = dx + Math.max(...m.lines.map((l) => textWidth(l.text, font, l.kind === 'stage')));
      const x = (m.x / 100) * minWidth;
      const x0 = m.anchor === 'start' ? x : x - w;
      return { x0, x1: x0 + w, y0: m.labelY, y1: m.labelY + m.lines.length * line };
    });
    for (const b of boxes) {
      expect(b.x0).toBeGreaterThanOrEqual(0);
      expect(b.x1).toBeLessThanOrEqual(minWidth);
      expect(b.y1 + GEOMETRY.bottom).toBeLessThanOrEqual(r.height);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
        expect(apart, `${r.id}: labels ${i} and ${j} overlap`).toBe(true);
      }
  }
}

describe('conditional period end (pure date arithmetic)', () => {
  it('adds whole years at the precision of the approval date', () => {
    expect(conditionalEnd('2026-03-06', 7)).toBe('2033-03-06');
    expect(conditionalEnd('2015-09', 8)).toBe('2023-09');
    expect(conditionalEnd('2019', 5)).toBe('2024');
  });

  it('moves 29 February to the last day of February in a common year', () => {
    expect(conditionalEnd('2024-02-29', 1)).toBe('2025-02-28');
    expect(conditionalEnd('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('counts fractional years in months, across a year boundary', () => {
    expect(conditionalEnd('2020-11', 1.5)).toBe('2022-05');
    expect(conditionalEnd('2020-11-30', 0.25)).toBe('2021-02-28');
  });

  it('draws a year-only date mid-year and words dates by precision', () => {
    expect(new Date(midOf('2024')).toISOString().slice(0, 10)).toBe('2024-07-02');
    expect(when('2026-03-06')).toBe('on 6 March 2026');
    expect(when('2015-09')).toBe('in September 2015');
  });
});

describe('approval path layout', () => {
  const layout = layoutApprovalPath(byFirstStage(four), { asOf: ASOF });
  const row = (id: string) => layout.rows.find((r) => r.id === id)!;

  it('orders products by their first stage date', () => {
    expect(byFirstStage(four).map((p) => p.id)).toEqual(['fx-rejected', 'fx-conditional', 'fx-withdrawn', 'fx-open']);
    expect(byFirstStage([single, fullyApproved]).map((p) => p.id)).toEqual(['fx-full', 'fx-single']);
  });

  it('places stages on a shared time axis from whole years', () => {
    expect(layout.years).toEqual([2015, 2034]);
    const c = row('fx-conditional');
    expect(c.marks.map((m) => m.kind)).toEqual(['trial', 'filing', 'conditional-approval', 'period-end']);
    expect(c.marks[0]!.x).toBeCloseTo(expectedX('2018-08'), 1);
    expect(c.marks[2]!.x).toBeCloseTo(expectedX('2026-03-06'), 1);
    // The same date lands at the same x in every row.
    expect(row('fx-open').marks[1]!.x).toBe(c.marks[2]!.x);
    expect(layout.today).toBeCloseTo(expectedX(ASOF), 1);
    for (const m of layout.marks) {
      expect(m.x).toBeGreaterThanOrEqual(GEOMETRY.pad);
      expect(m.x).toBeLessThanOrEqual(100 - GEOMETRY.pad);
    }
  });

  it('draws the computed end of a known conditional period, labelled ~year', () => {
    const c = row('fx-conditional');
    const end = c.marks.find((m) => m.kind === 'period-end')!;
    expect(end.date).toBe('2033-03-06');
    expect(end.x).toBeCloseTo(expectedX('2033-03-06'), 1);
    expect(end.lines.map((l) => l.text)).toEqual(['Conditional period ends', '~2033']);
    expect(end.label).toContain('7 years after conditional approval on 6 March 2026');
    // Band from approval to the end, split at today (elapsed / remaining).
    expect(c.band).toEqual({ from: c.marks[2]!.x, to: end.x, today: layout.today, open: false });
    expect(c.track.ended).toBe(false);
    expect(c.track.to).toBe(layout.today);
  });

  it('draws no end where the period length is missing, and says so', () => {
    const o = row('fx-open');
    expect(o.marks.some((m) => m.kind === 'period-end')).toBe(false);
    expect(o.band).toEqual({ from: o.marks[1]!.x, to: layout.today, open: true });
    expect(o.marks[1]!.lines.map((l) => l.text)).toContain(strings.en.noPeriod);
    expect(o.marks[1]!.label).toContain(strings.en.noPeriodSentence);
    expect(o.list[1]!.extra).toBe(strings.en.noPeriod);
  });

  it('ends the track and the band at a rejection or withdrawal', () => {
    const r = row('fx-rejected');
    const last = r.marks[r.marks.length - 1]!;
    expect(last.kind).toBe('rejected');
    expect(r.track).toEqual({ from: r.marks[0]!.x, to: last.x, ended: true });
    expect(r.band).toEqual({ from: r.marks[0]!.x, to: last.x, open: false });
    const w = row('fx-withdrawn');
    expect(w.track.ended).toBe(true);
    expect(w.marks[1]!.shape).toBe('cross');
    // One symbol for leaving the road, as on the timeline; the label says which way.
    expect(r.marks[1]!.shape).toBe('cross');
    expect(r.marks[1]!.lines[0]!.text).toBe('Refused full approval');
  });

  it('closes a conditional period at full approval instead of drawing its end', () => {
    const l = layoutApprovalPath([fullyApproved], { asOf: ASOF });
    const r = l.rows[0]!;
    expect(r.marks.map((m) => m.kind)).toEqual(['clinical-research', 'conditional-approval', 'full-approval']);
    expect(r.band!.to).toBe(r.marks[2]!.x);
    expect(r.track.ended).toBe(false);
    expect(r.track.to).toBe(l.today);
    const table = approvalTable([fullyApproved]);
    const computed = table.rows.find((row) => String(row[2]).includes('computed'))!;
    expect(computed[3]).toBe('~2025');
    expect(computed[4]).toContain('Not reached: full approval on 1 October 2022');
  });

  it('lists the same stages for narrow containers, in date order, with no "as of" line among them', () => {
    expect(row('fx-conditional').list.map((i) => i.kind)).toEqual([
      'trial',
      'filing',
      'conditional-approval',
      'period-end',
    ]);
    expect(row('fx-conditional').list[3]).toEqual({
      shape: 'bracket',
      kind: 'period-end',
      stage: 'Conditional period ends',
      date: '~2033',
      extra: '7 years after approval',
    });
    expect(row('fx-open').list.map((i) => i.kind)).toEqual(['filing', 'conditional-approval']);
    expect(row('fx-rejected').list.map((i) => i.kind)).toEqual(['conditional-approval', 'rejected']);
    expect(JSON.stringify(layout.rows.map((r) => r.list))).not.toMatch(/computed|As of/);
  });

  it('draws the takeaway: products off the road say how they left, and the live periods end on the axis', () => {
    expect(row('fx-rejected').ended?.label).toMatch(/^Refused full approval \d{4}$/);
    expect(row('fx-withdrawn').ended?.label).toBe('Withdrawn 2024');
    expect(row('fx-conditional').ended).toBeUndefined();
    // fx-conditional is inside its 7-year period at the as-of date; fx-open has no published length.
    expect(layout.deadline?.label).toBe('Fixcell must show it works by ~2033');
    expect(layout.deadline?.x).toBe(row('fx-conditional').band!.to);
    expect(layout.deadline?.anchor).toBe('end');
  });

  it('brackets a year-only date over its whole year', () => {
    const w = row('fx-withdrawn');
    expect(w.spans).toHaveLength(1);
    expect(w.spans[0]!.from).toBeCloseTo(
      GEOMETRY.pad +
        (92 * (Date.UTC(2024, 0, 1) - Date.UTC(2015, 0, 1))) / (Date.UTC(2034, 0, 1) - Date.UTC(2015, 0, 1)),
      1,
    );
    expect(w.spans[0]!.to).toBeGreaterThan(w.marks[1]!.x);
    expect(w.spans[0]!.from).toBeLessThan(w.marks[1]!.x);
  });

  it('numbers marks for the keyboard product by product, each in date order', () => {
    expect(layout.marks.map((m) => m.index)).toEqual(layout.marks.map((_, i) => i));
    expect(layout.marks.map((m) => m.row)).toEqual([0, 0, 1, 1, 1, 1, 2, 2, 3, 3]);
    for (const r of layout.rows) {
      const xs = r.marks.map((m) => m.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
    }
  });

  it('packs labels so none overlap and all fit in the narrowest wide track', () => {
    expectLabelsPacked(layout);
  });

  it('stacks labels of close marks and anchors a label at the right edge to the left', () => {
    const packed = packRowLabels(
      [
        { x: 100, w: 120, h: 32 },
        { x: 130, w: 120, h: 32 },
        { x: 510, w: 100, h: 32 },
      ],
      520,
    );
    expect(packed[0]!.y).not.toBe(packed[1]!.y);
    expect(packed[2]!.anchor).toBe('end');
    expect(packed[2]!.y).toBe(0);
  });

  it('keeps each label with its own mark: no leader runs through another label (one product)', () => {
    // One product, as in the Parkinson's chapter: filing and approval seven months apart, then the
    // period end. The approval label once took the filing mark's place, so "Conditional approval"
    // sat under the filing square and "Application filed" under the approval diamond.
    for (const width of [GEOMETRY.minWidth, 700, 1000]) {
      const l = layoutApprovalPath([conditional], { asOf: ASOF, width });
      expect(l.rows[0]!.marks.map((m) => m.kind)).toEqual(['trial', 'filing', 'conditional-approval', 'period-end']);
      // Checked at the packing width and wider: marks move apart, labels keep their pixel size.
      for (const W of [width, width * 1.5, width * 2.5]) expect(leaderCrossings(l, W)).toEqual([]);
    }
    for (const W of [GEOMETRY.minWidth, 800, 1200]) expect(leaderCrossings(layout, W)).toEqual([]);
  });

  it('gives every stage kind a distinct shape, so colour is never the only cue; refusal and withdrawal share the cross, as on the timeline', () => {
    expect(STAGE_SHAPE.rejected).toBe(STAGE_SHAPE.withdrawn);
    expect(new Set(Object.values(STAGE_SHAPE)).size).toBe(Object.keys(STAGE_SHAPE).length - 1);
  });
});

describe('year ticks', () => {
  it('are whole years from scale.ticks(), far enough apart to read at the narrowest width', () => {
    const ticks = yearTicks(Date.UTC(2015, 0, 1), Date.UTC(2034, 0, 1));
    expect(ticks.length).toBeGreaterThan(3);
    expect(ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
    for (let i = 1; i < ticks.length; i++) {
      expect(Number(ticks[i]!.label)).toBeGreaterThan(Number(ticks[i - 1]!.label));
      expect(((ticks[i]!.x - ticks[i - 1]!.x) / 100) * GEOMETRY.minWidth).toBeGreaterThanOrEqual(GEOMETRY.minTickGap);
    }
  });

  it('keeps both ends of a one-year axis and thins a century', () => {
    expect(yearTicks(Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)).map((t) => t.label)).toEqual(['2026', '2027']);
    const century = yearTicks(Date.UTC(1930, 0, 1), Date.UTC(2030, 0, 1));
    expect(century.length).toBeLessThanOrEqual(11);
  });

  it('lays out a single product with a single stage, with today on the axis', () => {
    const l = layoutApprovalPath([single], { asOf: ASOF });
    expect(l.marks).toHaveLength(1);
    expect(l.years).toEqual([2026, 2027]);
    expect(l.ticks.map((t) => t.label)).toEqual(['2026', '2027']);
    expect(l.rows[0]!.track.from).toBeLessThan(l.today);
    expect(l.rows[0]!.band).toBeUndefined();
  });
});

describe('keyboard movement', () => {
  const layout: ApprovalLayout = layoutApprovalPath(byFirstStage(four), { asOf: ASOF });
  it('walks every stage in order across products with Left/Right, Home/End', () => {
    expect(nextMark(layout, 1, 'ArrowRight')).toBe(2); // last of row 0 -> first of row 1
    expect(nextMark(layout, 2, 'ArrowLeft')).toBe(1);
    expect(nextMark(layout, 9, 'ArrowRight')).toBe(9);
    expect(nextMark(layout, 4, 'Home')).toBe(0);
    expect(nextMark(layout, 4, 'End')).toBe(9);
    expect(nextMark(layout, 4, 'a')).toBeUndefined();
  });

  it('moves between products with Up/Down to the mark nearest in time', () => {
    // Row 1's conditional approval (2026) -> row 2's withdrawal (2024), not its 2019 approval.
    expect(nextMark(layout, 4, 'ArrowDown')).toBe(7);
    // Row 2's 2019 approval -> row 1's 2018 trial.
    expect(nextMark(layout, 6, 'ArrowUp')).toBe(2);
    expect(nextMark(layout, 0, 'ArrowUp')).toBe(0);
    expect(nextMark(layout, 9, 'ArrowDown')).toBe(9);
  });
});

describe('summary, table and notes', () => {
  it('says where each product stands now', () => {
    expect(approvalSummary(byFirstStage(four), ASOF)).toBe(
      'As of 20 November 2026: Sheetix was rejected on 19 July 2024, after conditional approval in September 2015. ' +
        'Fixcell was conditionally approved on 6 March 2026; its conditional period ends around 2033. ' +
        'Genefix was withdrawn in 2024, after conditional approval on 26 March 2019. ' +
        'Cardiofix was conditionally approved on 6 March 2026; the length of its conditional period has not been published.',
    );
    expect(productStatus(conditional, '2025-12-01')).toBe(
      'Fixcell was filed for approval on 5 August 2025; no decision has been announced yet.',
    );
    expect(productStatus(conditional, '2034-01-01')).toContain('was due to end around 2033');
  });

  it('tabulates every stage and the computed end, with sources', () => {
    const t = approvalTable([conditional, openEnded], (id) => id.toUpperCase());
    expect(t.columns).toEqual(['Product', 'Company', 'Stage', 'Date', 'Note', 'Sources']);
    expect(t.rows.map((r) => r[2])).toEqual([
      'Clinical trial',
      'Application filed',
      'Conditional approval',
      'Conditional period ends (computed)',
      'Application filed',
      'Conditional approval',
    ]);
    expect(t.rows[1]![5]).toBe('FIXTURE-REF-2');
    expect(t.rows[3]![3]).toBe('~2033');
    expect(t.rows[5]![4]).toBe(strings.en.table.noPeriodNote);
  });

  it('notes each condition and that conditional approval is not full approval', () => {
    const notes = approvalNotes([conditional, withdrawn]);
    expect(notes[0]).toBe('Fixcell, condition for full approval: Confirm that it works in 35 patients.');
    expect(notes.some((n) => n.startsWith('Conditional approval is not full approval'))).toBe(true);
    expect(notes.some((n) => n.includes('only as a year'))).toBe(true);
    expect(approvalNotes([conditional]).some((n) => n.includes('only as a year'))).toBe(false);
    expect(approvalRefs([conditional, rejected])).toEqual(['fixture-ref', 'fixture-ref-2']);
  });
});

describe('approval path server render', () => {
  const layout = layoutApprovalPath(byFirstStage(four), { asOf: ASOF });
  const { body } = render(ApprovalPath, { props: { products: byFirstStage(four), asOf: ASOF, uid: 'fx' } });

  it('renders a complete, labelled chart without JavaScript', () => {
    expect(body).not.toMatch(/style="/);
    expect(body).toContain('role="group"');
    expect((body.match(/role="list"/g) ?? []).length).toBe(4);
    expect((body.match(/role="listitem"/g) ?? []).length).toBe(layout.marks.length);
    expect((body.match(/tabindex="0"/g) ?? []).length).toBe(1);
    expect(body).toContain('aria-label="Fixcell, Conditional approval: 6 March 2026. Approved for seven years."');
    expect(body).toContain('Conditional period ends');
    expect(body).toContain('~2033');
    expect(body).toContain('As of 20 November 2026');
    expect(body).toContain(strings.en.noPeriod);
    // The stacked list for narrow containers is in the HTML too.
    expect((body.match(/<ol class="stage-list narrow/g) ?? []).length).toBe(4);
    // Year labels come from the ticks.
    for (const t of layout.ticks) expect(body).toContain(`>${t.label}</text>`);
  });

  it('draws each label on a plate in the page colour, so the as-of line passes behind it', () => {
    const [deadline, ...plates] = [
      ...body.matchAll(/<rect class="label-bg[^"]*" x="(-?[\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g),
    ];
    // The first plate is the takeaway's on the axis ("… must show it works by ~2033"), wider than its words.
    expect(layout.deadline).toBeDefined();
    expect(Number(deadline![3])).toBeGreaterThanOrEqual(textWidth(layout.deadline!.label, GEOMETRY.font, true));
    expect(plates).toHaveLength(layout.marks.length);
    plates.forEach((p, i) => {
      const m = layout.marks[i]!;
      const [x, y, w, h] = p.slice(1).map(Number) as [number, number, number, number];
      // The plate covers the whole label block: every line, the full estimated width.
      expect(w).toBeGreaterThanOrEqual(
        Math.max(...m.lines.map((l) => textWidth(l.text, GEOMETRY.font, l.kind === 'stage'))),
      );
      expect(y).toBe(m.labelY);
      expect(h).toBe(m.lines.length * GEOMETRY.line);
      if (m.anchor === 'start') expect(x).toBeGreaterThan(0);
      else expect(x + w).toBeLessThan(0);
    });
    // Plates come after the dashed line in document order, so they paint over it.
    expect(body.indexOf('class="label-bg')).toBeGreaterThan(body.indexOf('<line class="today'));
  });

  it('matches the snapshot for four fixture products', async () => {
    await expect(svgSnapshot(body)).toMatchFileSnapshot('__snapshots__/approval-path.en.svg');
  });
});

/** The fixtures with the `ja:` blocks a data translator adds (product text and stage notes). */
const withJa = (p: Product, ja: Record<string, string>, notes: (string | undefined)[] = []): Product =>
  productSchema.parse({
    ...p,
    ja,
    stages: p.stages.map((st, i) => (notes[i] ? { ...st, ja: { note: notes[i] } } : st)),
  });
const fourJa = byFirstStage([
  withJa(
    rejected,
    {
      name: 'シーティクス',
      company: 'フィクスチャー医療',
      kind: '試験用の筋肉シート',
      condition: '治療しない患者と比べて効果を示すこと。',
    },
    [undefined, '審議会が本承認を認めませんでした。'],
  ),
  withJa(
    conditional,
    {
      name: 'フィックスセル',
      genericName: 'フィクスプロセル',
      company: 'フィクスチャー製薬',
      kind: '他人のiPS細胞から作った試験用細胞',
      condition: '35人で効果を確かめること。',
    },
    ['人で初めての治験。', undefined, '7年間の承認。'],
  ),
  withJa(withdrawn, { name: 'ジーンフィックス', company: 'フィクスチャー遺伝子', kind: '試験用の遺伝子治療' }),
  withJa(openEnded, {
    name: 'カーディオフィックス',
    company: 'フィクスチャー心臓',
    kind: '試験用の心筋シート',
    condition: '75人で効果を確かめること。',
  }),
]).map((p) => localize(p, 'ja'));

describe('approval path in Japanese', () => {
  const layout = layoutApprovalPath(fourJa, { asOf: ASOF, lang: 'ja' });
  const row = (id: string) => layout.rows.find((r) => r.id === id)!;

  it('labels stages, dates, the period end and today in Japanese', () => {
    expect(layout.asOfLabel).toBe('2026年11月20日時点');
    const c = row('fx-conditional');
    expect(c.name).toBe('フィックスセル');
    // The generic name in katakana where the record gives one (ja.genericName), not in Latin letters.
    expect(c.genericName).toBe('フィクスプロセル');
    expect(c.marks.map((m) => m.lines.map((l) => l.text))).toEqual([
      ['治験', '2018年8月'],
      ['承認申請', '2025年8月5日'],
      ['条件付き承認', '2026年3月6日'],
      ['条件付き承認の期限', '2033年ごろ'],
    ]);
    expect(c.marks[2]!.label).toBe('フィックスセル、条件付き承認：2026年3月6日。7年間の承認。');
    expect(c.marks[3]!.label).toBe(
      'フィックスセル、条件付き承認の期限：2033年ごろ（2026年3月6日に受けた条件付き承認から7年後）。',
    );
    expect(c.list[3]).toEqual({
      shape: 'bracket',
      kind: 'period-end',
      stage: '条件付き承認の期限',
      date: '2033年ごろ',
      extra: '承認から7年後',
    });
    expect(row('fx-open').marks[1]!.lines.map((l) => l.text)).toEqual([
      '条件付き承認',
      '2026年3月6日',
      strings.ja.noPeriod,
    ]);
    expect(row('fx-rejected').marks[1]!.lines[0]!.text).toBe('本承認が認められず');
    expect(row('fx-withdrawn').marks[1]!.lines.map((l) => l.text)).toEqual(['取り下げ', '2024年']);
    // Japanese and English lay the marks out at the same places.
    const en = layoutApprovalPath(byFirstStage(four), { asOf: ASOF });
    expect(layout.marks.map((m) => m.x)).toEqual(en.marks.map((m) => m.x));
    expect(layout.ticks).toEqual(en.ticks);
  });

  it('packs the Japanese labels by their width, with no overlap, inside the narrowest wide track', () => {
    expectLabelsPacked(layout);
    const { minWidth, dx } = GEOMETRY;
    for (const W of [minWidth, 800, 1200]) expect(leaderCrossings(layout, W)).toEqual([]);
    const x = (layout.today / 100) * minWidth;
    const w = dx + textWidth(layout.asOfLabel, GEOMETRY.font);
    expect(layout.todayAnchor === 'start' ? x + w : x - w).toBeLessThanOrEqual(minWidth);
    expect(layout.todayAnchor === 'start' ? x + w : x - w).toBeGreaterThanOrEqual(0);
  });

  it('summarises, tabulates and notes in Japanese', () => {
    expect(approvalSummary(fourJa, ASOF, 'ja')).toBe(
      '2026年11月20日時点の状況：' +
        'シーティクスは2015年9月に条件付き承認を受けましたが、2024年7月19日に本承認は認められませんでした。' +
        'フィックスセルは2026年3月6日に条件付き承認を受けました。期限は2033年ごろです。' +
        'ジーンフィックスは2019年3月26日に条件付き承認を受けた後、2024年に本承認の申請が取り下げられました。' +
        'カーディオフィックスは2026年3月6日に条件付き承認を受けました。条件付き承認の期間の長さは公表されていません。',
    );
    const fixJa = fourJa[1]!;
    expect(productStatus(fixJa, '2025-12-01', 'ja')).toBe(
      'フィックスセルは2025年8月5日に承認申請されました。審査の結論はまだ公表されていません。',
    );
    expect(productStatus(fixJa, '2020-01-01', 'ja')).toBe('フィックスセルは2018年8月から治験の段階にあります。');
    expect(productStatus(fixJa, '2034-01-01', 'ja')).toContain('期限は2033年ごろでしたが');

    const t = approvalTable([fixJa, fourJa[3]!], (id) => id.toUpperCase(), 'ja');
    expect(t.columns).toEqual(['製品', '企業', '段階', '日付', '備考', '出典']);
    expect(t.rows.map((r) => r[2])).toEqual([
      '治験',
      '承認申請',
      '条件付き承認',
      '条件付き承認の期限（計算値）',
      '承認申請',
      '条件付き承認',
    ]);
    expect(t.rows[0]).toEqual([
      'フィックスセル',
      'フィクスチャー製薬',
      '治験',
      '2018年8月',
      '人で初めての治験。',
      'FIXTURE-REF',
    ]);
    expect(t.rows[3]!.slice(3, 5)).toEqual(['2033年ごろ', '2026年3月6日に受けた条件付き承認から7年後。']);
    expect(t.rows[5]![4]).toBe(strings.ja.table.noPeriodNote);
    const full = approvalTable([localize(fullyApproved, 'ja')], undefined, 'ja');
    expect(full.rows[2]![4]).toBe(
      '2018年2月に受けた条件付き承認から7年後。2022年10月1日に本承認されたため、期限を待たずに終了。',
    );

    const notes = approvalNotes([fixJa, fourJa[2]!], ASOF, 'ja');
    expect(notes[0]).toBe('フィックスセルの本承認の条件：35人で効果を確かめること。');
    expect(notes).toContain(strings.ja.notes.notFull);
    expect(notes.some((n) => n.includes('2026年11月20日'))).toBe(true);
    expect(notes).toContain(strings.ja.notes.yearOnly);
  });

  it('server-renders in Japanese with no English left in labels', async () => {
    const { body } = render(ApprovalPath, { props: { products: fourJa, asOf: ASOF, uid: 'ja', lang: 'ja' } });
    expect(body).not.toMatch(/style="/);
    expect(body).toContain('aria-label="4製品の承認までの道のり（2015年〜2034年）"');
    expect(body).toContain('aria-label="フィックスセルの各段階"');
    expect(body).toContain('>2026年11月20日時点</text>');
    // Japanese punctuation in the row headings (j4): a full-width slash, no spaced middle dot.
    expect(body).toMatch(/class="row-meta[^"]*">[^<]*／/);
    expect(body).not.toMatch(/class="row-meta[^"]*">[^<]* · /);
    expect(body).toContain('条件付き承認');
    expect(body).toContain('破線の縦線はこれらの情報を最後に確認した2026年11月20日を示します');
    const words = [body.replace(/<[^>]*>/g, ' '), ...[...body.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1])].join(
      ' ',
    );
    for (const word of [
      'Conditional',
      'conditional',
      'Clinical',
      'Application',
      'Approval',
      'approval',
      'As of',
      'Stages of',
      'product',
      'Rejected',
      'Withdrawn',
      'Period',
      'arrow',
    ]) {
      expect(words, word).not.toContain(word);
    }
    await expect(svgSnapshot(body)).toMatchFileSnapshot('__snapshots__/approval-path.ja.svg');
  });
});
