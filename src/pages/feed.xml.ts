/** An Atom feed of chapter updates, newest first (the Japanese one is /ja/feed.xml). */
import type { APIRoute } from 'astro';
import { atomFeed } from '../components/layout/feed';

export const GET: APIRoute = async ({ site }) =>
  new Response(await atomFeed('en', site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
