/** The embed page's own words (EmbedPage.astro), one object per language, same keys. */
import type { Lang } from '../schemas/translation.ts';

interface EmbedPageStrings {
  /** The page's title: "Chart: <chart title>". */
  pageTitle: (title: string) => string;
}

export const strings: Record<Lang, EmbedPageStrings> = {
  en: { pageTitle: (title) => `Chart: ${title}` },
  ja: { pageTitle: (title) => `グラフ：${title}` },
};
