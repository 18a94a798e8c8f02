/** Words of the chart gallery (ChartsPage.astro) that are its own; shared words are in src/i18n/. */
import type { Lang } from '../schemas/translation.ts';

interface ChartsPageStrings {
  /** Before the link to the chapter a gallery chart comes from. */
  fromChapter: string;
}

export const strings: Record<Lang, ChartsPageStrings> = {
  en: { fromChapter: 'In the chapter:' },
  ja: { fromChapter: '掲載している章：' },
};
