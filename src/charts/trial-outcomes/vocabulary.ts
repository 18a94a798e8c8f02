/**
 * The outcome vocabulary, defined once: each kind of result a trial record can report, in the order
 * rows draw them, with its words in each language, its mark and its colour. Every outcome chart (one
 * study as a panel, two side by side, many as rows) draws and names a kind the same way, so "stable"
 * or "not assessed" can never mean two things on the site.
 *
 * Where a study measured something else than the others, its kind says so: a graft still in place is
 * not "stable vision", and a company's "kept or improved" is not split into either. People who were
 * assessed but given no per-person result (`not-reported`) are drawn apart from people who were not
 * assessed at all, or not yet (`not-evaluated`).
 *
 * The schema's `OUTCOME_KINDS` (src/schemas/trial.ts) lists the keys a record may use; a unit test
 * checks that every one of them is defined here.
 */
import type { Lang } from '../../schemas/translation.ts';

export const OUTCOME_KEYS = [
  'improved',
  'kept-or-improved',
  'stable',
  'graft-in-place',
  'unchanged',
  'worse',
  'not-reported',
  'not-evaluated',
] as const;

export type OutcomeKind = (typeof OUTCOME_KEYS)[number];

/** Mark shapes: every kind has its own, so the chart reads without colour (and in print). */
export type MarkShape = 'disc' | 'half' | 'square' | 'framed-square' | 'ring' | 'triangle' | 'dashed-dot' | 'dashed';

/**
 * One colour per kind of news, set in Mark.svelte: `good` (green, the same in every chart, never an
 * area's colour), `neutral` (grey), `bad` (red), `unknown` (grey outline, dashed).
 */
export type MarkTone = 'good' | 'neutral' | 'bad' | 'unknown';

interface Words {
  /** The key's words: what the kind means, said once for every chart. */
  key: string;
  /**
   * A row's or panel's point, given who ("4 of 7", "all 5", or "" for a single person): "4 of 7
   * improved". `all` is true when everyone enrolled is in this kind.
   */
  headline: (who: string, all: boolean) => string;
}

export interface OutcomeDef {
  shape: MarkShape;
  tone: MarkTone;
  words: Record<Lang, Words>;
}

/** Joins "4 of 7" and a phrase with a colon, or gives the phrase alone for a single person. */
const en =
  (phrase: string, colon = false) =>
  (who: string) =>
    who ? `${who}${colon ? ': ' : ' '}${phrase}` : phrase;

export const OUTCOMES: Record<OutcomeKind, OutcomeDef> = {
  improved: {
    shape: 'disc',
    tone: 'good',
    words: {
      en: { key: 'Improved', headline: en('improved') },
      ja: { key: '改善', headline: (who) => (who ? `${who}が改善` : '改善') },
    },
  },
  'kept-or-improved': {
    shape: 'half',
    tone: 'good',
    words: {
      en: { key: 'Kept or improved (not split)', headline: en('kept or improved') },
      ja: { key: '維持または改善（内訳なし）', headline: (who) => (who ? `${who}が維持または改善` : '維持または改善') },
    },
  },
  stable: {
    shape: 'square',
    tone: 'neutral',
    words: {
      en: { key: 'Stayed the same', headline: en('stayed the same') },
      ja: { key: '変わらず', headline: (who) => (who ? `${who}は変わらず` : '変わらず') },
    },
  },
  'graft-in-place': {
    shape: 'framed-square',
    tone: 'neutral',
    words: {
      en: { key: 'Graft still in place', headline: en('graft still in place', true) },
      ja: { key: '移植片が残っている', headline: (who) => (who ? `${who}で移植片が残っている` : '移植片が残っている') },
    },
  },
  unchanged: {
    shape: 'ring',
    tone: 'neutral',
    words: {
      en: { key: 'No clear improvement', headline: en('no clear improvement', true) },
      ja: {
        key: 'はっきりした改善なし',
        headline: (who) => (who ? `${who}ははっきりした改善なし` : 'はっきりした改善なし'),
      },
    },
  },
  worse: {
    shape: 'triangle',
    tone: 'bad',
    words: {
      en: { key: 'Worse', headline: en('worse') },
      ja: { key: '悪化', headline: (who) => (who ? `${who}が悪化` : '悪化') },
    },
  },
  'not-reported': {
    shape: 'dashed-dot',
    tone: 'unknown',
    words: {
      en: {
        key: 'Assessed, no result given',
        headline: (who, all) =>
          all ? 'assessed, but no per-person results given' : who ? `${who}: no result given` : 'no result given',
      },
      ja: {
        key: '評価されたが、結果は公表されていない',
        headline: (who, all) =>
          all
            ? '評価されたが、一人ひとりの結果は公表されていない'
            : who
              ? `${who}は結果が公表されていない`
              : '結果は公表されていない',
      },
    },
  },
  'not-evaluated': {
    shape: 'dashed',
    tone: 'unknown',
    words: {
      en: {
        key: 'Not assessed (or not yet)',
        headline: (who, all) => (all ? 'not assessed yet' : who ? `${who} not assessed` : 'not assessed'),
      },
      ja: {
        key: '未評価（まだの人を含む）',
        headline: (who, all) => (all ? 'まだ評価なし' : who ? `${who}は未評価` : '未評価'),
      },
    },
  },
};

/** Who a headline is about: "4 of 7", "all 5", or "" for a study of one person. */
export function who(n: number, total: number, lang: Lang): string {
  if (total === 1 && n === 1) return '';
  if (n === total) return lang === 'ja' ? `${total}人全員` : `all ${total}`;
  // ja-style §3: 「4人のうち3人」.
  return lang === 'ja' ? `${total}人のうち${n}人` : `${n} of ${total}`;
}

/** A row's or panel's point: "4 of 7 improved", "all 5: graft still in place". */
export function outcomeHeadline(n: number, total: number, kind: OutcomeKind, lang: Lang): string {
  return OUTCOMES[kind].words[lang].headline(who(n, total, lang), n === total);
}
