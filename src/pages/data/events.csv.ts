import { getCollection } from 'astro:content';
import { eventsTable } from '../../data/open-data';
import { toCsv } from '../../charts/shared/table';

export async function GET() {
  const events = (await getCollection('events')).map((e) => e.data);
  return new Response(toCsv(eventsTable(events)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
