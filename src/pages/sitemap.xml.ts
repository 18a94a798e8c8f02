import type { APIRoute } from 'astro';
import { allPagePaths } from '../data/site-pages';
import { href } from '../lib/urls';
import { escapeXml } from '../lib/social-card';

export const GET: APIRoute = async ({ site }) => {
  const pages = await allPagePaths();
  const urls = pages
    .map(
      (p) =>
        `  <url><loc>${escapeXml(new URL(href(p.path), site).href)}</loc>${p.updated ? `<lastmod>${p.updated.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`,
    )
    .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
