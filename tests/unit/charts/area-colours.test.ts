/**
 * Area colours tell lanes, marks and chapter accents apart, so they must stay apart for readers
 * with the common red-green colour-vision deficiencies too. Each pair is compared in CIELAB
 * (ΔE 1976) as seen with normal vision and as simulated for protanopia and deuteranopia
 * (Machado, Oliveira and Fernandes 2009, severity 1, applied in linear sRGB), in light and dark.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../../src/schemas/areas';

const TOKENS = 'src/styles/tokens.css';
const css = readFileSync(TOKENS, 'utf8');

const SIMULATIONS: Record<string, number[][]> = {
  'normal vision': [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};
/** Least ΔE between two areas: clearly different at a glance with normal vision, still apart with a CVD. */
const MIN_DISTANCE: Record<string, number> = { 'normal vision': 20, protanopia: 12, deuteranopia: 12 };

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
function rgb(hex: string): number[] {
  return [1, 3, 5].map((i) => linear(parseInt(hex.slice(i, i + 2), 16) / 255));
}
function simulate(m: number[][], v: number[]): number[] {
  return m.map((r) => Math.min(1, Math.max(0, r[0]! * v[0]! + r[1]! * v[1]! + r[2]! * v[2]!)));
}
function lab([r, g, b]: number[]): number[] {
  const X = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
  const Y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  const Z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(Y) - 16, 500 * (f(X) - f(Y)), 200 * (f(Y) - f(Z))];
}
const distance = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
const luminance = (hex: string) => {
  const [r, g, b] = rgb(hex);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};

function token(name: string): { light: string; dark: string } {
  const m = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(css);
  if (!m) throw new Error(`${TOKENS}: --${name} must be written light-dark(#rrggbb, #rrggbb) for this check.`);
  return { light: m[1]!, dark: m[2]! };
}

describe('area colours', () => {
  const colours = AREAS.map((area) => ({ area, ...token(`area-${area}`) }));
  const bg = token('bg');

  for (const mode of ['light', 'dark'] as const) {
    for (const [sim, matrix] of Object.entries(SIMULATIONS)) {
      it(`stay apart in ${mode} mode with ${sim}`, () => {
        const seen = colours.map((c) => ({ area: c.area, hex: c[mode], lab: lab(simulate(matrix, rgb(c[mode]))) }));
        const close: string[] = [];
        for (let i = 0; i < seen.length; i++)
          for (let j = i + 1; j < seen.length; j++) {
            const d = distance(seen[i]!.lab, seen[j]!.lab);
            if (d < MIN_DISTANCE[sim]!)
              close.push(`${seen[i]!.area} ${seen[i]!.hex} and ${seen[j]!.area} ${seen[j]!.hex}: ΔE ${d.toFixed(1)}`);
          }
        expect(
          close,
          `${TOKENS}: these --area-* colours (${mode}) are closer than ΔE ${MIN_DISTANCE[sim]} with ${sim}; change the lightness or move one toward blue/orange`,
        ).toEqual([]);
      });
    }

    it(`read against the ${mode} background (contrast at least 4.5:1)`, () => {
      const low = colours
        .map((c) => ({ area: c.area, hex: c[mode], ratio: contrast(c[mode], bg[mode]) }))
        .filter((c) => c.ratio < 4.5)
        .map((c) => `${c.area} ${c.hex}: ${c.ratio.toFixed(2)}:1`);
      expect(low, `${TOKENS}: --area-* colours too faint on --bg (${mode})`).toEqual([]);
    });
  }

  it('catches near-identical colours (the check can fail)', () => {
    const a = lab(simulate(SIMULATIONS.deuteranopia!, rgb('#0e6b69')));
    const b = lab(simulate(SIMULATIONS.deuteranopia!, rgb('#4b5563')));
    expect(distance(a, b)).toBeLessThan(MIN_DISTANCE.deuteranopia!);
  });
});
