/**
 * The Atom feeds of new and updated chapters: /feed.xml in English and /ja/feed.xml in Japanese
 * (Japanese titles and summaries, English standing in for a chapter not yet translated).
 */
import { getLocalChapters } from '../../data/chapters.ts';
import { t } from '../../i18n/index.ts';
import { chapterHref, localHref } from '../../lib/urls.ts';
import { escapeXml } from '../../lib/social-card.ts';
import type { Lang } from '../../schemas/translation.ts';
import { SITE_NAME } from '../../site.config.ts';

const AUTHOR = { en: `${SITE_NAME} contributors`, ja: `${SITE_NAME}執筆者一同` };
const SUBTITLE = {
  en: 'New and updated chapters on iPS-cell therapies.',
  ja: 'iPS細胞による治療を解説する章の、新着と更新のお知らせです。',
};

export async function atomFeed(lang: Lang, site: URL | undefined): Promise<string> {
  const chapters = (await getLocalChapters(lang)).sort(
    (a, b) => b.entry.data.updated.getTime() - a.entry.data.updated.getTime(),
  );
  const abs = (p: string) => new URL(p, site).href;
  const updated = chapters[0]?.entry.data.updated ?? new Date(0);
  const entries = chapters
    .map(({ slug, entry, translated }) => {
      const url = abs(chapterHref(slug, lang));
      const entryLang = translated ? lang : 'en';
      return `  <entry xml:lang="${entryLang}">
    <title>${escapeXml(entry.data.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <id>${escapeXml(url)}</id>
    <updated>${entry.data.updated.toISOString()}</updated>
    <summary>${escapeXml(entry.data.description)}</summary>
  </entry>`;
    })
    .join('\n');
  const self = localHref(lang, 'feed.xml');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <title>${escapeXml(t(lang)('feed.title'))}</title>
  <subtitle>${escapeXml(SUBTITLE[lang])}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(abs(self))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(abs(localHref(lang)))}"/>
  <id>${escapeXml(abs(localHref(lang)))}</id>
  <updated>${updated.toISOString()}</updated>
  <author><name>${escapeXml(AUTHOR[lang])}</name></author>
${entries}
</feed>
`;
}
