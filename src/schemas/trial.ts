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
export const TRIAL_STATUS = ['completed', 'follow-up', 'ongoing', 'recruiting', 'planned'] as const;
/** What each outcome group means; the chart gives each kind its own mark shape, not only a colour. */
export const OUTCOME_KINDS = ['improved', 'stable', 'unchanged', 'worse', 'not-evaluated'] as const;
export const DOSE_UNITS = ['participant', 'eye', 'hemisphere', 'putamen', 'patch'] as const;

const registryId = z.strictObject({
  registry: oneOf(['jRCT', 'UMIN', 'NCT'] as const, 'registry'),
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
  area: oneOf(AREAS, 'area'),
  /** Plain-words name, e.g. "Kyoto iPS-cell trial for Parkinson's disease". */
  title: text('title', 5, 120),
  /** A short label for charts, e.g. "Kyoto (iPS)". */
  shortTitle: text('shortTitle', 2, 32),
  institution: text('institution', 2, 160),
  sponsor: z.string().optional(),
  country: text('country', 2, 60),
  registryIds: z.array(registryId).default([]),
  cellSource: oneOf(CELL_SOURCES, 'cellSource'),
  donor: oneOf(DONORS, 'donor'),
  /** The cells given, e.g. "dopamine-neuron precursor cells". */
  product: text('product', 3, 200),
  delivery: text('delivery', 3, 200),
  start: partialDate('start'),
  end: partialDate('end').optional(),
  enrolled: z.number({ error: 'enrolled must be a whole number.' }).int().min(1),
  evaluated: z.number().int().min(0).optional(),
  dose: dose.optional(),
  followUp: z.strictObject({
    value: z.number().positive(),
    unit: oneOf(['weeks', 'months', 'years'] as const, 'followUp.unit'),
  }),
  outcome: z.strictObject({
    /** What "improved" means here: the measure and the time point. */
    measure: text('outcome.measure', 5, 300),
    groups: z.array(outcomeGroup).min(1),
    note: z.string().optional(),
    ja: jaFields(['measure', 'note']),
  }),
  safety: text('safety', 5, 400),
  status: oneOf(TRIAL_STATUS, 'status'),
  /** False where results were given at a press conference, not in a peer-reviewed paper. */
  peerReviewed: z.boolean(),
  /** Things a reader must keep in mind: no control group, small numbers... */
  caveats: z.array(z.string()).default([]),
  asOf: isoDate('asOf'),
  refs: refList(),
  /** Japanese text for Japanese pages (numbers and ids stay as they are). */
  ja: jaFields(['title', 'shortTitle', 'institution', 'country', 'product', 'delivery', 'safety'], ['caveats']),
};

export const trialSchema = z
  .strictObject(shape, { error: strictKeys(Object.keys(shape), 'trial') })
  .superRefine((t, ctx) => {
    const total = t.outcome.groups.reduce((sum, g) => sum + g.count, 0);
    if (total !== t.enrolled) {
      ctx.addIssue({
        code: 'custom',
        path: ['outcome', 'groups'],
        message: `outcome counts add up to ${total} but enrolled is ${t.enrolled}: every participant belongs to one group (use kind: not-evaluated for those not assessed).`,
      });
    }
    if (t.evaluated !== undefined && t.evaluated > t.enrolled) {
      ctx.addIssue({
        code: 'custom',
        path: ['evaluated'],
        message: `evaluated (${t.evaluated}) cannot exceed enrolled (${t.enrolled}).`,
      });
    }
    if (t.dose?.cohorts) {
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
  });

export type Trial = z.infer<typeof trialSchema>;
