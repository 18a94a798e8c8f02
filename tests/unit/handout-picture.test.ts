import { describe, expect, it } from 'vitest';
import { chartsLeftOffHandout } from '../../src/mdx/handout-picture.ts';

const CHARTS = ['Timeline', 'TrialOutcomes', 'ApprovalPath', 'CellScale'];

describe('charts a handout leaves out (it keeps the first diagram, else the first chart that is not a timeline)', () => {
  it('leaves out every chart when the chapter has a diagram, wherever it is', () => {
    const src = `import HeartPatch from '../../src/components/diagrams/HeartPatch.astro';\n\n<TrialOutcomes trial="a" />\n\n<HeartPatch />\n`;
    expect(chartsLeftOffHandout(src, CHARTS)).toEqual(CHARTS);
  });

  it('keeps the first chart that is not a timeline when there is no diagram', () => {
    const src = `<Timeline areas="heart" />\n\n<ApprovalPath products="x" />\n\n<TrialOutcomes trial="a" />\n`;
    expect(chartsLeftOffHandout(src, CHARTS)).toEqual(['Timeline', 'TrialOutcomes', 'CellScale']);
  });

  it('does not count a diagram that is imported but never used', () => {
    const src = `import EyeLayers from '../../src/components/diagrams/EyeLayers.astro';\n\n<CellScale id="x" />\n`;
    expect(chartsLeftOffHandout(src, CHARTS)).toEqual(['Timeline', 'TrialOutcomes', 'ApprovalPath']);
  });

  it('leaves out every chart when there is only a timeline', () => {
    expect(chartsLeftOffHandout(`<Timeline areas="heart" />\n`, CHARTS)).toEqual(CHARTS);
  });
});
