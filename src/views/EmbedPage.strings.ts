/** The embed page's own words (EmbedPage.astro), one object per language, same keys. */
import type { Lang } from '../schemas/translation.ts';

interface EmbedPageStrings {
  /**
   * The page's title: "Chart: <chart title>", with the chapter's area when the chart highlights one
   * study, because the same chart (one title) appears in two chapters with a different row highlighted.
   */
  pageTitle: (title: string, area?: string) => string;
}

export const strings: Record<Lang, EmbedPageStrings> = {
  en: { pageTitle: (title, area) => `Chart: ${title}${area ? ` (${area})` : ''}` },
  ja: { pageTitle: (title, area) => `グラフ：${title}${area ? `（${area}）` : ''}` },
};
