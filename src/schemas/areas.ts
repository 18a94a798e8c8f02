/**
 * The therapy areas and story strands the site is organised by.
 * One list drives the chapter schema, the data schemas, navigation colours and chart lanes,
 * so a new area is added here once.
 */
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
