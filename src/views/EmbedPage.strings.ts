/** The embed page's own words (EmbedPage.astro), one object per language, same keys. */
import type { Lang } from '../schemas/translation.ts';

interface EmbedPageStrings {
  /**
   * The page's title: "Chart: <chart title> · <chapter>". The chapter is named because one chart
   * (the same title) can appear in two chapters with a different study highlighted.
   */
  pageTitle: (title: string, chapter: string) => string;
}

export const strings: Record<Lang, EmbedPageStrings> = {
  en: { pageTitle: (title, chapter) => `Chart: ${title} · ${chapter}` },
  ja: { pageTitle: (title, chapter) => `グラフ：${title}（${chapter}）` },
};
