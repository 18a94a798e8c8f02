/**
 * Every chart, once. A chart is a folder `src/charts/<kebab-name>/` with a declaration
 * (`chart.ts`), a wrapper (`Chart.astro`), a renderer, its layout and strings; adding one to this
 * list puts it in the MDX vocabulary, `npm run check`, the embed pages, the CSV downloads, the
 * gallery and the docs. The order here is the gallery's order.
 */
import { chartIdOf, type ChartDefinition, type ChartInput } from './define.ts';
import { timeline } from './timeline/chart.ts';
import { trialOutcomes } from './trial-outcomes/chart.ts';
import { cellScale } from './cell-scale/chart.ts';
import { trialCounts } from './trial-counts/chart.ts';
import { approvalPath } from './approval-path/chart.ts';

export const CHARTS = [timeline, trialOutcomes, cellScale, trialCounts, approvalPath] as const;

/** The MDX tag of every chart: "Timeline", "TrialOutcomes"... */
export type ChartName = (typeof CHARTS)[number]['name'];

const BY_NAME = new Map<string, ChartDefinition>(CHARTS.map((c) => [c.name, c as ChartDefinition]));

/** The chart an MDX tag names, if it is one. */
export function chartNamed(name: string): ChartDefinition | undefined {
  return BY_NAME.get(name);
}

/** The id of a chart used with these props: the same in chapters, embeds and downloads. */
export function chartIdFor(name: string, input: ChartInput): string {
  const chart = chartNamed(name);
  if (!chart) throw new Error(`chartIdFor: "${name}" is not a chart; see src/charts/index.ts.`);
  return chartIdOf(chart, input);
}
