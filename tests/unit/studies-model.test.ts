import { describe, expect, it } from 'vitest';
import { registryUrl, studyView, studyViews, type StudyContext } from '../../src/components/studies/model';
import { trialSchema } from '../../src/schemas/trial';
import { referenceSchema } from '../../src/schemas/reference';
import { sortTrials, trialsTable, TRIAL_COLUMNS } from '../../src/data/open-data';
import { parseCsv, toCsv } from '../../src/charts/shared/table';

const ref = referenceSchema.parse({
  id: 'islets-release',
  type: 'press-release',
  organisation: 'Kyoto University Hospital',
  title: 'First transplant of islet sheets',
  venue: 'Kyoto University Hospital',
  year: 2025,
  url: 'https://example.org/release',
  accessed: '2026-11-20',
  language: 'ja',
});

/** A short record: no outcome, no follow-up, no head count, no kind or sponsor. */
const short = trialSchema.parse({
  id: 'fixture-islets',
  area: 'basics',
  field: 'diabetes',
  title: 'Kyoto islet-sheet study',
  shortTitle: 'Kyoto islets',
  condition: 'Type 1 diabetes',
  institution: 'Kyoto University Hospital',
  place: 'Kyoto',
  country: 'Japan',
  registryIds: [{ registry: 'jRCT', id: 'jRCT2051240000' }],
  cellSource: 'iPS',
  donor: 'allogeneic',
  cellType: 'Pancreatic islet cells',
  form: 'sheet',
  product: 'Sheets of insulin-making islet cells grown from donor iPS cells',
  delivery: 'Sheets placed under the skin of the belly',
  start: '2025-02',
  status: 'treated',
  latest: 'The first person was treated in early 2025, the hospital said.',
  peerReviewed: false,
  asOf: '2026-11-20',
  refs: ['islets-release'],
  ja: {
    title: '京都大学の膵島シートの研究',
    condition: '1型糖尿病',
    cellType: '膵島細胞',
    latest: '病院によると、2025年の初めに1人目に移植しました。',
    place: '京都',
  },
});

const abroad = trialSchema.parse({
  ...short,
  id: 'fixture-abroad',
  ja: undefined,
  condition: undefined,
  latest: undefined,
  cellType: undefined,
  place: undefined,
  scope: undefined,
  country: 'United States',
  cellSource: 'ES',
  start: '2021',
  registryIds: [{ registry: 'NCT', id: 'NCT04802733' }],
  enrolled: 12,
  planned: 20,
  kind: 'company',
  sponsor: 'BlueRock Therapeutics',
});

const ctx: StudyContext = {
  lang: 'en',
  references: new Map([[ref.id, ref]]),
  chapters: { heart: '/chapters/heart-failure/' },
  fallbackChapter: '/chapters/beyond-the-four/',
};
const fact = (v: ReturnType<typeof studyView>, key: string) => v.facts.find((f) => f.key === key);

describe('studies model', () => {
  it('shows "not public" (undefined) for facts no source gives, never a guess', () => {
    const v = studyView(short, ctx);
    expect(fact(v, 'treated')!.value).toBeUndefined();
    expect(fact(v, 'sponsor')!.value).toBeUndefined();
    expect(fact(v, 'kind')!.value).toBeUndefined();
    expect(fact(v, 'condition')!.value).toBe('Type 1 diabetes');
    expect(fact(v, 'latest')!.value).toBe('The first person was treated in early 2025, the hospital said.');
    expect(fact(v, 'started')!.value).toBe('February 2025');
  });

  it('gives facets and sort keys the filter script reads', () => {
    const v = studyView(short, ctx);
    expect(v.facets).toEqual({
      area: 'diabetes',
      year: '2025',
      kind: '',
      status: 'treated',
      donor: 'allogeneic',
      scope: 'japan',
    });
    expect(v.sort.treated).toBeNull();
    expect(v.fieldLabel).toBe('Diabetes');
  });

  it('links a field without its own chapter to the wider-pipeline chapter', () => {
    expect(studyView(short, ctx).chapterHref).toBe('/chapters/beyond-the-four/');
    const heart = trialSchema.parse({ ...short, area: 'heart', field: undefined });
    expect(studyView(heart, ctx).chapterHref).toBe('/chapters/heart-failure/');
  });

  it('links registry ids to the registry and sources with their kind in readers’ words', () => {
    const v = studyView(short, ctx);
    expect(fact(v, 'registry')!.links).toEqual([
      { text: 'jRCT2051240000', href: 'https://jrct.niph.go.jp/latest-detail/jRCT2051240000' },
    ]);
    expect(v.sources).toEqual([
      {
        text: 'Kyoto University Hospital 2025',
        kind: 'Company or university announcement',
        href: 'https://example.org/release',
        lang: 'ja',
      },
    ]);
    expect(registryUrl('NCT', 'NCT04802733')).toBe('https://clinicaltrials.gov/study/NCT04802733');
    expect(registryUrl('UMIN', 'UMIN000036539')).toBe(
      'https://trialsearch.who.int/Trial2.aspx?TrialID=JPRN-UMIN000036539',
    );
    expect(registryUrl('hPSCreg', 'X')).toBeUndefined();
  });

  it('says when cells came from embryonic stem cells, and how many of those planned were treated', () => {
    const v = studyView(abroad, ctx);
    expect(fact(v, 'cells')!.value).toBe('A donor’s cells · embryonic stem cells, not iPS cells');
    expect(fact(v, 'treated')!.value).toBe('12 people (of 20 planned)');
    expect(v.scope).toBe('abroad');
  });

  it('uses the Japanese text and labels on Japanese pages', () => {
    const v = studyView(short, { ...ctx, lang: 'ja' });
    expect(v.title).toBe('京都大学の膵島シートの研究');
    expect(fact(v, 'condition')!.value).toBe('1型糖尿病');
    expect(fact(v, 'institution')!.value).toBe('Kyoto University Hospital（京都）');
    expect(fact(v, 'started')!.value).toBe('2025年2月');
    expect(v.sources[0]!.kind).toBe('企業・大学の発表');
    expect(v.fieldLabel).toBe('糖尿病');
  });

  it('puts studies in Japan first and the comparison set apart', () => {
    const { japan, abroad: away } = studyViews([abroad, short], ctx);
    expect(japan.map((v) => v.id)).toEqual(['fixture-islets']);
    expect(away.map((v) => v.id)).toEqual(['fixture-abroad']);
  });
});

describe('open data for the studies', () => {
  it('has the new fields as columns, blank where no source gives them, and parses back', () => {
    const table = trialsTable([abroad, short]);
    expect(TRIAL_COLUMNS).toEqual(
      expect.arrayContaining([
        'scope',
        'field',
        'condition',
        'kind',
        'cell_type',
        'form',
        'planned',
        'latest',
        'stage',
      ]),
    );
    const rows = parseCsv(toCsv(table));
    expect(rows[0]).toEqual(TRIAL_COLUMNS);
    const row = (id: string) => Object.fromEntries(TRIAL_COLUMNS.map((c, i) => [c, rows.find((r) => r[0] === id)![i]]));
    expect(rows[1]![0]).toBe('fixture-islets');
    expect(row('fixture-islets')).toMatchObject({
      scope: 'japan',
      field: 'diabetes',
      condition: 'Type 1 diabetes',
      enrolled: '',
      stage: 'treated',
      form: 'sheet',
    });
    expect(row('fixture-abroad')).toMatchObject({ scope: 'abroad', enrolled: '12', planned: '20', kind: 'company' });
  });

  it('orders records Japan first, then by start date', () => {
    expect(sortTrials([abroad, short]).map((t) => t.id)).toEqual(['fixture-islets', 'fixture-abroad']);
  });
});
