import { getCollection } from 'astro:content';
import { trialsTable } from '../../data/open-data';
import { toCsv } from '../../charts/shared/table';

export async function GET() {
  const trials = (await getCollection('trials')).map((e) => e.data);
  return new Response(toCsv(trialsTable(trials)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
