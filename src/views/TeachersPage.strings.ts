/** The teachers' guide's own words (TeachersPage.astro), one object per language, same keys. */
import type { Lang } from '../schemas/translation.ts';

interface TeachersPageStrings {
  title: string;
  description: string;
  intro: string;
  printing: string;
  printingText: string;
  safety: string;
  safetyText: string;
  index: string;
  read: string;
  objectives: string;
  able: string;
  questions: string;
  vocabulary: string;
  openData: string;
  /** Between the printing text and the open-data link. */
  beforeLink: string;
  /** "Activity: <title> (<minutes> minutes)". */
  activityHeading: (title: string, minutes: number) => string;
}

const en: TeachersPageStrings = {
  title: "Teachers' guide",
  description:
    'Learning objectives, discussion questions, classroom activities and key words for each chapter, with tips for printing chapters as handouts.',
  intro:
    'Each chapter works as a stand-alone lesson for students aged about 15 and up. Below, for every chapter, you will find what students should be able to do afterwards, three questions for discussion, a short activity and the key words, which link to the glossary.',
  printing: 'Printing chapters as handouts',
  printingText:
    'Print any chapter from your browser: the navigation drops away, charts stay whole, and each reference prints with its full address. Every section heading has a link (the # that appears beside it) that you can copy to send students straight to that section. The data behind every chart can be downloaded from the chart\'s "Show data" panel or from the open data page.',
  safety: 'A note on health questions',
  safetyText:
    'Students may ask about treatments for someone they know. This site is not medical advice: point them to their own doctor, and explain that clinics selling unproven stem-cell treatments exist and can cause harm.',
  index: 'Chapters in this guide',
  read: 'Read the chapter',
  objectives: 'Learning objectives',
  able: 'Students will be able to:',
  questions: 'Discussion questions',
  vocabulary: 'Key vocabulary',
  openData: 'Open data',
  beforeLink: ' ',
  activityHeading: (title: string, minutes: number) => `Activity: ${title} (${minutes} minutes)`,
};

const ja: TeachersPageStrings = {
  title: '教員向けガイド',
  description:
    '各章の学習目標、話し合いの問い、授業での活動、重要な用語をまとめました。章を配布資料として印刷するためのヒントもあります。',
  intro:
    '各章は、15歳前後以上の生徒向けの1回分の授業として使えます。章ごとに、学習後にできるようになること、話し合いのための3つの問い、短い活動、重要な用語（用語集へのリンク付き）を載せています。',
  printing: '章を配布資料として印刷する',
  printingText:
    'ブラウザからそのまま印刷できます。ナビゲーションは省かれ、グラフは途中で切れず、参考文献はURL付きで印刷されます。各見出しの横に表示される「#」のリンクをコピーすれば、生徒をその節へ直接案内できます。グラフのデータは「データを表示」またはオープンデータのページからダウンロードできます。',
  safety: '健康に関する質問について',
  safetyText:
    '身近な人の治療について質問されることがあるかもしれません。このサイトは医療上の助言ではありません。主治医に相談するよう伝え、効果の確かめられていない幹細胞治療を売るクリニックがあり、害を受けることもあると説明してください。',
  index: 'このガイドの章',
  read: '章を読む',
  objectives: '学習目標',
  able: '生徒ができるようになること：',
  questions: '話し合いの問い',
  vocabulary: '重要な用語',
  openData: 'オープンデータ',
  beforeLink: '',
  activityHeading: (title: string, minutes: number) => `活動：${title}（${minutes}分）`,
};

export const strings: Record<Lang, TeachersPageStrings> = { en, ja };
