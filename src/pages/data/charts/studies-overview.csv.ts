/**
 * The studies page's overview chart is a page figure, not an MDX chart (it is not in
 * src/charts/index.ts), so its CSV download has its own endpoint: the chart's own table.
 */
import { toCsv } from '../../../charts/shared/table.ts';
import { loadStudies } from '../../../components/studies/load.ts';

export async function GET() {
  const { layout } = await loadStudies('en');
  return new Response(toCsv(layout.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
