/**
 * From trial records to what the studies page shows: one entry per study with its facts (a missing
 * fact is "not public", never a guess), its facets for filtering and its keys for sorting.
 * Pure: records, references and chapter links in; plain data out, so the tests read the same values
 * the page prints.
 */
import {
  CELL_FORM_LABELS,
  STUDY_FIELDS,
  STUDY_FIELD_LABELS,
  STUDY_KIND_LABELS,
  STUDY_STAGE_LABELS,
  studyField,
  studyStage,
  type StudyField,
  type StudyStage,
  type Trial,
} from '../../schemas/trial.ts';
import type { Reference } from '../../schemas/reference.ts';
import { localize, type Lang } from '../../schemas/translation.ts';
import { formatPartialDate } from '../../lib/format.ts';
import { referenceLink, shortCite } from '../../lib/reference-format.ts';
import type { FacetValues, SortValues } from './filter.ts';
import { studiesStrings } from './strings.ts';
import { t as translate } from '../../i18n/index.ts';

export interface StudyLink {
  text: string;
  href: string;
  /** Language of the linked page when it differs from the page's. */
  lang?: string | undefined;
}

export interface StudyFact {
  key: string;
  label: string;
  /** Undefined where no source gives the fact: the page prints "not public". */
  value?: string | undefined;
  links?: StudyLink[] | undefined;
}

export interface StudySource extends StudyLink {
  /** The kind of source in readers' words: "peer-reviewed paper", "registry record"... */
  kind: string;
  href: string;
}

export interface StudyView {
  id: string;
  field: StudyField;
  fieldLabel: string;
  /** The site area, for the colour (data-area). */
  area: string;
  /** The chapter about this area, where there is one. */
  chapterHref?: string | undefined;
  scope: 'japan' | 'abroad';
  title: string;
  /** One plain-language line: what was tried. */
  line: string;
  stage: StudyStage;
  stageLabel: string;
  facts: StudyFact[];
  sources: (StudySource | { text: string; kind: string; href?: undefined; lang?: undefined })[];
  facets: FacetValues;
  sort: SortValues;
}

/**
 * The public page of a registry record. jRCT and ClinicalTrials.gov have stable addresses per id;
 * UMIN and ChiCTR records are reached through the WHO trial search portal, which mirrors them.
 * Registries without a known address pattern get no link (the id is still shown).
 */
export function registryUrl(registry: string, id: string): string | undefined {
  const clean = id.trim();
  switch (registry) {
    case 'jRCT':
      return `https://jrct.niph.go.jp/latest-detail/${encodeURIComponent(clean)}`;
    case 'NCT':
      return `https://clinicaltrials.gov/study/${encodeURIComponent(clean)}`;
    case 'UMIN':
      return `https://trialsearch.who.int/Trial2.aspx?TrialID=${encodeURIComponent(`JPRN-${clean}`)}`;
    case 'ChiCTR':
      return `https://trialsearch.who.int/Trial2.aspx?TrialID=${encodeURIComponent(clean)}`;
    default:
      return undefined;
  }
}

/** "Retina" → chapter address, for the fields that have a chapter of their own. */
export type ChapterLinks = Partial<Record<string, string>>;

export interface StudyContext {
  lang: Lang;
  references: ReadonlyMap<string, Reference>;
  /** Site area → chapter address (only areas with a chapter). */
  chapters: ChapterLinks;
  /** Where studies in fields without a chapter of their own are told about (the wider-pipeline chapter). */
  fallbackChapter?: string | undefined;
}

/**
 * For a full record without a `latest` sentence: its published outcome in one line, e.g.
 * "Best-corrected visual acuity at one year: graft intact (1 of 1)".
 */
export function outcomeLine(t: Trial, lang: Lang): string | undefined {
  if (!t.outcome || t.enrolled === undefined) return undefined;
  const s = studiesStrings[lang];
  const groups = t.outcome.groups.filter((g) => g.count > 0).map((g) => s.outcomeGroup(g.label, g.count, t.enrolled!));
  return `${t.outcome.measure}${s.colon}${groups.join(s.join)}`;
}

/** Fields whose name is itself a condition, usable where an older record gives no condition. */
const CONDITION_FIELDS = new Set<StudyField>(['parkinsons', 'diabetes', 'cancer']);

const num = (n: number, lang: Lang) => studiesStrings[lang].number(n);

export function studyView(record: Trial, ctx: StudyContext): StudyView {
  const { lang } = ctx;
  const s = studiesStrings[lang];
  const t = localize(record, lang);
  const field = studyField(record);
  const stage = studyStage(record);
  const start = record.start;
  const treated = record.enrolled ?? null;
  const given = [t.cellType, record.form ? CELL_FORM_LABELS[lang][record.form] : undefined].filter(Boolean).join(' · ');
  const registry = record.registryIds.map((r) => ({
    // "UMIN000011929" already names its registry; "12345" needs the name in front.
    text: r.id.toLowerCase().startsWith(r.registry.toLowerCase()) ? r.id : `${r.registry} ${r.id}`,
    href: registryUrl(r.registry, r.id),
  }));
  const peopleValue =
    treated === null
      ? undefined
      : record.planned && record.planned > treated
        ? `${s.people(num(treated, lang), treated)}${s.ofPlanned(num(record.planned, lang))}`
        : s.people(num(treated, lang), treated);
  const cells = record.cellSource === 'ES' ? `${s.donor[record.donor]} · ${s.esCells}` : s.donor[record.donor];
  // Records written before the studies list have no condition or cell type of their own: their
  // field (e.g. Parkinson's disease) names the condition, and the line above names the cells.
  const condition =
    t.condition ??
    (record.condition === undefined && CONDITION_FIELDS.has(field) ? STUDY_FIELD_LABELS[lang][field] : undefined);
  const facts: StudyFact[] = [
    { key: 'condition', label: s.facts.condition, value: condition },
    ...(given ? [{ key: 'given', label: s.facts.given, value: given }] : []),
    { key: 'delivery', label: s.facts.delivery, value: t.delivery },
    { key: 'cells', label: s.facts.cells, value: cells },
    {
      key: 'institution',
      label: s.facts.institution,
      value: t.place ? s.withPlace(t.institution, t.place) : t.institution,
    },
    { key: 'sponsor', label: s.facts.sponsor, value: t.sponsor },
    { key: 'kind', label: s.facts.kind, value: record.kind ? STUDY_KIND_LABELS[lang][record.kind] : undefined },
    {
      key: 'registry',
      label: s.facts.registry,
      value: registry.length ? registry.map((r) => r.text).join(s.join) : undefined,
      links: registry.length ? registry.map((r) => ({ text: r.text, href: r.href ?? '' })) : undefined,
    },
    { key: 'started', label: s.facts.started, value: start ? formatPartialDate(start, lang) : undefined },
    { key: 'treated', label: s.facts.treated, value: peopleValue },
    { key: 'status', label: s.facts.status, value: STUDY_STAGE_LABELS[lang][stage] },
    { key: 'latest', label: s.facts.latest, value: t.latest ?? outcomeLine(t, lang) },
  ];
  if (t.disagreement) facts.push({ key: 'disagreement', label: s.facts.disagree, value: t.disagreement });
  const sources = record.refs.map((id) => {
    const ref = ctx.references.get(id);
    if (!ref) return { text: id, kind: '' };
    const href = referenceLink(ref);
    const base = { text: shortCite(ref), kind: translate(lang)(`ref.kind.${ref.type}`) };
    return href ? { ...base, href, lang: ref.language !== lang ? ref.language : undefined } : base;
  });
  const chapterHref =
    ctx.chapters[record.area !== 'basics' && field === record.area ? record.area : ''] ?? ctx.fallbackChapter;
  return {
    id: record.id,
    field,
    fieldLabel: STUDY_FIELD_LABELS[lang][field],
    area: record.area,
    chapterHref,
    scope: record.scope,
    title: t.title,
    line: t.product,
    stage,
    stageLabel: STUDY_STAGE_LABELS[lang][stage],
    facts,
    sources,
    facets: {
      area: field,
      year: start ? start.slice(0, 4) : '',
      kind: record.kind ?? '',
      status: stage,
      donor: record.donor,
      scope: record.scope,
    },
    sort: {
      start,
      areaOrder: STUDY_FIELDS.indexOf(field),
      treated,
      title: t.title,
    },
  };
}

/** Japan first, then the comparison set abroad; each oldest first. */
export function studyViews(records: readonly Trial[], ctx: StudyContext): { japan: StudyView[]; abroad: StudyView[] } {
  const views = records.map((r) => studyView(r, ctx));
  const byStart = (a: StudyView, b: StudyView) =>
    a.sort.start.localeCompare(b.sort.start) || a.sort.title.localeCompare(b.sort.title);
  return {
    japan: views.filter((v) => v.scope === 'japan').sort(byStart),
    abroad: views.filter((v) => v.scope === 'abroad').sort(byStart),
  };
}
