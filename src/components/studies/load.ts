/**
 * Loads everything the studies page shows for a language: the study entries (Japan, then the
 * comparison set abroad), the filter options and the overview chart's layout. The page and the
 * chart's CSV download (src/pages/[ja/]data/charts/studies-overview.csv.ts) both use it, so the
 * download is the chart's own "Show data" table.
 */
import { getCollection } from 'astro:content';
import { getLocalChapters } from '../../data/chapters.ts';
import { chapterHref } from '../../lib/urls.ts';
import { formatDate } from '../../lib/format.ts';
import {
  STUDY_FIELDS,
  STUDY_FIELD_LABELS,
  STUDY_KINDS,
  STUDY_KIND_LABELS,
  STUDY_STAGES,
  STUDY_STAGE_LABELS,
} from '../../schemas/trial.ts';
import type { Lang } from '../../schemas/translation.ts';
import { layoutStudiesOverview } from '../../charts/studies-overview/layout.ts';
import { FACETS, facetCounts, type Facet } from './filter.ts';
import { studyViews, type StudyView } from './model.ts';
import { overviewInput } from './overview-input.ts';
import { studiesStrings } from './strings.ts';

export const OVERVIEW_ID = 'studies-overview';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

export async function loadStudies(lang: Lang) {
  const s = studiesStrings[lang];
  const trials = (await getCollection('trials')).map((e) => e.data);
  const references = new Map((await getCollection('references')).map((e) => [e.id, e.data]));
  const products = (await getCollection('products')).map((e) => e.data);
  const chapters = await getLocalChapters(lang);
  // Each chapter area links to its first chapter; fields without a chapter go to the wider-pipeline one.
  const chapterLinks: Record<string, string> = {};
  for (const c of chapters) {
    const area = c.english.data.area;
    if (area !== 'basics' && !chapterLinks[area]) chapterLinks[area] = chapterHref(c.slug, lang);
  }
  const wider = chapters.find((c) => c.slug === 'beyond-the-four');
  const { japan, abroad } = studyViews(trials, {
    lang,
    references,
    chapters: chapterLinks,
    fallbackChapter: wider ? chapterHref(wider.slug, lang) : undefined,
  });
  const everything: StudyView[] = [...japan, ...abroad];

  const labelFor: Record<Facet, (v: string) => string> = {
    area: (v) => STUDY_FIELD_LABELS[lang][v as keyof (typeof STUDY_FIELD_LABELS)['en']] ?? v,
    year: (v) => s.year(v),
    kind: (v) => STUDY_KIND_LABELS[lang][v as keyof (typeof STUDY_KIND_LABELS)['en']] ?? v,
    status: (v) => STUDY_STAGE_LABELS[lang][v as keyof (typeof STUDY_STAGE_LABELS)['en']] ?? v,
    donor: (v) => s.donor[v] ?? v,
    scope: (v) => s.scope[v] ?? v,
  };
  const orders: Partial<Record<Facet, readonly string[]>> = {
    area: STUDY_FIELDS,
    kind: STUDY_KINDS,
    status: STUDY_STAGES,
    donor: ['autologous', 'allogeneic'],
    scope: ['japan', 'abroad'],
  };
  const options = Object.fromEntries(
    FACETS.map((f) => [f, facetCounts(everything, f, orders[f]).map((o) => ({ ...o, label: labelFor[f](o.value) }))]),
  ) as Record<Facet, FacetOption[]>;
  options.year.sort((a, b) => a.value.localeCompare(b.value));

  const asOf = new Date(Math.max(...trials.map((t) => t.asOf.getTime())));
  const { studies, markers, refs } = overviewInput(trials, products, japan, lang);
  const layout = layoutStudiesOverview(studies, markers, { lang, lastYear: asOf.getUTCFullYear() });
  return { japan, abroad, everything, options, asOfText: formatDate(asOf, lang), layout, refs };
}
