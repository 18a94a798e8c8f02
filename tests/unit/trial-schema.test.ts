/**
 * The trial schema's study-list fields (issue #17): short records, scope, kinds, stages, Japanese
 * text for the new reader-facing fields, and messages that tell a writer what to type instead.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { STUDY_KINDS, STUDY_STAGES, TRIAL_STATUS, studyField, studyStage, trialSchema } from '../../src/schemas/trial';
import { dataFiles } from '../../src/data/collections';

/** A record as short as the studies list allows: no outcome, follow-up, safety or head count. */
const short = {
  id: 'short-study',
  area: 'basics',
  field: 'diabetes',
  title: 'A short study record',
  shortTitle: 'Short',
  condition: 'Type 1 diabetes',
  institution: 'Somewhere University Hospital',
  country: 'Japan',
  kind: 'investigator-initiated',
  cellSource: 'iPS',
  donor: 'allogeneic',
  form: 'sheet',
  product: 'Sheets of insulin-making cells',
  delivery: 'Placed under the skin of the belly',
  start: '2025-02',
  status: 'treated',
  latest: 'The first person was treated in early 2025; no results are public yet.',
  peerReviewed: false,
  asOf: '2026-11-30',
  refs: ['some-ref'],
  ja: {
    condition: '1型糖尿病',
    latest: '2025年初めに1人目の移植が行われました。結果はまだ公表されていません。',
  },
};

const messages = (input: unknown) => {
  const r = trialSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('trial schema: short study records', () => {
  it('accepts a record without outcome, followUp, safety or enrolled', () => {
    const r = trialSchema.safeParse(short);
    expect(r.success ? [] : r.error.issues).toEqual([]);
    expect(r.data?.outcome).toBeUndefined();
    expect(r.data?.enrolled).toBeUndefined();
  });

  it('still demands an enrolled count when an outcome is given', () => {
    const withOutcome = {
      ...short,
      outcome: { measure: 'Insulin use at one year', groups: [{ label: 'Off insulin', kind: 'improved', count: 1 }] },
    };
    expect(messages(withOutcome)).toEqual([expect.stringMatching(/^enrolled: an outcome needs enrolled/)]);
    expect(messages({ ...withOutcome, enrolled: 1 })).toEqual([]);
    expect(messages({ ...withOutcome, enrolled: 3 })).toEqual([
      expect.stringMatching(/outcome counts add up to 1 but enrolled is 3/),
    ]);
  });

  it('keeps every existing record valid (trials.yaml and the trials folder)', () => {
    const files = dataFiles('trials');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      for (const record of parse(readFileSync(file, 'utf8')) ?? []) {
        const issues = messages(record);
        expect(issues, `${file} › ${record.id}`).toEqual([]);
      }
    }
  });
});

describe('trial schema: scope', () => {
  it('defaults scope from the country', () => {
    expect(trialSchema.parse(short).scope).toBe('japan');
    expect(trialSchema.parse({ ...short, country: 'United States' }).scope).toBe('abroad');
  });

  it('rejects a scope that contradicts the country, saying what to write', () => {
    expect(messages({ ...short, scope: 'abroad' })).toEqual([
      expect.stringMatching(/^scope: scope is abroad but country is Japan: use scope: japan/),
    ]);
    expect(messages({ ...short, country: 'China', scope: 'japan' })).toEqual([
      expect.stringMatching(/^scope: scope is japan but country is "China"/),
    ]);
  });
});

describe('trial schema: unknown values teach', () => {
  it.each([
    ['kind', 'trial', /kind must be one of: clinical-research, investigator-initiated, company, other \(got "trial"\)/],
    ['status', 'finished', /status must be one of: completed, .*stopped, approved \(got "finished"\)/],
    ['form', 'pill', /form must be one of: sheet, strips, suspension/],
    ['field', 'diabetic', /field must be one of: retina, .*diabetes/],
    ['scope', 'world', /scope must be one of: japan, abroad \(got "world"\)/],
  ])('%s: %s', (key, value, re) => {
    const issues = messages({ ...short, [key]: value });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(re);
  });

  it('names the registries it knows', () => {
    const issues = messages({ ...short, registryIds: [{ registry: 'JRCT2', id: 'jRCT2053190081' }] });
    expect(issues[0]).toMatch(/registry must be one of: jRCT, UMIN, NCT, ChiCTR/);
    expect(messages({ ...short, registryIds: [{ registry: 'ChiCTR', id: 'ChiCTR2300072200' }] })).toEqual([]);
  });

  it('rejects an unknown key and lists the allowed ones', () => {
    expect(messages({ ...short, people: 3 })[0]).toMatch(/Unknown trial key\(s\): people\. Allowed keys: .*latest/);
  });
});

describe('trial schema: disagreement notes and Japanese text', () => {
  it('accepts a disagreement note with its Japanese', () => {
    const rec = {
      ...short,
      disagreement: 'The university says 2025-03; a newspaper says February 2025.',
      ja: { ...short.ja, disagreement: '大学は2025年3月、新聞は2025年2月としています。' },
    };
    expect(messages(rec)).toEqual([]);
  });

  it('rejects a new reader-facing field without its Japanese, naming the field', () => {
    const rec = { ...short, disagreement: 'Sources give different start months.' };
    expect(messages(rec)).toEqual([
      'ja.disagreement: disagreement has no Japanese text: add ja: { disagreement: ... } so Japanese pages do not show English.',
    ]);
    const { ja: _ja, ...noJa } = short;
    expect(messages(noJa).map((m) => m.split(':')[0])).toEqual(['ja.condition', 'ja.latest']);
  });

  it('rejects a disagreement note too short to say anything', () => {
    expect(messages({ ...short, disagreement: 'differs', ja: { ...short.ja, disagreement: '異なる' } })[0]).toMatch(
      /disagreement is too short/,
    );
  });

  it('asks a stopped study to say why', () => {
    const { latest: _latest, ja: _ja, ...rest } = short;
    expect(messages({ ...rest, status: 'stopped', ja: { condition: '1型糖尿病' } })).toEqual([
      expect.stringMatching(/^latest: a stopped study needs latest/),
    ]);
  });
});

describe('study stages and fields', () => {
  it('map every status, old and new, to a reader-facing stage', () => {
    for (const status of TRIAL_STATUS) expect(STUDY_STAGES).toContain(studyStage({ status }));
    expect(studyStage({ status: 'completed' })).toBe('reported');
    expect(studyStage({ status: 'follow-up' })).toBe('treated');
    expect(studyStage({ status: 'ongoing' })).toBe('recruiting');
  });

  it('fall back to the area for older records and to "other" for story areas', () => {
    expect(studyField({ area: 'cornea' })).toBe('cornea');
    expect(studyField({ area: 'basics' })).toBe('other');
    expect(studyField({ area: 'basics', field: 'blood' })).toBe('blood');
  });

  it('list the three kinds of study from the issue', () => {
    expect(STUDY_KINDS).toEqual(expect.arrayContaining(['clinical-research', 'investigator-initiated', 'company']));
  });
});

describe('code that reads short records', () => {
  it('<Fact> on a field a short record lacks names the trial and the field', async () => {
    const { trialFact } = await import('../../src/data/facts');
    const t = trialSchema.parse(short);
    expect(() => trialFact(t, 'enrolled')).toThrow(/<Fact trial="short-study">: this trial has no enrolled recorded/);
    expect(() => trialFact(t, 'followUp', 'ja')).toThrow(/no followUp recorded/);
    expect(trialFact(t, 'start')).toBe(trialFact(trialSchema.parse({ ...short, start: '2025-02' }), 'start'));
  });

  it('the open-data table leaves blank cells, never "undefined"', async () => {
    const { trialsTable } = await import('../../src/data/open-data');
    const row = trialsTable([trialSchema.parse(short)]).rows[0]!;
    expect(row.some((cell) => String(cell).includes('undefined'))).toBe(false);
  });
});

describe('the studies-list records (japan-studies.yaml, abroad.yaml)', () => {
  const TEXT = [
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
  ] as const;
  const files = ['content/data/trials/japan-studies.yaml', 'content/data/trials/abroad.yaml'];
  const records = files.flatMap((f) =>
    (parse(readFileSync(f, 'utf8')) as Record<string, unknown>[]).map((r) => ({ file: f, r })),
  );

  it('give every reader-facing text field, and every caveat, in Japanese too', () => {
    const missing: string[] = [];
    for (const { file, r } of records) {
      const ja = (r.ja ?? {}) as Record<string, unknown>;
      for (const key of TEXT)
        if (r[key] !== undefined && ja[key] === undefined) missing.push(`${file} › ${r.id} › ${key}`);
      const caveats = (r.caveats as unknown[] | undefined) ?? [];
      if (caveats.length !== ((ja.caveats as unknown[] | undefined) ?? []).length)
        missing.push(`${file} › ${r.id} › caveats (${caveats.length} in English)`);
    }
    expect(missing).toEqual([]);
  });

  it('mark the abroad file abroad and the Japan file Japanese, with a kind of study for each', () => {
    for (const { file, r } of records) {
      const t = trialSchema.parse(r);
      expect(t.scope, `${file} › ${t.id}`).toBe(file.endsWith('abroad.yaml') ? 'abroad' : 'japan');
      expect(t.kind, `${file} › ${t.id}`).toBeDefined();
    }
  });
});
