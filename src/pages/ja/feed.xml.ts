/** The Japanese Atom feed: new and updated chapters, with Japanese titles and summaries. */
import type { APIRoute } from 'astro';
import { atomFeed } from '../../components/layout/feed';

export const GET: APIRoute = async ({ site }) =>
  new Response(await atomFeed('ja', site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
