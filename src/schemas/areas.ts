/**
 * The therapy areas and story strands the site is organised by.
 * One list drives the chapter schema, the data schemas, navigation colours and chart lanes,
 * so a new area is added here once.
 */
import type { Lang } from './translation.ts';

export const AREAS = [
  'basics',
  'retina',
  'cornea',
  'parkinsons',
  'spinal-cord',
  'heart',
  'regulation',
  'manufacturing',
] as const;

export type Area = (typeof AREAS)[number];

/** Reader-facing names, used in labels, filters and chart lanes. */
export const AREA_LABELS: Record<Area, string> = {
  basics: 'The science',
  retina: 'Retina',
  cornea: 'Cornea',
  parkinsons: "Parkinson's disease",
  'spinal-cord': 'Spinal cord',
  heart: 'Heart',
  regulation: 'Regulation',
  manufacturing: 'Manufacturing',
};

export function isArea(value: unknown): value is Area {
  return typeof value === 'string' && (AREAS as readonly string[]).includes(value);
}

/** Japanese names for the areas, as in Japanese press coverage. */
export const AREA_LABELS_JA: Record<Area, string> = {
  basics: '基礎科学',
  retina: '網膜',
  cornea: '角膜',
  parkinsons: 'パーキンソン病',
  'spinal-cord': '脊髄損傷',
  heart: '心臓',
  regulation: '規制',
  manufacturing: '製造',
};

const AREA_NAMES: Record<Lang, Record<Area, string>> = { en: AREA_LABELS, ja: AREA_LABELS_JA };

export function areaLabel(area: Area, lang: Lang = 'en'): string {
  return AREA_NAMES[lang][area];
}
