import { describe, expect, it } from 'vitest';
import { fitLeft, flipsAbove } from '../../../src/charts/shared/place';

describe('tooltip placement', () => {
  it('centres under the mark when there is room', () => {
    expect(fitLeft(200, 100, 400)).toBe(150);
  });
  it('slides inside the chart near a side instead of squeezing', () => {
    // A mark 20 px from the right edge: the whole 200 px tooltip stays inside, ending at the edge.
    expect(fitLeft(380, 200, 400)).toBe(200);
    expect(fitLeft(10, 200, 400)).toBe(0);
    expect(fitLeft(390, 120, 400, 'start')).toBe(280);
  });
  it('never starts left of the chart, even when wider than it', () => {
    expect(fitLeft(100, 500, 300)).toBe(0);
  });
  it('flips above the mark when it would run off the bottom of the window and there is room above', () => {
    expect(flipsAbove(900, 800, 300, 120)).toBe(true);
    expect(flipsAbove(700, 800, 300, 120)).toBe(false);
    expect(flipsAbove(900, 800, 60, 120)).toBe(false);
  });
});
