/**
 * One clinical study. Charts and prose both read these records, so a number lives in one place.
 */
import { z } from 'astro/zod';
import { AREAS } from './areas.ts';
import { partialDate } from './dates.ts';
import { refList, slugId } from './ids.ts';
import { isoDate, oneOf, strictKeys, text } from './messages.ts';
import { jaFields } from './translation.ts';

export const CELL_SOURCES = ['iPS', 'ES'] as const;
export const DONORS = ['autologous', 'allogeneic'] as const;
/**
 * Where a study stands. The first five are the original values; the last four were added for the
 * studies list (issue #17). `studyStage()` folds both sets into the five stages readers filter by.
 */
export const TRIAL_STATUS = [
  'completed',
  'follow-up',
  'ongoing',
  'recruiting',
  'planned',
  'treated',
  'reported',
  'stopped',
  'approved',
] as const;
export type TrialStatus = (typeof TRIAL_STATUS)[number];

/** The stages the studies list filters by, in the order a study passes through them. */
export const STUDY_STAGES = ['planned', 'recruiting', 'treated', 'reported', 'stopped', 'approved'] as const;
export type StudyStage = (typeof STUDY_STAGES)[number];
const STAGE_OF: Record<TrialStatus, StudyStage> = {
  planned: 'planned',
  recruiting: 'recruiting',
  ongoing: 'recruiting',
  treated: 'treated',
  'follow-up': 'treated',
  completed: 'reported',
  reported: 'reported',
  stopped: 'stopped',
  approved: 'approved',
};
/** The reader-facing stage of a record, whichever status value it uses. */
export const studyStage = (t: { status: TrialStatus }): StudyStage => STAGE_OF[t.status];
export const STUDY_STAGE_LABELS: Record<'en' | 'ja', Record<StudyStage, string>> = {
  en: {
    planned: 'Planned',
    recruiting: 'Recruiting or treating',
    treated: 'Treated, results awaited',
    reported: 'Results reported',
    stopped: 'Stopped',
    approved: 'Approved',
  },
  ja: {
    planned: '計画中',
    recruiting: '募集・治療中',
    treated: '治療済み・結果待ち',
    reported: '結果報告あり',
    stopped: '中止',
    approved: '承認',
  },
};

/**
 * The kind of study, which says what it can lead to:
 * - `clinical-research`: clinical research under Japan's Act on the Safety of Regenerative Medicine
 *   (reviewed by a certified committee; not aimed at a product approval);
 * - `investigator-initiated`: a doctor-led trial under the drug and device law, aimed at approval;
 * - `company`: a trial run by a company, aimed at approval;
 * - `other`: abroad or anything else (say what in `note`).
 */
export const STUDY_KINDS = ['clinical-research', 'investigator-initiated', 'company', 'other'] as const;
export const STUDY_KIND_LABELS: Record<'en' | 'ja', Record<(typeof STUDY_KINDS)[number], string>> = {
  en: {
    'clinical-research': 'Clinical research (safety law)',
    'investigator-initiated': 'Doctor-led trial aimed at approval',
    company: 'Company trial aimed at approval',
    other: 'Other',
  },
  ja: {
    'clinical-research': '臨床研究（再生医療等安全性確保法）',
    'investigator-initiated': '医師主導治験',
    company: '企業治験',
    other: 'その他',
  },
};

/** How the cells were given. */
export const CELL_FORMS = ['sheet', 'strips', 'suspension', 'spheroids', 'tissue', 'infusion', 'other'] as const;
export const CELL_FORM_LABELS: Record<'en' | 'ja', Record<(typeof CELL_FORMS)[number], string>> = {
  en: {
    sheet: 'Cell sheet',
    strips: 'Cell strips',
    suspension: 'Injected cell suspension',
    spheroids: 'Spheroids (small cell balls)',
    tissue: 'Small pieces of grown tissue',
    infusion: 'Infusion into the blood',
    other: 'Other',
  },
  ja: {
    sheet: '細胞シート',
    strips: 'ひも状の細胞',
    suspension: '細胞の懸濁液を注入',
    spheroids: 'スフェロイド（細胞の小さな塊）',
    tissue: '培養した組織の小片',
    infusion: '血管への点滴',
    other: 'その他',
  },
};

/**
 * The studies list's finer grouping (the site's `area` list has only the chapters' areas).
 * `studyField()` falls back to the record's `area` when it is one of these.
 */
export const STUDY_FIELDS = [
  'retina',
  'cornea',
  'parkinsons',
  'spinal-cord',
  'heart',
  'diabetes',
  'cartilage',
  'blood',
  'cancer',
  'hearing',
  'nerve',
  'other',
] as const;
export type StudyField = (typeof STUDY_FIELDS)[number];
export const STUDY_FIELD_LABELS: Record<'en' | 'ja', Record<StudyField, string>> = {
  en: {
    retina: 'Retina',
    cornea: 'Cornea',
    parkinsons: "Parkinson's disease",
    'spinal-cord': 'Spinal cord',
    heart: 'Heart',
    diabetes: 'Diabetes',
    cartilage: 'Cartilage and joints',
    blood: 'Blood',
    cancer: 'Cancer',
    hearing: 'Hearing',
    nerve: 'Nerves and muscles',
    other: 'Other',
  },
  ja: {
    retina: '網膜',
    cornea: '角膜',
    parkinsons: 'パーキンソン病',
    'spinal-cord': '脊髄損傷',
    heart: '心臓',
    diabetes: '糖尿病',
    cartilage: '軟骨・関節',
    blood: '血液',
    cancer: 'がん',
    hearing: '聴覚',
    nerve: '神経・筋肉',
    other: 'その他',
  },
};
/** The studies-list field of a record: `field` if given, else its area where that is a field, else "other". */
export const studyField = (t: { field?: StudyField | undefined; area: string }): StudyField =>
  t.field ?? ((STUDY_FIELDS as readonly string[]).includes(t.area) ? (t.area as StudyField) : 'other');

export const SCOPES = ['japan', 'abroad'] as const;
/** Registries a study can be listed in (jRCT ids cover both clinical research and trials). */
export const REGISTRIES = ['jRCT', 'UMIN', 'NCT', 'ChiCTR', 'JMACCT', 'ISRCTN', 'EU-CT', 'hPSCreg'] as const;
/** Reader-facing text fields added for the studies list; each needs its Japanese in `ja`. */
export const STUDY_TEXT_FIELDS = ['condition', 'cellType', 'latest', 'disagreement', 'place'] as const;
/**
 * What each outcome group means. The words, mark and colour of each kind are defined once in
 * src/charts/trial-outcomes/vocabulary.ts; `not-reported` = assessed but no per-person result given,
 * `not-evaluated` = not assessed (or not yet).
 */
export const OUTCOME_KINDS = [
  'improved',
  'kept-or-improved',
  'stable',
  'graft-in-place',
  'unchanged',
  'worse',
  'not-reported',
  'not-evaluated',
] as const;
export const DOSE_UNITS = ['participant', 'eye', 'hemisphere', 'putamen', 'patch'] as const;

const registryId = z.strictObject({
  registry: oneOf(REGISTRIES, 'registry'),
  id: z.string().min(3),
});

const doseCohort = z.strictObject({
  label: text('cohort label', 2, 60),
  participants: z.number().int().min(1),
  /** Cells given, per `dose.per`. A range gives min and max. */
  min: z.number().positive(),
  max: z.number().positive().optional(),
  /** Say when a cohort's number is not known from the sources. */
  note: z.string().optional(),
  ja: jaFields(['label', 'note']),
});

const dose = z.strictObject({
  /** Fewest cells given, in the unit of `per` (a single dose gives only min). */
  min: z.number({ error: 'dose.min must be a number of cells, e.g. 2000000.' }).positive(),
  max: z.number().positive().optional(),
  /** What one dose counts: per participant, per eye, per hemisphere of the brain... */
  per: oneOf(DOSE_UNITS, 'dose.per'),
  cohorts: z.array(doseCohort).optional(),
  /** Where sources give different numbers (e.g. per person versus per hemisphere), say so here. */
  note: z.string().optional(),
  refs: refList('dose.refs'),
  ja: jaFields(['note']),
});

const outcomeGroup = z.strictObject({
  label: text('outcome label', 2, 80),
  kind: oneOf(OUTCOME_KINDS, 'outcome kind'),
  count: z.number({ error: 'count must be a whole number of participants.' }).int().min(0),
  /** Optional detail shown in the chart tooltip, e.g. "ASIA A to D: can stand". */
  detail: z.string().optional(),
  ja: jaFields(['label', 'detail']),
});

const shape = {
  id: slugId('id'),
  /** The site area the record belongs to (chapters, colours). Studies beyond the chapters use `basics`. */
  area: oneOf(AREAS, 'area'),
  /** Finer grouping for the studies list, e.g. diabetes; optional where `area` already says it. */
  field: oneOf(STUDY_FIELDS, 'field').optional(),
  /** `japan` for studies in Japan; `abroad` for landmark studies elsewhere. Defaults from `country`. */
  scope: oneOf(SCOPES, 'scope').optional(),
  /** Plain-words name, e.g. "Kyoto iPS-cell trial for Parkinson's disease". */
  title: text('title', 5, 120),
  /** A short label for charts, e.g. "Kyoto (iPS)". */
  shortTitle: text('shortTitle', 2, 32),
  /** The condition treated, in plain words, e.g. "Type 1 diabetes". */
  condition: text('condition', 3, 120).optional(),
  institution: text('institution', 2, 160),
  sponsor: z.string().optional(),
  /** City (and prefecture) of the lead hospital, e.g. "Kyoto". */
  place: text('place', 2, 80).optional(),
  country: text('country', 2, 60),
  kind: oneOf(STUDY_KINDS, 'kind').optional(),
  registryIds: z.array(registryId).default([]),
  cellSource: oneOf(CELL_SOURCES, 'cellSource'),
  donor: oneOf(DONORS, 'donor'),
  /** Short name of the cell type, e.g. "Retinal pigment epithelium cells". */
  cellType: text('cellType', 3, 100).optional(),
  form: oneOf(CELL_FORMS, 'form').optional(),
  /** The cells given, e.g. "dopamine-neuron precursor cells". */
  product: text('product', 3, 200),
  delivery: text('delivery', 3, 200),
  start: partialDate('start'),
  end: partialDate('end').optional(),
  /** People who received cells. Leave it out where no source reports it (the page says "not public"). */
  enrolled: z.number({ error: 'enrolled must be a whole number.' }).int().min(1).optional(),
  /** People the study plans to treat in all, where a source gives it. */
  planned: z.number({ error: 'planned must be a whole number.' }).int().min(1).optional(),
  evaluated: z.number().int().min(0).optional(),
  dose: dose.optional(),
  /** Optional: a short record (no published outcome yet) leaves out followUp and outcome. */
  followUp: z
    .strictObject({
      value: z.number().positive(),
      unit: oneOf(['weeks', 'months', 'years'] as const, 'followUp.unit'),
    })
    .optional(),
  outcome: z
    .strictObject({
      /** What "improved" means here: the measure and the time point. */
      measure: text('outcome.measure', 5, 300),
      groups: z.array(outcomeGroup).min(1),
      note: z.string().optional(),
      ja: jaFields(['measure', 'note']),
    })
    .optional(),
  safety: text('safety', 5, 400).optional(),
  status: oneOf(TRIAL_STATUS, 'status'),
  /** The latest public result or news in one sentence, with its date in the words. */
  latest: text('latest', 10, 320).optional(),
  /** Where sources disagree (a date, a count, a cell number), say which says what. */
  disagreement: text('disagreement', 10, 600).optional(),
  /** False where results were given at a press conference, not in a peer-reviewed paper. */
  peerReviewed: z.boolean(),
  /** Things a reader must keep in mind: no control group, small numbers... */
  caveats: z.array(z.string()).default([]),
  asOf: isoDate('asOf'),
  refs: refList(),
  /** Japanese text for Japanese pages (numbers and ids stay as they are). */
  ja: jaFields(
    [
      'title',
      'shortTitle',
      'institution',
      'sponsor',
      'country',
      'product',
      'delivery',
      'safety',
      'condition',
      'cellType',
      'latest',
      'disagreement',
      'place',
    ],
    ['caveats'],
  ),
};

export const trialSchema = z
  .strictObject(shape, { error: strictKeys(Object.keys(shape), 'trial') })
  .superRefine((t, ctx) => {
    if (t.outcome) {
      const total = t.outcome.groups.reduce((sum, g) => sum + g.count, 0);
      if (t.enrolled === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['enrolled'],
          message: `an outcome needs enrolled (the number of people treated): the outcome groups add up to ${total}.`,
        });
      } else if (total !== t.enrolled) {
        ctx.addIssue({
          code: 'custom',
          path: ['outcome', 'groups'],
          message: `outcome counts add up to ${total} but enrolled is ${t.enrolled}: every participant belongs to one group (use kind: not-evaluated for those not assessed).`,
        });
      }
    }
    if (t.evaluated !== undefined && t.enrolled !== undefined && t.evaluated > t.enrolled) {
      ctx.addIssue({
        code: 'custom',
        path: ['evaluated'],
        message: `evaluated (${t.evaluated}) cannot exceed enrolled (${t.enrolled}).`,
      });
    }
    if (t.dose?.cohorts && t.enrolled !== undefined) {
      const inCohorts = t.dose.cohorts.reduce((s, c) => s + c.participants, 0);
      if (inCohorts !== t.enrolled) {
        ctx.addIssue({
          code: 'custom',
          path: ['dose', 'cohorts'],
          message: `dose cohorts hold ${inCohorts} participants but enrolled is ${t.enrolled}.`,
        });
      }
    }
    if (t.dose?.max !== undefined && t.dose.max < t.dose.min) {
      ctx.addIssue({ code: 'custom', path: ['dose', 'max'], message: 'dose.max must be at least dose.min.' });
    }
    const inJapan = t.country === 'Japan';
    if (t.scope === 'japan' && !inJapan) {
      ctx.addIssue({
        code: 'custom',
        path: ['scope'],
        message: `scope is japan but country is "${t.country}": use scope: abroad for a study outside Japan, or country: Japan.`,
      });
    }
    if (t.scope === 'abroad' && inJapan) {
      ctx.addIssue({
        code: 'custom',
        path: ['scope'],
        message: 'scope is abroad but country is Japan: use scope: japan (or leave scope out) for a study in Japan.',
      });
    }
    for (const key of STUDY_TEXT_FIELDS) {
      if (t[key] !== undefined && t.ja?.[key] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['ja', key],
          message: `${key} has no Japanese text: add ja: { ${key}: ... } so Japanese pages do not show English.`,
        });
      }
    }
    if (t.status === 'stopped' && t.latest === undefined && t.disagreement === undefined && t.caveats.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['latest'],
        message: 'a stopped study needs latest (or a caveat): one sentence on when and why it stopped, from a source.',
      });
    }
  })
  .transform((t) => ({ ...t, scope: t.scope ?? (t.country === 'Japan' ? ('japan' as const) : ('abroad' as const)) }));

export type Trial = z.infer<typeof trialSchema>;
