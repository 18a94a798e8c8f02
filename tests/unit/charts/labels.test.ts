/**
 * The one label packer (src/charts/shared/labels.ts) that the timeline and the approval path
 * share. The `bands` cases are the timeline's former packer's tests, the `stack` cases the
 * approval path's; both charts' SVG snapshots (timeline.*.svg, approval-path.*.svg) pin their
 * placements on the fixtures, unchanged by the move.
 */
import { describe, expect, it } from 'vitest';
import { labelBox, overlaps, packLabels, wrapLabel, type Slot } from '../../../src/charts/shared/labels';
import { textWidth } from '../../../src/charts/shared/text';

const band = { y0: 0, y1: 16 };
const slots: Slot[] = [
  { anchor: 'start', ...band },
  { anchor: 'end', ...band },
];
const bands = { strategy: 'bands' as const, left: 0, right: 400, offset: 4, gapX: 8, max: 10 };

describe('bands (the timeline)', () => {
  it('places greedily: a clashing label takes its next slot, or none', () => {
    const placed = packLabels(
      [
        { key: 0, x: 100, width: 80, slots },
        { key: 1, x: 110, width: 80, slots },
        { key: 2, x: 120, width: 80, slots },
      ],
      bands,
    );
    expect(placed.map((p) => [p.key, p.anchor])).toEqual([[0, 'start']]);
    const spread = packLabels(
      [
        { key: 0, x: 200, width: 80, slots },
        { key: 1, x: 150, width: 80, slots },
      ],
      bands,
    );
    expect(spread.map((p) => [p.key, p.anchor])).toEqual([
      [0, 'start'],
      [1, 'end'],
    ]);
    expect(overlaps(spread[0]!, spread[1]!, 8)).toBe(false);
    expect(labelBox(100, 50, slots[1]!, 4)).toEqual({ x0: 54, x1: 104, y0: 0, y1: 16 });
  });

  it('keeps labels in touching bands apart when gapY is set', () => {
    const reqs = [
      { key: 0, x: 100, width: 80, slots: [{ anchor: 'start' as const, y0: 0, y1: 16 }] },
      { key: 1, x: 120, width: 80, slots: [{ anchor: 'start' as const, y0: 16, y1: 32 }] },
    ];
    expect(packLabels(reqs, bands)).toHaveLength(2);
    expect(packLabels(reqs, { ...bands, gapY: 4 }).map((p) => p.key)).toEqual([0]);
  });

  it('keeps labels inside the plot, clear of obstacles, and stops at max', () => {
    const one = [{ anchor: 'start' as const, y0: 0, y1: 16 }];
    expect(packLabels([{ key: 0, x: 390, width: 80, slots: one }], bands)).toEqual([]);
    const mark = { x0: 120, x1: 132, y0: 2, y1: 14 };
    expect(packLabels([{ key: 0, x: 100, width: 80, slots: one }], { ...bands, obstacles: [mark] })).toEqual([]);
    const many = [0, 1, 2].map((k) => ({ key: k, x: k * 120, width: 80, slots: one }));
    expect(packLabels(many, { ...bands, max: 2 })).toHaveLength(2);
  });
});

describe('stack (the approval path)', () => {
  const stack = { strategy: 'stack' as const, left: 0, right: 520, gapX: 10, gapY: 6 };
  const req = (key: number, x: number, width: number, height = 32) => ({ key, x, width, height });

  it('stacks labels of close marks and anchors a label at the right edge to the left', () => {
    const packed = packLabels([req(0, 100, 120), req(1, 130, 120), req(2, 510, 100)], stack);
    expect(packed[0]!.y0).not.toBe(packed[1]!.y0);
    expect(packed[2]!.anchor).toBe('end');
    expect(packed[2]!.y0).toBe(0);
  });

  it('returns one placement per request in request order, none overlapping', () => {
    const reqs = [req(0, 40, 150), req(1, 90, 150), req(2, 140, 150), req(3, 300, 150), req(4, 330, 150)];
    const packed = packLabels(reqs, stack);
    expect(packed.map((p) => p.key)).toEqual([0, 1, 2, 3, 4]);
    for (let i = 0; i < packed.length; i++) {
      const p = packed[i]!;
      expect(p.x0).toBeGreaterThanOrEqual(0);
      expect(p.x1).toBeLessThanOrEqual(520);
      for (let j = i + 1; j < packed.length; j++) expect(overlaps(p, packed[j]!, 10, 6)).toBe(false);
    }
  });

  it('never lets a label lie across the leader of a mark placed above it', () => {
    const reqs = [req(0, 100, 200), req(1, 200, 200)];
    const packed = packLabels(reqs, stack);
    // Leader of mark k runs from the track (y < 0) down to its label's top.
    for (const a of packed)
      for (const b of packed) {
        if (a === b) continue;
        const bx = reqs[b.key]!.x;
        const crosses = bx >= a.x0 - 2 && bx <= a.x1 + 2 && a.y0 < b.y0;
        expect(crosses, `label ${a.key} across leader ${b.key}`).toBe(false);
      }
  });
});

describe('wrapLabel', () => {
  it('breaks English at spaces and Japanese at the phrase breaks it is given', () => {
    expect(wrapLabel('First person treated with cells', 120, 13).every((l) => textWidth(l, 13) <= 120)).toBe(true);
    const title = 'ES細胞によるパーキンソン病の試験、結果を論文で発表';
    const phrases = ['ES細胞による', 'パーキンソン病の', '試験、', '結果を', '論文で', '発表'];
    const lines = wrapLabel(title, 200, 13, phrases);
    expect(lines.join('')).toBe(title);
    // Every line ends at a phrase boundary: no パーキンソ|ン病, no 発|表.
    let at = 0;
    const bounds = new Set(phrases.map((p) => (at += p.length)));
    let end = 0;
    for (const l of lines) expect(bounds.has((end += l.length))).toBe(true);
    // Without phrases it still keeps width (breaking between characters).
    for (const l of wrapLabel(title, 200, 13)) expect(textWidth(l, 13)).toBeLessThanOrEqual(200);
  });
});
