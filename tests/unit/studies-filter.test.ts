import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  compareStudies,
  facetCounts,
  matches,
  parseQuery,
  sortStudies,
  toQuery,
  type FacetValues,
  type SortValues,
} from '../../src/components/studies/filter';

interface Item {
  id: string;
  facets: FacetValues;
  sort: SortValues;
}

const item = (id: string, facets: Partial<FacetValues>, sort: Partial<SortValues>): Item => ({
  id,
  facets: {
    area: 'retina',
    year: '2014',
    kind: '',
    status: 'reported',
    donor: 'allogeneic',
    scope: 'japan',
    ...facets,
  },
  sort: { start: '2014', areaOrder: 0, treated: null, title: id, ...sort },
});

const items: Item[] = [
  item(
    'retina-2014',
    { year: '2014', donor: 'autologous', kind: 'clinical-research' },
    { start: '2014-09', treated: 1 },
  ),
  item(
    'heart-2020',
    { area: 'heart', year: '2020', kind: 'investigator-initiated' },
    { start: '2020-01', areaOrder: 4, treated: 8 },
  ),
  item(
    'islets-2025',
    { area: 'diabetes', year: '2025', status: 'treated', kind: 'investigator-initiated' },
    { start: '2025', areaOrder: 5, treated: null },
  ),
  item(
    'knee-2026',
    { area: 'cartilage', year: '2026', status: 'recruiting' },
    { start: '2026-02-10', areaOrder: 6, treated: 3 },
  ),
  item(
    'abroad-2021',
    { area: 'parkinsons', year: '2021', scope: 'abroad', kind: 'company' },
    { start: '2021', areaOrder: 2, treated: 12 },
  ),
];
const ids = (list: Item[]) => list.map((i) => i.id);

describe('studies filter', () => {
  it('keeps everything when nothing is chosen, and treats an empty choice as "any"', () => {
    expect(applyFilters(items, {})).toHaveLength(5);
    expect(applyFilters(items, { area: '', kind: '' })).toHaveLength(5);
  });

  it('filters by one facet', () => {
    expect(ids(applyFilters(items, { kind: 'investigator-initiated' }))).toEqual(['heart-2020', 'islets-2025']);
    expect(ids(applyFilters(items, { scope: 'abroad' }))).toEqual(['abroad-2021']);
    expect(ids(applyFilters(items, { donor: 'autologous' }))).toEqual(['retina-2014']);
    expect(ids(applyFilters(items, { year: '2026' }))).toEqual(['knee-2026']);
  });

  it('combines facets with AND, and can match nothing', () => {
    expect(ids(applyFilters(items, { kind: 'investigator-initiated', status: 'treated' }))).toEqual(['islets-2025']);
    expect(applyFilters(items, { area: 'retina', year: '2026' })).toEqual([]);
  });

  it('does not match a study that has no value for a chosen facet', () => {
    expect(matches(items[3]!.facets, { kind: 'company' })).toBe(false);
  });
});

describe('studies sort', () => {
  it('oldest first by default, reading partial dates by their first day', () => {
    expect(ids(sortStudies(items, 'start'))).toEqual([
      'retina-2014',
      'heart-2020',
      'abroad-2021',
      'islets-2025',
      'knee-2026',
    ]);
  });

  it('newest first', () => {
    expect(ids(sortStudies(items, 'newest'))).toEqual([
      'knee-2026',
      'islets-2025',
      'abroad-2021',
      'heart-2020',
      'retina-2014',
    ]);
  });

  it('by area in the site order, oldest first within an area', () => {
    const twoHearts = [...items, item('heart-2018', { area: 'heart' }, { start: '2018-05', areaOrder: 4 })];
    expect(ids(sortStudies(twoHearts, 'area'))).toEqual([
      'retina-2014',
      'abroad-2021',
      'heart-2018',
      'heart-2020',
      'islets-2025',
      'knee-2026',
    ]);
  });

  it('most people treated first; studies that report no number go last, not first or as zero', () => {
    expect(ids(sortStudies(items, 'treated'))).toEqual([
      'abroad-2021',
      'heart-2020',
      'knee-2026',
      'retina-2014',
      'islets-2025',
    ]);
  });

  it('puts a study without a start date last, oldest or newest first', () => {
    const a: SortValues = { start: '', areaOrder: 0, treated: null, title: 'a' };
    const b: SortValues = { start: '2015', areaOrder: 0, treated: null, title: 'b' };
    expect(compareStudies(a, b, 'start')).toBeGreaterThan(0);
    expect(compareStudies(a, b, 'newest')).toBeGreaterThan(0);
  });

  it('does not change the input', () => {
    const before = ids(items);
    sortStudies(items, 'newest');
    expect(ids(items)).toEqual(before);
  });
});

describe('filter state in the address', () => {
  it('round-trips a state and a sort through the query string', () => {
    const q = toQuery({ area: 'heart', status: 'treated' }, 'newest');
    expect(q).toBe('?area=heart&status=treated&sort=newest');
    expect(parseQuery(q)).toEqual({ state: { area: 'heart', status: 'treated' }, sort: 'newest' });
  });

  it('writes nothing for the default view and ignores unknown keys and sorts', () => {
    expect(toQuery({}, 'start')).toBe('');
    expect(parseQuery('?colour=red&sort=random')).toEqual({ state: {}, sort: 'start' });
  });
});

describe('facet options', () => {
  it('counts each value and follows the given order, unknown values last', () => {
    expect(facetCounts(items, 'kind', ['clinical-research', 'investigator-initiated', 'company'])).toEqual([
      { value: 'clinical-research', count: 1 },
      { value: 'investigator-initiated', count: 2 },
      { value: 'company', count: 1 },
    ]);
    expect(facetCounts(items, 'status', ['recruiting'])).toEqual([
      { value: 'recruiting', count: 1 },
      { value: 'reported', count: 3 },
      { value: 'treated', count: 1 },
    ]);
  });
});
