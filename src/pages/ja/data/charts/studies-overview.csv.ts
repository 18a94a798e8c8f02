/** The Japanese studies page's overview chart as CSV (see src/pages/data/charts/studies-overview.csv.ts). */
import { toCsv } from '../../../../charts/shared/table.ts';
import { loadStudies } from '../../../../components/studies/load.ts';

export async function GET() {
  const { layout } = await loadStudies('ja');
  return new Response(toCsv(layout.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
