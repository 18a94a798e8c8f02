import { describe, expect, it } from 'vitest';
import {
  LANE_PAD,
  MARK_R,
  PER_ROW,
  ROW_GAP,
  layoutStudiesOverview,
  yearFraction,
  type MarkerInput,
  type OverviewStudy,
} from '../../src/charts/studies-overview/layout';

const study = (id: string, field: string, start: string, extra: Partial<OverviewStudy> = {}): OverviewStudy => ({
  id,
  title: `Study ${id}`,
  field,
  fieldLabel: field[0]!.toUpperCase() + field.slice(1),
  area: field === 'diabetes' ? 'basics' : field,
  start,
  startLabel: start,
  stopped: false,
  approved: false,
  stageLabel: 'Results reported',
  ...extra,
});

const studies: OverviewStudy[] = [
  study('r1', 'retina', '2014-09'),
  study('r2', 'retina', '2017-03'),
  study('p1', 'parkinsons', '2018-08', { approved: true }),
  study('h1', 'heart', '2020-01', { approved: true }),
  study('d1', 'diabetes', '2025'),
  study('d2', 'diabetes', '2025-02'),
  study('d3', 'diabetes', '2025-06', { stopped: true }),
  study('c1', 'cornea', '2019-06-17'),
];
const markers: MarkerInput[] = [{ kind: 'approval', date: '2026-03-06', dateLabel: '6 March 2026', count: 2 }];

describe('studies overview layout', () => {
  const layout = layoutStudiesOverview(studies, markers, { lastYear: 2026 });

  it('has one column per year from the first study to the last year asked for', () => {
    expect(layout.years.map((y) => y.year)).toEqual([
      2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    expect(layout.column).toBeCloseTo(100 / 13, 2);
    expect(layout.years[0]!.x).toBeCloseTo(50 / 13, 2);
  });

  it('counts studies started per year, zero included', () => {
    expect(Object.fromEntries(layout.years.map((y) => [y.year, y.count]))).toMatchObject({
      2014: 1,
      2015: 0,
      2017: 1,
      2018: 1,
      2019: 1,
      2020: 1,
      2025: 3,
      2026: 0,
    });
    expect(layout.total).toBe(8);
  });

  it('orders lanes by their first study, so the chart reads as the field widening', () => {
    expect(layout.lanes.map((l) => l.field)).toEqual(['retina', 'parkinsons', 'cornea', 'heart', 'diabetes']);
    expect(layout.lanes.map((l) => l.count)).toEqual([2, 1, 1, 1, 3]);
  });

  it("colours a lane by its chapter's area, and leaves fields without a chapter neutral", () => {
    expect(layout.lanes.map((l) => l.area)).toEqual(['retina', 'parkinsons', 'cornea', 'heart', undefined]);
  });

  it('draws one mark per study, inside its year column, with a shape for stopped and approved', () => {
    const marks = layout.lanes.flatMap((l) => l.marks);
    expect(marks.map((m) => m.id).sort()).toEqual(studies.map((s) => s.id).sort());
    for (const lane of layout.lanes) {
      for (const m of lane.marks) {
        const s = studies.find((x) => x.id === m.id)!;
        const y = layout.years.find((yy) => yy.year === Number(s.start.slice(0, 4)))!;
        expect(Math.abs(m.cx - y.x)).toBeLessThanOrEqual(layout.column / 2);
        expect(m.cy - MARK_R).toBeGreaterThanOrEqual(LANE_PAD - 1e-9);
        expect(m.cy + MARK_R).toBeLessThanOrEqual(lane.height - LANE_PAD + 1e-9);
      }
    }
    const shape = (id: string) => marks.find((m) => m.id === id)!.shape;
    expect(shape('d3')).toBe('cross');
    expect(shape('p1')).toBe('ring');
    expect(shape('r1')).toBe('dot');
  });

  it('never puts two marks on the same spot: three in a year sit two abreast, then a second row', () => {
    const diabetes = layout.lanes.find((l) => l.field === 'diabetes')!;
    const spots = diabetes.marks.map((m) => `${m.cx},${m.cy}`);
    expect(new Set(spots).size).toBe(3);
    expect(new Set(diabetes.marks.map((m) => m.cy)).size).toBe(Math.ceil(3 / PER_ROW));
    expect(diabetes.height).toBe(LANE_PAD * 2 + MARK_R * 2 + ROW_GAP);
    // Two abreast stay apart even on a 320 px phone (13 columns in about 290 px).
    const [a, b] = diabetes.marks.filter((m) => m.cy === diabetes.marks[0]!.cy);
    const px = (Math.abs(a!.cx - b!.cx) / 100) * 290;
    expect(px).toBeGreaterThanOrEqual(MARK_R * 2 + 1);
  });

  it('places the approval marker at its day within the year, with its label on the left near the right edge', () => {
    const [m] = layout.markers;
    expect(m!.kind).toBe('approval');
    expect(m!.x).toBeCloseTo((12 + yearFraction('2026-03-06')) * (100 / 13), 1);
    expect(m!.anchor).toBe('end');
    expect(m!.lines).toEqual(['6 March 2026', 'first 2 iPS-cell products approved']);
  });

  it('states its point from the data in the title and takeaway', () => {
    expect(layout.title).toBe('From one study in 2014 to 8 in 5 areas of medicine');
    expect(layout.takeaway).toBe(
      'Every study before 2018 was in one area (Retina); since then, 6 studies have started in 4 other areas. On 6 March 2026, the first 2 products to come out of them were approved.',
    );
  });

  it('describes every lane and marker in the text summary, and tabulates each year', () => {
    expect(layout.summary).toContain('Retina: 2 studies (2014 and 2017).');
    expect(layout.summary).toContain('Diabetes: 3 studies (3 in 2025).');
    expect(layout.summary).toContain('6 March 2026: first 2 iPS-cell products approved');
    expect(layout.summary).toContain('1 study has stopped early');
    expect(layout.table.columns).toEqual(['Year', 'Studies started', 'By area']);
    expect(layout.table.rows.find((r) => r[0] === '2025')).toEqual(['2025', 3, 'Diabetes 3']);
    expect(layout.table.rows.find((r) => r[0] === '2015')).toEqual(['2015', 0, '']);
  });

  it('speaks Japanese on Japanese pages', () => {
    const ja = layoutStudiesOverview(studies, [{ ...markers[0]!, dateLabel: '2026年3月6日' }], {
      lang: 'ja',
      lastYear: 2026,
    });
    expect(ja.title).toBe('2014年の1件から、5分野8件へ');
    expect(ja.takeaway).toContain(
      '2018年より前の研究は、すべて「Retina」の分野でした。その後、ほかの4分野で6件が始まっています。',
    );
    expect(ja.markers[0]!.lines[1]).toBe('iPS細胞の製品を初めて承認（2品目）');
    expect(ja.table.columns).toEqual(['年', '始まった研究の数', '分野別']);
    // A year with more than one study says so; each marked event is its own sentence (j4).
    expect(ja.summary).toContain('（2025年3件）。');
    expect(ja.summary).toContain('2026年3月6日：iPS細胞の製品を初めて承認（2品目）。1件は途中で中止されています。');
    expect(ja.summary).not.toContain('図に示した出来事');
  });

  it('reads partial dates honestly: a bare year sits mid-year', () => {
    expect(yearFraction('2020')).toBe(0.5);
    expect(yearFraction('2020-01')).toBeLessThan(0.1);
    expect(yearFraction('2020-12-31')).toBeLessThan(1);
  });
});

describe('studies overview on a phone', () => {
  it('stacks a ringed (approved) mark above a study sharing its year, far enough apart not to touch', () => {
    const base = {
      field: 'heart',
      fieldLabel: 'Heart',
      area: 'heart',
      startLabel: '2020',
      stageLabel: 'x',
    };
    const layout = layoutStudiesOverview(
      [
        { ...base, id: 'stopped', title: 'Stopped', start: '2020-01', stopped: true, approved: false },
        { ...base, id: 'approved', title: 'Approved', start: '2020-06', stopped: false, approved: true },
      ],
      [],
    );
    const [ring, cross] = layout.lanes[0]!.marks;
    expect(ring!.shape).toBe('ring');
    expect(cross!.shape).toBe('cross');
    expect(ring!.cx).toBe(cross!.cx);
    // Ring radius MARK_R + 2.5 plus strokes, and the cross's MARK_R plus its stroke, with room between.
    expect(cross!.cy - ring!.cy).toBeGreaterThanOrEqual(MARK_R + 2.5 + 0.75 + MARK_R + 0.75 + 2);
    expect(cross!.cy + MARK_R).toBeLessThanOrEqual(layout.lanes[0]!.height - LANE_PAD + 1e-9);
  });
});
