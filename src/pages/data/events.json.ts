import { getCollection } from 'astro:content';
import { toJson } from '../../data/open-data';

export async function GET() {
  const events = (await getCollection('events')).map((e) => e.data).sort((a, b) => a.date.localeCompare(b.date));
  return new Response(toJson(events), { headers: { 'Content-Type': 'application/json' } });
}
