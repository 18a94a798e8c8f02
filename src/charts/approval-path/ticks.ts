/** Year ticks for the path chart's axis. */
import { scaleUtc } from 'd3-scale';
import { GEOMETRY } from './geometry.ts';

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

export const round = (n: number) => Math.round(n * 100) / 100;
