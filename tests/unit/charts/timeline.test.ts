import { describe, expect, it } from 'vitest';
import { svgSnapshot } from '../support/svg-snapshot';
import { render } from 'svelte/server';
import { scaleUtc } from 'd3-scale';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import Timeline from '../../../src/charts/timeline/Timeline.svelte';
import { layoutTimeline } from '../../../src/charts/timeline/layout';
import { GEOMETRY, LABEL_CLASSES } from '../../../src/charts/timeline/geometry';
import { byYear, timelineSummary, timelineTable } from '../../../src/charts/timeline/describe';
import { laneStep } from '../../../src/charts/timeline/keyboard';
import { focusSpans, timeScale } from '../../../src/charts/timeline/scale';
import type { TimelineItem, TimelineLayout } from '../../../src/charts/timeline/types';
import { longGaps, spanGap } from '../../../src/charts/timeline/gaps';
import { sharedLabels } from '../../../src/charts/timeline/chart';
import { strings } from '../../../src/charts/timeline/strings';
import { layoutStrip } from '../../../src/charts/timeline/strip';
import { overlaps, phrasesAt, wrapLabel, type Box } from '../../../src/charts/shared/labels';
import { localize } from '../../../src/schemas/translation';
import { parseAreas, phraseBreaks, timelineNotes, toTimelineItems } from '../../../src/charts/timeline/items';
import { nextIndex } from '../../../src/charts/shared/keyboard';
import { fixtureEvents, fixtureRefs } from '../../fixtures/data/timeline';
import { STAGE_SHAPE } from '../../../src/charts/approval-path/shapes';
import { KIND_SHAPE } from '../../../src/charts/timeline/shapes';
import { textWidth } from '../../../src/charts/shared/text';

const items = toTimelineItems(fixtureEvents, fixtureRefs);
const YEAR_MS = 365 * 24 * 3600 * 1000;

/**
 * A direct label's box at plot width W, as the browser draws it (x = f·W + dx, fixed text width),
 * from label set `set` (0: the narrowest plot's).
 */
function labelAt(layout: TimelineLayout, index: number, W: number, set = 0): Box | undefined {
  const m = layout.marks[index]!;
  const label = m.labels[set];
  if (!label) return undefined;
  const x = m.f * W + label.dx;
  const x0 = label.anchor === 'start' ? x : x - label.width;
  return { x0, x1: x0 + label.width, y0: label.top, y1: label.bottom };
}

describe('timeline items', () => {
  it('puts events in time order with honest dates and resolved sources', () => {
    expect(items.map((e) => e.id)).toEqual([
      'fx-discovery',
      'fx-human',
      'fx-first',
      'fx-scheme',
      'fx-cornea',
      'fx-withdrawn',
      'fx-paper-1',
      'fx-paper-2',
      'fx-filing',
      'fx-approval',
    ]);
    const human = items[1]!;
    expect(human.dateLabel).toBe('2007');
    expect(human.precision).toBe('year');
    expect(new Date(human.end).toISOString().slice(0, 10)).toBe('2007-12-31');
    expect(items[0]!.dateLabel).toBe('August 2006');
    expect(items[5]!.dateLabel).toBe('19 July 2024');
    expect(items[5]!.sources).toEqual([
      { text: 'Fixture Ministry 2024', href: 'https://example.org/release' },
      { text: 'Alpha et al. 2006', href: 'https://doi.org/10.1000/fixture.1' },
    ]);
  });

  it('fails loudly on a missing reference or an unknown area', () => {
    expect(() => toTimelineItems(fixtureEvents, new Map())).toThrow(/cites "paper-a"/);
    expect(parseAreas(undefined)).toBeUndefined();
    expect(parseAreas('retina  cornea')).toEqual(['retina', 'cornea']);
    expect(() => parseAreas('retina eyes')).toThrow(/unknown area "eyes"/);
  });

  it('filters by area', () => {
    const only = toTimelineItems(fixtureEvents, fixtureRefs, ['regulation']);
    expect(only.map((e) => e.id)).toEqual(['fx-scheme', 'fx-withdrawn']);
  });
});

describe('timeline layout', () => {
  const full = layoutTimeline(items, { mode: 'lanes' });

  it('spans the events with a small margin at both ends, and places marks in time', () => {
    const first = Date.UTC(2006, 7, 1);
    const last = Date.UTC(2026, 2, 6);
    const pad = 0.04 * (last - first);
    expect(full.from).toBeCloseTo(first - pad, -3);
    expect(full.to).toBeCloseTo(last + pad, -3);
    expect(full.fromYear).toBe(2006);
    const fs = full.marks.map((m) => m.f);
    expect(fs).toEqual([...fs].sort((a, b) => a - b));
    expect(fs[0]).toBeCloseTo((first - full.from) / (full.to - full.from), 6);
    // Neither the first nor the last mark sits on an end of the axis.
    expect(fs[0]).toBeGreaterThan(0.03);
    expect(fs[fs.length - 1]).toBeLessThan(0.97);
    // A focus span starts on 1 January of its year.
    expect(layoutTimeline(items, { from: 2014 }).from).toBe(Date.UTC(2014, 0, 1));
  });

  it('draws one lane per area present, in the site area order, stacked without gaps', () => {
    expect(full.lanes.map((l) => l.area)).toEqual(['basics', 'retina', 'cornea', 'parkinsons', 'regulation']);
    for (let i = 1; i < full.lanes.length; i++) {
      expect(full.lanes[i]!.top).toBe(full.lanes[i - 1]!.top + full.lanes[i - 1]!.height);
    }
    expect(full.lanes.find((l) => l.area === 'parkinsons')!.lines).toEqual(["Parkinson's", 'disease']);
    // Events fall on both sides of 2014, so the recent crowd is shaded and counted at the top of
    // its band (above the lanes: the plot's height is lanes and axis only).
    expect(full.crowd).toMatchObject({ from: 2014, total: full.marks.length });
    expect(full.crowd!.count).toBe(full.marks.filter((m) => m.f >= full.crowd!.f).length);
    expect(full.height).toBe(full.axisY + GEOMETRY.axis);
  });

  it('moves marks that would crowd each other to a new row of their lane, at every width', () => {
    const park = full.marks.filter((m) => m.area === 'parkinsons');
    expect(park[0]!.row).not.toBe(park[1]!.row);
    const lane = full.lanes.find((l) => l.area === 'parkinsons')!;
    expect(lane.rows).toBeGreaterThan(1);
    // Three or more events: a second tier of labels above the lane.
    expect(lane.height).toBe(GEOMETRY.band * (lane.count >= 3 ? 3 : 2) + lane.rows * GEOMETRY.row);
    for (const W of [GEOMETRY.minPlot, 640, 1000]) {
      for (const a of full.marks) {
        for (const b of full.marks) {
          if (a.index >= b.index || a.area !== b.area || a.row !== b.row) continue;
          expect(b.f * W - Math.max(a.f, a.fEnd ?? a.f) * W).toBeGreaterThanOrEqual(GEOMETRY.row - 1e-9);
        }
      }
    }
    for (const m of full.marks)
      expect(m.y).toBe(full.lanes.find((l) => l.area === m.area)!.ruleY + m.row * GEOMETRY.row);
  });

  it('draws a bar across the year for dates known only to the year', () => {
    const human = full.marks.find((m) => m.id === 'fx-human')!;
    expect(human.fEnd).toBeDefined();
    expect((human.fEnd! - human.f) * (full.to - full.from)).toBeCloseTo(364 * 24 * 3600 * 1000, -3);
    expect(full.marks.find((m) => m.id === 'fx-first')!.fEnd).toBeUndefined();
    expect(full.yearOnly).toBe(true);
  });

  it('has a time scale that maps and ticks like d3 scaleUtc, at a fraction of the code', () => {
    for (const [a, b, count] of [
      [Date.UTC(2006, 0, 1), Date.UTC(2026, 2, 6), 7],
      [Date.UTC(2014, 0, 1), Date.UTC(2026, 2, 6), 7],
      [Date.UTC(2000, 0, 1), Date.UTC(2031, 0, 1), 5],
    ] as const) {
      const mine = timeScale(a, b);
      const d3 = scaleUtc()
        .domain([new Date(a), new Date(b)])
        .range([0, 1])
        .clamp(true);
      expect(mine.ticks(count)).toEqual(d3.ticks(count).map((d) => d.getTime()));
      for (const t of [a, Date.UTC(2018, 7, 1), b, b + YEAR_MS]) expect(mine(t)).toBeCloseTo(d3(new Date(t)), 9);
    }
  });

  it('labels year ticks from the scale without overlap, with a minor tick every year', () => {
    const labelled = full.ticks.filter((t) => t.label);
    expect(labelled[0]!.label).toBe('2006');
    expect(labelled.length).toBeGreaterThanOrEqual(5);
    for (let i = 1; i < labelled.length; i++) {
      const gap = (labelled[i]!.f - labelled[i - 1]!.f) * full.width;
      expect(gap).toBeGreaterThan(textWidth('2000', GEOMETRY.fontSize));
    }
    expect(full.ticks.map((t) => t.year)).toEqual(Array.from({ length: 21 }, (_, i) => 2006 + i));
  });

  it('places a few direct labels that never overlap each other or any mark, at any plot width', () => {
    const labelled = full.marks.filter((m) => m.label);
    expect(labelled.length).toBeGreaterThan(2);
    expect(labelled.length).toBeLessThanOrEqual(GEOMETRY.maxLabels);
    for (const W of [GEOMETRY.minPlot, 500, 800, 1200]) {
      const boxes = full.marks.map((m) => labelAt(full, m.index, W)).filter((b): b is Box => Boolean(b));
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          // Labels in touching bands of neighbouring lanes never stack either.
          const a = boxes[i]!,
            b = boxes[j]!;
          if (a.x0 < b.x1 && b.x0 < a.x1) expect(Math.max(a.y0, b.y0) - Math.min(a.y1, b.y1)).toBeGreaterThan(0);
        }
        expect(boxes[i]!.x0).toBeGreaterThanOrEqual(-GEOMETRY.overhang);
        expect(boxes[i]!.x1).toBeLessThanOrEqual(W + GEOMETRY.overhang);
        for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
        for (const m of full.marks) {
          const mark = {
            x0: m.f * W - GEOMETRY.radius,
            x1: m.f * W + GEOMETRY.radius,
            y0: m.y - GEOMETRY.radius,
            y1: m.y + GEOMETRY.radius,
          };
          expect(overlaps(boxes[i]!, mark)).toBe(false);
        }
      }
    }
    // Each label sits in its own lane's band, next to its mark's row.
    for (const m of labelled) {
      const lane = full.lanes.find((l) => l.area === m.area)!;
      expect(m.label!.top).toBeGreaterThanOrEqual(lane.top);
      expect(m.label!.bottom).toBeLessThanOrEqual(lane.top + lane.height);
    }
    // A direct label is a whole title or nothing: never cut with an ellipsis.
    for (const m of labelled) expect(m.label!.text).toBe(items.find((e) => e.id === m.id)!.title);
  });

  it('lays labels out again for each wider width class: clear there, and fewer cut short', () => {
    expect(full.labelWidths).toEqual(LABEL_CLASSES.map((c) => c.plot));
    expect(full.width).toBe(LABEL_CLASSES[0].plot);
    for (const m of full.marks) expect(m.labels[0]).toEqual(m.label);
    full.labelWidths.forEach((plot, k) => {
      const labelled = full.marks.filter((m) => m.labels[k]);
      expect(labelled.length).toBeLessThanOrEqual(LABEL_CLASSES[k]!.maxLabels);
      for (const m of labelled) {
        const l = m.labels[k]!;
        expect(l.width).toBeGreaterThanOrEqual(textWidth(l.text, GEOMETRY.fontSize));
        expect(l.width).toBeLessThanOrEqual(LABEL_CLASSES[k]!.maxLabel);
        const lane = full.lanes.find((ln) => ln.area === m.area)!;
        expect(l.top).toBeGreaterThanOrEqual(lane.top);
        expect(l.bottom).toBeLessThanOrEqual(lane.top + lane.height);
      }
      // Clear at the class's narrowest plot and at every wider one.
      for (const W of [plot, plot * 1.4, plot * 3]) {
        const boxes = full.marks.map((m) => labelAt(full, m.index, W, k)).filter((b): b is Box => Boolean(b));
        for (let i = 0; i < boxes.length; i++) {
          expect(boxes[i]!.x0).toBeGreaterThanOrEqual(-GEOMETRY.overhang);
          expect(boxes[i]!.x1).toBeLessThanOrEqual(W + GEOMETRY.overhang);
          for (let j = i + 1; j < boxes.length; j++)
            expect(overlaps(boxes[i]!, boxes[j]!), `set ${k} at ${W}`).toBe(false);
          for (const m of full.marks) {
            const mark = {
              x0: m.f * W - GEOMETRY.radius,
              x1: Math.max(m.f, m.fEnd ?? m.f) * W + GEOMETRY.radius,
              y0: m.y - GEOMETRY.radius,
              y1: m.y + GEOMETRY.radius,
            };
            expect(overlaps(boxes[i]!, mark), `set ${k} at ${W}`).toBe(false);
          }
        }
      }
    });
    const cut = (k: number) => full.marks.filter((m) => m.labels[k]?.text.endsWith('…')).length;
    const shown = (k: number) => full.marks.filter((m) => m.labels[k]).length;
    const last = full.labelWidths.length - 1;
    expect(shown(last)).toBeGreaterThanOrEqual(shown(0));
    for (let k = 0; k <= last; k++) expect(cut(k), `labels cut short in set ${k}`).toBe(0);
    // With room, the discovery's title is written out in full.
    expect(full.marks[0]!.labels[last]?.text).toBe('Mouse skin cells reset to a pluripotent state');
  });

  it('re-scales to 2014-today, hiding earlier events but keeping their lanes', () => {
    const focus = layoutTimeline(items, { from: 2014, mode: 'lanes' });
    expect(focus.hidden).toBe(2);
    expect(focus.marks).toHaveLength(8);
    expect(focus.marks[0]!.id).toBe('fx-first');
    expect(focus.lanes.find((l) => l.area === 'basics')!.count).toBe(0);
    expect(focus.ticks.find((t) => t.label)!.year).toBe(2014);
    // Same event, more room: it sits further right in the full view's terms.
    const approvalGap = (layout: TimelineLayout) => {
      const a = layout.marks.find((m) => m.id === 'fx-filing')!;
      const b = layout.marks.find((m) => m.id === 'fx-approval')!;
      return b.f - a.f;
    };
    expect(approvalGap(focus)).toBeGreaterThan(approvalGap(full));
  });

  it('offers the focus control only when events fall on both sides of 2014', () => {
    expect(focusSpans(items)).toEqual([
      { from: 2006, label: '2006–today' },
      { from: 2014, label: '2014–today' },
    ]);
    expect(focusSpans(items.filter((e) => e.area === 'parkinsons'))).toEqual([]);
  });

  it('draws only the areas asked for', () => {
    const one = layoutTimeline(items, { areas: ['regulation'], mode: 'lanes' });
    expect(one.lanes.map((l) => l.area)).toEqual(['regulation']);
    expect(one.marks.map((m) => m.kind)).toEqual(['regulation', 'withdrawal']);
    expect(one.shapes).toEqual(['hexagon', 'cross']);
  });

  it('handles a single event', () => {
    const single = [items[2]!];
    const layout = layoutTimeline(single);
    expect(layout.lanes).toHaveLength(1);
    expect(layout.marks).toHaveLength(1);
    expect(layout.marks[0]!.label).toBeDefined();
    expect(timelineSummary(single)).toBe('The timeline shows 1 event, in September 2014. By area: Retina 1.');
    expect(laneStep(layout, 0, 1)).toBeUndefined();
  });

  it('moves through marks in time order with Left/Right and between lanes with Up/Down', () => {
    expect(nextIndex(0, 'ArrowRight', full.marks.length)).toBe(1);
    expect(full.marks[1]!.id).toBe('fx-human');
    const first = full.marks.find((m) => m.id === 'fx-first')!;
    // Retina -> cornea (the next lane down): its only mark.
    expect(full.marks[laneStep(full, first.index, 1)!]!.id).toBe('fx-cornea');
    // Retina -> the science (up): the mark nearest in time.
    expect(full.marks[laneStep(full, first.index, -1)!]!.id).toBe('fx-human');
    const approval = full.marks.find((m) => m.id === 'fx-approval')!;
    expect(full.marks[laneStep(full, approval.index, 1)!]!.id).toBe('fx-withdrawn');
  });

  it('names each mark and gives the tooltip the date, title, description and source', () => {
    const m = full.marks.find((k) => k.id === 'fx-withdrawn')!;
    expect(m.aria).toBe('19 July 2024, Regulation. Refused or withdrawn: Product refused full approval');
    expect(m.tip).toBe(
      '19 July 2024 · Regulation · Refused or withdrawn. Product refused full approval. A fixture event that happened for testing. Source: Fixture Ministry 2024.',
    );
  });

  it('gives shapes the same meaning as the path-to-approval chart', () => {
    // Same shape, same meaning in both keys...
    expect(KIND_SHAPE.approval).toBe(STAGE_SHAPE['conditional-approval']);
    expect(KIND_SHAPE.filing).toBe(STAGE_SHAPE.filing);
    expect(KIND_SHAPE['trial-start']).toBe(STAGE_SHAPE.trial);
    expect(KIND_SHAPE.withdrawal).toBe(STAGE_SHAPE.withdrawn);
    // ...and no diamond for anything but an approval (a law or rule was once an open diamond).
    const diamonds = Object.entries(KIND_SHAPE).filter(([, shape]) => shape.startsWith('diamond'));
    expect(diamonds.map(([kind]) => kind)).toEqual(['approval']);
    const apShapes = new Set<string>(Object.values(STAGE_SHAPE));
    for (const [kind, shape] of Object.entries(KIND_SHAPE)) {
      if (['approval', 'filing', 'trial-start', 'withdrawal'].includes(kind)) continue;
      expect(apShapes.has(shape), `${kind}: ${shape} means something else on the approval chart`).toBe(false);
    }
  });

  it('gives every kind a shape, and the key lists only shapes drawn', () => {
    expect(Object.keys(KIND_SHAPE)).toHaveLength(10);
    expect(KIND_SHAPE['go-ahead']).toBe('check');
    expect(full.shapes).toEqual(['disc', 'square', 'diamond', 'hexagon', 'triangle', 'cross']);
  });
});

describe('timeline table, summary and notes', () => {
  it('lists every event with its date, area, kind, title, description and sources', () => {
    const table = timelineTable(items);
    expect(table.columns).toEqual(['Date', 'Area', 'Kind', 'Event', 'What happened', 'Sources']);
    expect(table.rows).toHaveLength(items.length);
    expect(table.rows[0]).toEqual([
      'August 2006',
      'The science',
      'Discovery',
      'Mouse skin cells reset to a pluripotent state',
      'A fixture event that happened for testing.',
      'Alpha et al. 2006 (https://doi.org/10.1000/fixture.1)',
    ]);
  });

  it('summarises how many events, from when to when, by area', () => {
    expect(timelineSummary(items)).toBe(
      "The timeline shows 10 events from August 2006 to 6 March 2026. By area: The science 2, Retina 1, Cornea 1, Parkinson's disease 4, Regulation 2.",
    );
  });

  it('groups by year for the narrow list', () => {
    expect(byYear(items).map((y) => [y.year, y.items.length])).toEqual([
      [2006, 1],
      [2007, 1],
      [2014, 2],
      [2019, 1],
      [2024, 1],
      [2025, 3],
      [2026, 1],
    ]);
  });

  it('carries event notes into the frame notes', () => {
    const notes = timelineNotes(fixtureEvents, items);
    expect(notes[0]).toMatch(/only as precise as the sources/);
    expect(notes).toContain('5 August 2025, Company files for approval: The filing date is rated medium confidence.');
    // In time order, whatever the order of the records.
    expect(notes.map((n) => n.split(',')[0])).toEqual([
      'Dates are only as precise as the sources. An event known only to the month or year is placed at the start of that month or year; a bar after the mark spans a year when only the year is known.',
      'August 2006',
      '5 August 2025',
    ]);
    expect(timelineNotes([...fixtureEvents].reverse(), items)).toEqual(notes);
  });
});

describe('timeline server render', () => {
  const { body } = render(Timeline, { props: { items, uid: 'fx' } });

  it('renders the complete chart and the narrow list without JavaScript, and no style attributes', () => {
    expect(body).not.toMatch(/style="/);
    expect(body).toContain('role="list"');
    expect((body.match(/role="listitem"/g) ?? []).length).toBe(10);
    expect(body).toContain(
      'aria-label="August 2006, The science. Discovery: Mouse skin cells reset to a pluripotent state"',
    );
    expect((body.match(/tabindex="0"/g) ?? []).length).toBe(1);
    // Focus buttons: full span pressed, disabled until hydration.
    expect(body).toMatch(/<button[^>]*aria-pressed="true"[^>]*disabled[^>]*>2006–today<\/button>/);
    // Narrow list: a year heading and a source link.
    expect(body).toContain('<p class="year-heading');
    expect(body).toContain('href="https://doi.org/10.1000/fixture.1"');
    expect(body).toMatch(/<time datetime="2024-07-19"[^>]*>19 July 2024<\/time>/);
    // Percent positions, so the plot fills any width without scaling text.
    expect(body).toMatch(/<svg x="\d+(\.\d+)?%"/);
  });

  it('is valid HTML under the site rules', async () => {
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(body, 'timeline.html');
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it('matches the snapshot', async () => {
    await expect(svgSnapshot(body)).toMatchFileSnapshot('__snapshots__/timeline.en.svg');
  });
});

/** What a reader or a screen reader gets: text content and aria-labels, without tags or class names. */
const readable = (html: string) =>
  [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]).join(' ') + ' ' + html.replace(/<[^>]*>/g, ' ');

/** The fixture events with `ja:` blocks, as a translator would add them, localized as the wrapper does. */
const JA: Record<string, { title: string; note?: string }> = {
  'fx-discovery': { title: 'マウスの皮膚細胞を多能性をもつ状態に初期化', note: '8月10日にオンラインで公開。' },
  'fx-human': { title: 'ヒトのiPS細胞を初めて作製' },
  'fx-scheme': { title: '新しい承認制度が施行' },
  'fx-first': { title: 'iPS細胞からつくった細胞を初めて人に移植' },
  'fx-cornea': { title: '初めての角膜移植' },
  'fx-withdrawn': { title: '本承認が認められず' },
  'fx-paper-1': { title: '試験1の結果を発表' },
  'fx-paper-2': { title: '試験2の結果を発表' },
  'fx-filing': { title: '企業が承認を申請', note: '申請日の確からしさは中程度。' },
  'fx-approval': { title: 'パーキンソン病の細胞製品が条件付きで承認' },
};
const jaEvents = fixtureEvents.map((e) =>
  localize({ ...e, ja: { description: 'テスト用の架空の出来事。', ...JA[e.id] } }, 'ja'),
);
const jaItems = toTimelineItems(jaEvents, fixtureRefs, undefined, 'ja');

describe('timeline in Japanese', () => {
  const ja = layoutTimeline(jaItems, { lang: 'ja', mode: 'lanes' });

  it('writes dates in Japanese and keeps the same order and positions', () => {
    expect(jaItems.map((e) => e.id)).toEqual(items.map((e) => e.id));
    expect(jaItems[0]!.dateLabel).toBe('2006年8月');
    expect(jaItems[1]!.dateLabel).toBe('2007年');
    expect(jaItems[5]!.dateLabel).toBe('2024年7月19日');
    const en = layoutTimeline(items, { mode: 'lanes' });
    expect(ja.marks.map((m) => [m.f, m.row])).toEqual(en.marks.map((m) => [m.f, m.row]));
    expect(ja.height).toBe(en.height);
  });

  it('names lanes, marks and tooltips in Japanese', () => {
    expect(ja.lanes.map((l) => l.label)).toEqual(['基礎科学', '網膜', '角膜', 'パーキンソン病', '規制']);
    for (const l of ja.lanes) {
      expect(l.lines).toEqual([l.label]);
      for (const line of l.lines)
        expect(textWidth(line, GEOMETRY.laneFontSize)).toBeLessThanOrEqual(GEOMETRY.laneLabelWidth - 8);
    }
    const m = ja.marks.find((k) => k.id === 'fx-withdrawn')!;
    expect(m.aria).toBe('2024年7月19日、規制・本承認が認められず・取り下げ：本承認が認められず');
    expect(m.tip).toBe(
      '2024年7月19日・規制・本承認が認められず・取り下げ。本承認が認められず。テスト用の架空の出来事。出典：Fixture Ministry 2024。',
    );
    expect(focusSpans(jaItems, 'ja').map((s) => s.label)).toEqual(['2006年〜現在', '2014年〜現在']);
  });

  it('measures Japanese text as full width, and wraps it between characters', () => {
    expect(textWidth('被殻', 12)).toBe(24);
    expect(textWidth('iPS細胞', 12)).toBeGreaterThan(textWidth('iPS cells', 12) - 12);
    const lines = wrapLabel('再生医療等製品の条件付き承認', 104, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('再生医療等製品の条件付き承認');
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(104);
  });

  it('places Japanese direct labels that never overlap each other or any mark, at any plot width', () => {
    const labelled = ja.marks.filter((m) => m.label);
    expect(labelled.length).toBeGreaterThan(2);
    for (const m of labelled)
      expect(m.label!.width).toBeGreaterThanOrEqual(textWidth(m.label!.text, GEOMETRY.fontSize));
    for (const W of [GEOMETRY.minPlot, 500, 800, 1200]) {
      const boxes = ja.marks.map((m) => labelAt(ja, m.index, W)).filter((b): b is Box => Boolean(b));
      for (let i = 0; i < boxes.length; i++) {
        expect(boxes[i]!.x0).toBeGreaterThanOrEqual(-GEOMETRY.overhang);
        expect(boxes[i]!.x1).toBeLessThanOrEqual(W + GEOMETRY.overhang);
        for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
        for (const m of ja.marks) {
          const mark = {
            x0: m.f * W - GEOMETRY.radius,
            x1: m.f * W + GEOMETRY.radius,
            y0: m.y - GEOMETRY.radius,
            y1: m.y + GEOMETRY.radius,
          };
          expect(overlaps(boxes[i]!, mark)).toBe(false);
        }
      }
    }
    for (const m of ja.marks) if (m.label) expect(m.label.text).not.toMatch(/…$/);
  });

  it('tabulates, summarises and notes in Japanese', () => {
    const table = timelineTable(jaItems, 'ja');
    expect(table.columns).toEqual(['日付', '分野', '種類', '出来事', '内容', '出典']);
    expect(table.rows[0]).toEqual([
      '2006年8月',
      '基礎科学',
      '発見',
      'マウスの皮膚細胞を多能性をもつ状態に初期化',
      'テスト用の架空の出来事。',
      'Alpha et al. 2006 (https://doi.org/10.1000/fixture.1)',
    ]);
    expect(timelineSummary(jaItems, 'ja')).toBe(
      '年表には10件の出来事（2006年8月〜2026年3月6日）を示しています。分野別：基礎科学2件、網膜1件、角膜1件、パーキンソン病4件、規制2件。',
    );
    expect(timelineSummary([jaItems[2]!], 'ja')).toBe(
      '年表には1件の出来事（2014年9月）を示しています。分野別：網膜1件。',
    );
    expect(timelineSummary([], 'ja')).toBe('年表に出来事はありません。');
    const notes = timelineNotes(jaEvents, jaItems, 'ja');
    expect(notes[0]).toMatch(/^日付は出典に書かれた精度まで/);
    expect(notes.slice(1)).toEqual([
      '2006年8月、マウスの皮膚細胞を多能性をもつ状態に初期化：8月10日にオンラインで公開。',
      '2025年8月5日、企業が承認を申請：申請日の確からしさは中程度。',
    ]);
  });

  describe('server render', () => {
    const { body } = render(Timeline, { props: { items: jaItems, uid: 'ja', lang: 'ja' } });

    it('renders Japanese text, with no English left in the labels and no style attributes', () => {
      expect(body).not.toMatch(/style="/);
      expect((body.match(/role="listitem"/g) ?? []).length).toBe(10);
      expect(body).toContain('aria-label="年表：2006年〜現在"');
      expect(body).toContain('aria-label="2006年8月、基礎科学・発見：マウスの皮膚細胞を多能性をもつ状態に初期化"');
      expect(body).toMatch(/<button[^>]*aria-pressed="true"[^>]*disabled[^>]*>2006年〜現在<\/button>/);
      expect(body).toContain('10件の出来事（2006年8月〜2026年3月6日）。');
      expect(body).toContain('>表示する分野</span>');
      expect(body).toContain('>パーキンソン病</button>');
      expect(body).toMatch(/class="year-heading[^>]*>\s*2024年(<!--[^>]*-->|\s)*</);
      expect(body).toMatch(/<time datetime="2024-07-19"[^>]*>2024年7月19日<\/time>/);
      expect(body).toMatch(/出典：(<!--\[0-->)?<a href="https:\/\/doi.org\/10.1000\/fixture.1">/);
      // Citations stay as published ("Alpha et al. 2006"), as do "iPS" and the Tab key's name;
      // everything else the chart writes is Japanese.
      const text = readable(body).replace(/Alpha et al\. 2006|Fixture Ministry 2024|iPS|Tabキー/g, '');
      expect(text).not.toMatch(/[A-Za-z]{3,}/);
    });

    it('is valid HTML under the site rules', async () => {
      const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(body, 'timeline-ja.html');
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    });

    it('matches the Japanese snapshot', async () => {
      await expect(svgSnapshot(body)).toMatchFileSnapshot('__snapshots__/timeline.ja.svg');
    });
  });
});

describe('timeline on a chapter (a few events, one row each)', () => {
  // A chapter's own events: every title long enough that some must wrap or change side.
  const long = ' with a title long enough to need most of the plot';
  const chapter = toTimelineItems(fixtureEvents, fixtureRefs, ['parkinsons', 'retina']).map((e, i) =>
    i % 2 ? { ...e, title: e.title + long } : e,
  );
  const layout = layoutTimeline(chapter);
  const firstEvent = Math.min(...chapter.map((e) => new Date(e.start).getUTCFullYear()));

  it('fits the axis to its own events: it starts no more than two years before the first', () => {
    expect(layout.mode).toBe('rows');
    expect(layout.fromYear).toBeLessThanOrEqual(firstEvent);
    expect(
      firstEvent - layout.fromYear,
      `axis starts in ${layout.fromYear}, first event ${firstEvent}`,
    ).toBeLessThanOrEqual(2);
    expect(layout.crowd).toBeUndefined();
  });

  it('labels every event with its whole title, in every width class, inside the plot and clear of the rest', () => {
    const whole = (m: TimelineLayout['marks'][number]) => chapter.find((e) => e.id === m.id)!.title;
    for (const m of layout.marks) {
      for (const [k, plot] of layout.labelWidths.entries()) {
        const l = m.labels[k];
        expect(l, `event ${m.id} has no label in set ${k}`).toBeDefined();
        expect((l!.lines ?? [l!.text]).join(' ')).toBe(whole(m));
        expect(l!.text).not.toMatch(/…$/);
        for (const W of [plot, plot * 2]) {
          const x = (l!.at ?? m.f) * W + l!.dx;
          const x0 = l!.anchor === 'start' ? x : x - l!.width;
          expect(x0, `${m.id} at ${W}`).toBeGreaterThanOrEqual(-GEOMETRY.overhang - 0.5);
          expect(x0 + l!.width, `${m.id} at ${W}`).toBeLessThanOrEqual(W + GEOMETRY.overhang + 0.5);
        }
      }
    }
    // One row per event: label bands never overlap, and each holds only its own mark.
    const bands = layout.marks.map((m) => [m.label!.top, m.label!.bottom] as const);
    for (let i = 0; i < bands.length; i++)
      for (let j = i + 1; j < bands.length; j++)
        expect(Math.min(bands[i]![1], bands[j]![1]) - Math.max(bands[i]![0], bands[j]![0])).toBeLessThanOrEqual(0);
    for (const m of layout.marks) {
      expect(m.y).toBeGreaterThan(m.label!.top);
      expect(m.y).toBeLessThan(m.label!.bottom);
    }
  });

  it('writes on-chart text at 13 px', () => {
    expect(GEOMETRY.fontSize).toBeGreaterThanOrEqual(13);
  });
});

describe('timeline annotations (the home hero)', () => {
  const annotate = [items[items.length - 1]!.id, items[3]!.id];
  const layout = layoutTimeline(items, { annotate, mode: 'lanes' });

  it('marks the annotated events and labels them before any other', () => {
    const keys = layout.marks.filter((m) => m.key).map((m) => m.id);
    expect(keys.sort()).toEqual([...annotate].sort());
    const last = layout.labelWidths.length - 1;
    for (const m of layout.marks.filter((k) => k.key)) expect(m.labels[last], `${m.id} labelled`).toBeDefined();
  });

  it('on phones draws every event as a dot stacked by year, numbers the annotated ones and lists only them, without JavaScript', () => {
    const { body } = render(Timeline, { props: { items, uid: 'an', annotate } });
    const narrow = body.slice(body.indexOf('class="narrow'));
    expect((narrow.match(/class="strip-dot[ "]/g) ?? []).length).toBe(items.length);
    expect((narrow.match(/class="strip-dot[^"]*\bkey\b/g) ?? []).length).toBe(annotate.length);
    expect((narrow.match(/class="key-n[ "]/g) ?? []).length).toBe(annotate.length);
    expect(narrow).toMatch(/\d+ of \d+ events since 2014/);
    // Every event's words are in the data table; the phone view does not repeat them.
    expect((narrow.match(/class="event[ "]/g) ?? []).length).toBe(0);
    expect(body).toMatch(/class="key-ring[ "]/);
  });
});

describe('the same labels in every language (the home hero)', () => {
  it('labels, in each width class, only events both the English and the Japanese chart can label', () => {
    const en = toTimelineItems(fixtureEvents, fixtureRefs, undefined, 'en');
    const annotate = [en[0]!.id];
    // One event that English labels gets a title too long to label in the other language.
    const alone = layoutTimeline(en, { annotate, mode: 'lanes' });
    const long = alone.marks.find((m) => m.labels[0] && !m.key)!;
    expect(long, 'a labelled event to lengthen').toBeDefined();
    const ja = en.map((e) => (e.id === long.id ? { ...e, title: `${e.title} ${'長'.repeat(40)}` } : e));
    const shared = sharedLabels([en, ja], annotate);
    expect(shared[0]).not.toContain(long.id);
    expect(shared).toHaveLength(LABEL_CLASSES.length);
    const labelled = (its: TimelineItem[], lang: 'en' | 'ja') => {
      const l = layoutTimeline(its, { lang, annotate, mode: 'lanes', labelable: shared });
      return l.labelWidths.map((_, k) =>
        l.marks
          .filter((m) => m.labels[k])
          .map((m) => m.id)
          .sort(),
      );
    };
    expect(labelled(en, 'en')).toEqual(labelled(ja, 'ja'));
    expect(labelled(en, 'en')).toEqual(shared);
    expect(shared[shared.length - 1]).toContain(annotate[0]);
  });
});

describe('phone strip', () => {
  it('stacks one dot per event in its year column, numbers the annotated events in time order, and counts the recent years', () => {
    const annotate = [items[items.length - 1]!.id, items[0]!.id];
    const strip = layoutStrip(items, annotate);
    expect(strip.dots).toHaveLength(items.length);
    const years = new Set(items.map((e) => new Date(e.start).getUTCFullYear()));
    expect(new Set(strip.dots.map((d) => d.f)).size).toBe(years.size);
    // Dots of one year sit in one column, stacked from 0 without gaps.
    for (const f of new Set(strip.dots.map((d) => d.f))) {
      const levels = strip.dots.filter((d) => d.f === f).map((d) => d.level);
      expect(levels).toEqual(levels.map((_, i) => i));
    }
    expect(strip.levels).toBe(
      Math.max(...[...years].map((y) => items.filter((e) => new Date(e.start).getUTCFullYear() === y).length)),
    );
    expect(strip.dots.filter((d) => d.n).map((d) => [d.id, d.n])).toEqual([
      [items[0]!.id, 1],
      [items[items.length - 1]!.id, 2],
    ]);
    const recent = items.filter((e) => e.start >= Date.UTC(2014, 0, 1)).length;
    expect(strip.band?.count).toBe(recent);
    expect(strip.band!.f).toBeCloseTo((2014 - strip.fromYear) * strip.column);
    // Year labels never crowd: at least four columns apart, first and last year labelled.
    const ys = strip.ticks.map((t) => t.year);
    expect(ys[0]).toBe(strip.fromYear);
    expect(ys).toContain(strip.toYear);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(4);
  });
});

describe('chapter timelines: long waits and Japanese phrases', () => {
  const at = (id: string, date: string, title = id): TimelineItem => {
    const [y, m = 1, d = 1] = date.split('-').map(Number) as [number, number?, number?];
    const start = Date.UTC(y, m - 1, d);
    return {
      id,
      date,
      dateLabel: date,
      start,
      end: start,
      precision: 'day',
      area: 'parkinsons',
      kind: 'result',
      title,
      description: '',
      sources: [],
    };
  };
  // The Parkinson's chapter's shape: a start in 2018, then nothing until four events in a year.
  const park = [at('a', '2018-10-01'), at('b', '2025-04-16'), at('c', '2025-08-05'), at('d', '2026-03-06')];

  it('labels the long wait under the axis, and only that one', () => {
    expect(longGaps(park).map((g) => [g.after, g.before, g.years])).toEqual([['a', 'b', 6.5]]);
    const l = layoutTimeline(park, { mode: 'rows' });
    expect(l.gaps).toHaveLength(1);
    expect(l.gaps[0]!.label).toBe('about 6½ years');
    expect(layoutTimeline(park, { mode: 'rows', lang: 'ja' }).gaps[0]!.label).toBe('約6年半');
    expect(l.gaps[0]!.f0).toBeCloseTo(l.marks[0]!.f, 6);
    expect(l.gaps[0]!.f1).toBeCloseTo(l.marks[1]!.f, 6);
    // Evenly spread events have no gap worth a label.
    expect(longGaps([at('a', '2019-01-01'), at('b', '2020-01-01'), at('c', '2021-01-01')])).toEqual([]);
    // The site-wide (lanes) view shows the crowded years instead.
    expect(layoutTimeline(park, { mode: 'lanes' }).gaps).toEqual([]);
  });

  it('marks the wait between phone cards', () => {
    const { body } = render(Timeline, { props: { items: park, uid: 'pk', rows: true } });
    const narrow = body.slice(body.indexOf('class="narrow'));
    expect(narrow).toContain('about 6½ years later');
    expect((narrow.match(/class="gap-later/g) ?? []).length).toBe(1);
  });

  it('draws the span the takeaway names as the one bracket, its ends rising to both marks', () => {
    const gap = spanGap(park, ['d', 'a'])!;
    expect([gap.after, gap.before, gap.years]).toEqual(['a', 'd', 7.5]);
    const l = layoutTimeline(park, { mode: 'rows', span: ['a', 'd'] });
    expect(l.gaps).toHaveLength(1);
    expect(l.gaps[0]!.label).toBe('about 7½ years');
    expect([l.gaps[0]!.from, l.gaps[0]!.to]).toEqual([0, 3]);
    expect(l.gaps[0]!.f1).toBeCloseTo(l.marks[3]!.f, 6);
    // Across lanes, neighbours in time are unrelated: no automatic waits, only a named span.
    const two = [...park.slice(0, 2), { ...park[2]!, area: 'heart' as const }, park[3]!];
    expect(layoutTimeline(two, { mode: 'rows' }).gaps).toEqual([]);
    expect(layoutTimeline(two, { mode: 'rows', span: ['a', 'd'] }).gaps).toHaveLength(1);
    // Without a span, the long waits, each joined to the marks at its ends.
    const auto = layoutTimeline(park, { mode: 'rows' });
    expect([auto.gaps[0]!.from, auto.gaps[0]!.to]).toEqual([0, 1]);
    const { body } = render(Timeline, { props: { items: park, uid: 'sp', rows: true, span: ['a', 'd'] } });
    expect((body.match(/class="gap-end[ "]/g) ?? []).length).toBe(2);
    const narrow = body.slice(body.indexOf('class="narrow'));
    expect(narrow).toContain('about 7½ years after 2018-10-01');
    // Also when the span ends on the second event of its year (heart: the panel, then the approval).
    const late = [...park, at('e', '2026-05-01')];
    const b2 = render(Timeline, { props: { items: late, uid: 'sq', rows: true, span: ['a', 'e'] } }).body;
    expect(b2.slice(b2.indexOf('class="narrow'))).toContain('about 7½ years after 2018-10-01');
    expect((narrow.match(/class="gap-later/g) ?? []).length).toBe(1);
  });

  it("points from the strip's list to the data table by the button's own words", async () => {
    const { en } = await import('../../../src/i18n/en');
    const { ja } = await import('../../../src/i18n/ja');
    expect(strings.en.allInTable(22)).toContain(`“${en['chart.showData']}”`);
    expect(strings.ja.allInTable(22)).toContain(`「${ja['chart.showData']}」`);
  });

  it('draws one rise where a bracket starts at the mark the one before it ends on (Keio)', () => {
    const keio = [at('a', '2019-02-18'), at('b', '2021-12-01'), at('c', '2025-03-21')];
    expect(layoutTimeline(keio, { mode: 'rows' }).gaps).toHaveLength(2);
    const { body } = render(Timeline, { props: { items: keio, uid: 'ke', rows: true } });
    expect((body.match(/class="gap-end[ "]/g) ?? []).length).toBe(3);
  });

  it('keeps phone cards up to eight events, and draws a longer chapter timeline as the strip', () => {
    const many = Array.from({ length: GEOMETRY.cardsUpTo + 1 }, (_, i) => at(`e${i}`, `${2010 + i}-03-01`));
    const long = render(Timeline, { props: { items: many, uid: 'lg', rows: true, annotate: ['e0', 'e8'] } }).body;
    const narrow = long.slice(long.indexOf('class="narrow'));
    expect((narrow.match(/class="strip-dot[ "]/g) ?? []).length).toBe(many.length);
    expect((narrow.match(/class="key-n[ "]/g) ?? []).length).toBe(2);
    expect((narrow.match(/class="event[ "]/g) ?? []).length).toBe(0);
    const short = render(Timeline, {
      props: { items: many.slice(0, 8), uid: 'sh', rows: true, annotate: ['e0'] },
    }).body;
    expect((short.slice(short.indexOf('class="narrow')).match(/class="event[ "]/g) ?? []).length).toBe(8);
  });

  it('breaks Japanese titles at BudouX phrase boundaries, never inside a word', () => {
    const title = 'ES細胞によるパーキンソン病の試験、結果を論文で発表';
    const breaks = phraseBreaks(title);
    const phrases = phrasesAt(title, breaks)!;
    expect(phrases.join('')).toBe(title);
    expect(phrases).toContain('パーキンソン病の');
    const item = { ...at('j', '2025-04-16', title), breaks };
    const l = layoutTimeline([at('a', '2018-10-01'), item], { mode: 'rows', lang: 'ja' });
    const lines = l.marks[1]!.label!.lines ?? [l.marks[1]!.label!.text];
    let end = 0;
    const bounds = new Set([...breaks, title.length]);
    for (const line of lines) expect(bounds.has((end += line.length)), `line "${line}" ends mid-phrase`).toBe(true);
  });
});
