/**
 * Filtering and sorting the studies list: pure functions, shared by the page (which writes the
 * facets into data-* attributes) and the progressive-enhancement script (which reads them back).
 * No DOM here, so the unit tests check exactly what readers get.
 */

/** What a reader can filter by; each is one <select> on the page and one data-* attribute per study. */
export const FACETS = ['area', 'year', 'kind', 'status', 'donor', 'scope'] as const;
export type Facet = (typeof FACETS)[number];

/** A study's value for each facet ('' where the records say nothing, e.g. no kind of study given). */
export type FacetValues = Record<Facet, string>;

/** The reader's choices: a missing or empty facet means "any". */
export type FilterState = Partial<Record<Facet, string>>;

export const SORTS = ['start', 'newest', 'area', 'treated'] as const;
export type SortKey = (typeof SORTS)[number];
export const DEFAULT_SORT: SortKey = 'start';

/** What sorting needs to know about a study. */
export interface SortValues {
  /** Start date as written (YYYY, YYYY-MM or YYYY-MM-DD); '' when no source gives it. */
  start: string;
  /** The area's position in the site's list of areas, so "by area" follows the chapters. */
  areaOrder: number;
  /** People treated, or null where no source reports it. */
  treated: number | null;
  title: string;
}

export function matches(values: FacetValues, state: FilterState): boolean {
  return FACETS.every((f) => !state[f] || values[f] === state[f]);
}

export function applyFilters<T extends { facets: FacetValues }>(items: readonly T[], state: FilterState): T[] {
  return items.filter((i) => matches(i.facets, state));
}

/** Partial dates sort by their first possible day; a missing date goes last. */
const startKey = (s: string) => (s ? s.padEnd(10, '-00').slice(0, 10) : '9999');

/**
 * Order two studies. 'start': oldest first; 'newest': newest first; 'area': by area, then oldest
 * first; 'treated': most people treated first, studies that report no number last. Ties fall back
 * to the start date and then the title, so the order is the same on every build.
 */
export function compareStudies(a: SortValues, b: SortValues, sort: SortKey): number {
  const byStart = startKey(a.start).localeCompare(startKey(b.start));
  const byTitle = a.title.localeCompare(b.title);
  switch (sort) {
    case 'newest': {
      if (!a.start !== !b.start) return a.start ? -1 : 1;
      return -byStart || byTitle;
    }
    case 'area':
      return a.areaOrder - b.areaOrder || byStart || byTitle;
    case 'treated': {
      if ((a.treated === null) !== (b.treated === null)) return a.treated === null ? 1 : -1;
      return (b.treated ?? 0) - (a.treated ?? 0) || byStart || byTitle;
    }
    default:
      return byStart || byTitle;
  }
}

export function sortStudies<T extends { sort: SortValues }>(items: readonly T[], sort: SortKey): T[] {
  return [...items].sort((a, b) => compareStudies(a.sort, b.sort, sort));
}

export function isSortKey(value: unknown): value is SortKey {
  return typeof value === 'string' && (SORTS as readonly string[]).includes(value);
}

/** Reads ?area=retina&sort=newest; unknown keys and sort values are ignored. */
export function parseQuery(search: string): { state: FilterState; sort: SortKey } {
  const params = new URLSearchParams(search);
  const state: FilterState = {};
  for (const f of FACETS) {
    const v = params.get(f);
    if (v) state[f] = v;
  }
  const s = params.get('sort');
  return { state, sort: isSortKey(s) ? s : DEFAULT_SORT };
}

/** The query string for a state ('' for "everything, default order"), so a filtered view can be shared. */
export function toQuery(state: FilterState, sort: SortKey): string {
  const params = new URLSearchParams();
  for (const f of FACETS) if (state[f]) params.set(f, state[f]!);
  if (sort !== DEFAULT_SORT) params.set('sort', sort);
  const q = params.toString();
  return q ? `?${q}` : '';
}

/** The values present for a facet with how many studies have each, in first-seen or given order. */
export function facetCounts(items: readonly { facets: FacetValues }[], facet: Facet, order?: readonly string[]) {
  const counts = new Map<string, number>();
  for (const i of items) {
    const v = i.facets[facet];
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const values = [...counts.keys()];
  if (order) values.sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
  return values.map((value) => ({ value, count: counts.get(value)! }));
}

const rank = (order: readonly string[], v: string) => {
  const i = order.indexOf(v);
  return i === -1 ? order.length : i;
};
