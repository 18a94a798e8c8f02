import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/data/check-content';
import { formatProblem } from '../../src/schemas/format-issues';

const run = () =>
  checkContent('.', {
    dataDir: 'tests/fixtures/bad-data',
    chaptersDir: 'tests/fixtures/bad-chapters',
    pagesDir: 'tests/fixtures/bad-pages',
  }).then((r) => ({
    errors: r.errors.map(formatProblem),
    warnings: r.warnings.map(formatProblem),
  }));

describe('content integrity checks on broken fixtures', async () => {
  const { errors, warnings } = await run();
  const find = (re: RegExp) => errors.filter((e) => re.test(e));

  it('reject outcome counts that do not add up to enrolment, naming file and record', () => {
    expect(
      find(/trials\.yaml:\d+ › record "counts-wrong" › outcome\.groups: outcome counts add up to 2 but enrolled is 4/),
    ).toHaveLength(1);
  });

  it('reject a trial or event with no reference', () => {
    expect(find(/record "no-refs" › refs: refs needs at least one reference id/)).toHaveLength(1);
  });

  it('reject an unknown reference id in a data record', () => {
    expect(find(/trials\.yaml › record "ends-early" › refs: unknown reference id "missing-ref"/)).toHaveLength(1);
  });

  it('reject a trial that ends before it starts', () => {
    expect(find(/record "ends-early" › end: end \(2019\) is before start \(2020-05\)/)).toHaveLength(1);
  });

  it("read a collection's folder too, naming the folder's file and catching ids repeated across files", () => {
    expect(find(/trials[/\\]more\.yaml:\d+ › record "folder-bad-area" › area:/)).toHaveLength(1);
    expect(find(/record "ends-early": duplicate id "ends-early"/)).toHaveLength(1);
  });

  it('reject duplicate ids', () => {
    expect(find(/references\.yaml › record "good-ref": duplicate id "good-ref"/)).toHaveLength(1);
  });

  it('reject an event that points at an unknown trial and a glossary link to an unknown term', () => {
    expect(find(/record "event-unknown-trial" › trial: unknown trial id "no-such-trial"/)).toHaveLength(1);
    expect(find(/record "cell" › related: unknown glossary id "tissue"/)).toHaveLength(1);
  });

  it('reject an unknown citation in a chapter, with its line and the likely intended id', () => {
    expect(
      find(/uses-unknown-ids\.mdx:10 › <Cite>: unknown reference id "good-rf" \(did you mean "good-ref"\?\)/),
    ).toHaveLength(1);
  });

  it('reject a glossary term used in a chapter but not defined', () => {
    expect(find(/uses-unknown-ids\.mdx:12 › <Term>: unknown glossary id "stem-cell"/)).toHaveLength(1);
    expect(find(/<Term>: unknown glossary id "cell"/)).toHaveLength(0);
  });

  it('reject an unknown chart prop and an unknown component, listing what is allowed', () => {
    expect(find(/<TrialOutcomes>: unknown prop "colour"\. Allowed: title/)).toHaveLength(1);
    expect(find(/<Chart>: unknown component\. Use one of: Cite, Term/)).toHaveLength(1);
  });

  it('reject prop values that are not allowed: a Fact field, a timeline area, a trial-count id', () => {
    expect(find(/<Fact>: field="participants" is not allowed: use enrolled, evaluated, dose/)).toHaveLength(1);
    expect(find(/<Timeline>: areas="liver" is not allowed: use basics, retina/)).toHaveLength(1);
    expect(find(/<Timeline>: areas="retina"/)).toHaveLength(0);
    expect(find(/<TrialCounts>: unknown trialCount id "no-such-count"/)).toHaveLength(1);
  });

  it('warn, without failing, about a reference nothing cites', () => {
    expect(warnings.some((w) => w.includes('record "lonely-ref": this reference is never cited'))).toBe(true);
    expect(errors.some((e) => e.includes('lonely-ref'))).toBe(false);
  });

  it('read stand-alone pages too: their unknown citations fail, and what only they cite counts as cited', () => {
    expect(find(/bad-pages[/\\]cites\.mdx:8 › <Cite>: unknown reference id "no-such-page-ref"/)).toHaveLength(1);
    expect(warnings.some((w) => w.includes('record "page-ref"'))).toBe(false);
  });

  // The real content passing these checks is proved by `npm run check` (scripts/check.ts runs
  // checkContent on the repository and fails on any error) and again by every build (the
  // content-integrity integration): `npm test` runs both. A third run here, beside the browser tests
  // on two cores, took over 30 s and timed out (clean clone, 2 Dec 2026), so it lives there only.
});
