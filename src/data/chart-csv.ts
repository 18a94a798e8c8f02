/**
 * Each chart's CSV download (data/charts/<id>.csv, ja/data/charts/<id>.csv): the chart's own
 * table, loaded as the chart loads it, so the download can never differ from "Show data".
 */
import { toCsv } from '../charts/shared/table.ts';
import { astroData } from '../charts/astro-data.ts';
import { chartNamed } from '../charts/index.ts';
import { allChartInputs } from './chart-instances.ts';
import type { Lang } from '../schemas/translation.ts';

interface CsvProps {
  component: string;
  props: Record<string, string>;
}

export function chartCsvPaths(lang: Lang) {
  return allChartInputs('.', undefined, lang).map(({ id, component, props }) => ({
    params: { id },
    props: { component, props } satisfies CsvProps,
  }));
}

export async function chartCsvResponse({ component, props }: CsvProps, lang: Lang): Promise<Response> {
  const { table } = await chartNamed(component)!.load(props, lang, astroData);
  return new Response(toCsv(table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
