/**
 * What every chart wrapper does: read the frame props a chapter gave, load the chart's data for
 * the page's language, and hand the frame its parts. Used by each `<folder>/Chart.astro`.
 */
import type { Lang } from '../schemas/translation.ts';
import { astroData } from './astro-data.ts';
import { chartIdOf, type ChartDefinition, type ChartInput } from './define.ts';

/** The props of a chart component: its data props, title and takeaway, and page options. */
export interface ChartProps {
  title: string;
  takeaway: string;
  /** Language of the page: the records' `ja` text and the chart's own words are used for 'ja'. */
  lang?: Lang | undefined;
  /** Embeds show the frame without the download and embed controls. */
  embedded?: boolean | undefined;
  [prop: string]: unknown;
}

export async function loadChart<View>(chart: ChartDefinition<View>, props: ChartProps) {
  const { title, takeaway, lang = 'en', embedded } = props;
  const input: Record<string, string> = {};
  for (const k of Object.keys(chart.props)) if (typeof props[k] === 'string') input[k] = props[k];
  const id = chartIdOf(chart, input as ChartInput);
  const { view, ...model } = await chart.load(input, lang, astroData);
  return { id, lang, view, frame: { id, title, takeaway, embedded, lang, ...model } };
}
