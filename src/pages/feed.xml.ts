/** An Atom feed of chapter updates, newest first. */
import type { APIRoute } from 'astro';
import { getChapters } from '../data/chapters';
import { chapterHref, href } from '../lib/urls';
import { escapeXml } from '../lib/social-card';
import { SITE_NAME } from '../site.config';

export const GET: APIRoute = async ({ site }) => {
  const chapters = (await getChapters()).sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime());
  const abs = (p: string) => new URL(p, site).href;
  const updated = chapters[0]?.data.updated ?? new Date(0);
  const entries = chapters
    .map((c) => {
      const url = abs(chapterHref(c.id));
      return `  <entry>
    <title>${escapeXml(c.data.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <id>${escapeXml(url)}</id>
    <updated>${c.data.updated.toISOString()}</updated>
    <summary>${escapeXml(c.data.description)}</summary>
  </entry>`;
    })
    .join('\n');
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(SITE_NAME)}: chapter updates</title>
  <subtitle>New and updated chapters on iPS-cell therapies.</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(abs(href('feed.xml')))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(abs(href()))}"/>
  <id>${escapeXml(abs(href()))}</id>
  <updated>${updated.toISOString()}</updated>
  <author><name>${escapeXml(SITE_NAME)} contributors</name></author>
${entries}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
