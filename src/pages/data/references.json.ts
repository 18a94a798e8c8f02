import { getCollection } from 'astro:content';
import { toJson } from '../../data/open-data';

export async function GET() {
  return new Response(toJson((await getCollection('references')).map((e) => e.data)), {
    headers: { 'Content-Type': 'application/json' },
  });
}
