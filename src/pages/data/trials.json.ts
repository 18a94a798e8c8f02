import { getCollection } from 'astro:content';
import { sortTrials, toJson } from '../../data/open-data';

/** Every study as a full record (Japanese text in `ja`), studies in Japan first, each by start date. */
export async function GET() {
  return new Response(toJson(sortTrials((await getCollection('trials')).map((e) => e.data))), {
    headers: { 'Content-Type': 'application/json' },
  });
}
