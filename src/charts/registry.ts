/**
 * The chart components chapters can use, and how each one's id is made from its data props.
 * Wrappers, the embed pages and the CSV downloads all name a chart the same way through this.
 */
import { chartId } from './shared/chart-id.ts';

export const CHART_ID_PROPS = {
  TrialOutcomes: ['trial', 'compare'],
  CellScale: ['trials'],
  DoseCohorts: ['trial'],
  Timeline: ['areas'],
  TrialCounts: ['counts'],
  ApprovalPath: ['products'],
} as const;

export type ChartName = keyof typeof CHART_ID_PROPS;

export function isChartName(name: string): name is ChartName {
  return name in CHART_ID_PROPS;
}

export function chartIdFor(name: ChartName, props: object): string {
  const values = props as Record<string, unknown>;
  const parts = CHART_ID_PROPS[name].map((k) => (typeof values[k] === 'string' ? (values[k] as string) : undefined));
  return chartId(name, parts.some(Boolean) ? parts : ['all']);
}
