/**
 * `npm run new:chapter` (scripts/new-chapter.ts), run as a maintainer would, into a temporary copy
 * of the project: the chapter it writes must have the frontmatter and headings of a therapy
 * chapter, pass the content check with no errors, and build. Bad and taken slugs are refused with
 * a one-line message, never a stack trace.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { chapterSchema } from '../../src/schemas/chapter';
import { DESCRIPTION, SLUG, TITLE, scaffold, type Run } from './shared-build';

const HEADINGS = [
  'Why it matters',
  'The idea',
  'The studies',
  'What happened',
  "What's next",
  'What we know',
  "What we still don't know",
];

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const noStackTrace = (r: Run) => expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/^\s+at\s/m);

describe('npm run new:chapter', () => {
  // The run into the shared copy (shared-build.ts), before that copy was built.
  const { dir: root, build } = inject('site');
  const { created, source, order, checkErrors } = inject('site').scaffold;

  it('writes the chapter and prints the next steps', () => {
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(`✓ Created content/chapters/${SLUG}.mdx`);
    expect(created.stdout).toContain('✓ The new chapter passes the content check');
    expect(created.stdout).toMatch(/Next steps:[\s\S]*npm run check[\s\S]*npm run dev/);
  });

  it('fills in the frontmatter: the given text, the next free order and today as updated and asOf', () => {
    const fm = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(source)![1]!);
    const today = localToday();
    expect(fm).toEqual({ title: TITLE, description: DESCRIPTION, area: 'heart', order, updated: today, asOf: today });
    expect(order % 10).toBe(0);
    expect(chapterSchema.safeParse(fm).success).toBe(true);
  });

  it('has every section heading of a therapy chapter, in order', () => {
    const headings = [...source.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(HEADINGS);
  });

  it('shows each part a writer needs: key facts, citation, term, fact, chart, clinic warning, guidance comments', () => {
    expect(source).toMatch(/<KeyFacts>[\s\S]*<\/KeyFacts>/);
    expect(source).toMatch(/<Cite id="[a-z0-9-]+" \/>/);
    expect(source).toMatch(/<Term id="[a-z0-9-]+">[^<]+<\/Term>/);
    expect(source).toMatch(/<Fact trial="[a-z0-9-]+" field="\w+" \/>/);
    expect(source).toMatch(/<TrialOutcomes trial="cornea-osaka" title="[^"]+" takeaway="[^"]+" \/>/);
    expect(source).toMatch(
      /<Callout title="[^"]+" kind="warning">[\s\S]*<Cite id="isscr-closer-look" \/>[\s\S]*<\/Callout>/,
    );
    expect(source).toMatch(/\{\/\*[\s\S]+?\*\/\}/);
    expect(source).not.toMatch(/\{\{\w+\}\}/);
  });

  it('passes the content check with no errors', () => {
    expect(checkErrors).toEqual([]);
  });

  it('refuses a slug that is already a chapter, and leaves that chapter alone', async () => {
    const before = readFileSync(join(root, 'content/chapters/cornea.mdx'), 'utf8');
    const r = await scaffold(root, 'cornea', '--title', TITLE, '--description', DESCRIPTION, '--area', 'cornea');
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      '✗ content/chapters/cornea.mdx already exists: choose another slug, or edit that chapter instead.',
    );
    expect(readFileSync(join(root, 'content/chapters/cornea.mdx'), 'utf8')).toBe(before);
    noStackTrace(r);
  });

  it('refuses a slug that is not lower-case words joined by hyphens', async () => {
    const r = await scaffold(root, 'Heart_Sheets', '--title', TITLE, '--description', DESCRIPTION, '--area', 'heart');
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      '✗ "Heart_Sheets" is not a valid chapter slug: use lower-case words joined by hyphens, e.g. heart-muscle-sheets.',
    );
    expect(existsSync(join(root, 'content/chapters/Heart_Sheets.mdx'))).toBe(false);
    noStackTrace(r);
  });

  it("refuses bad values given as flags with the content check's own message", async () => {
    const r = await scaffold(
      root,
      'liver-cells',
      '--title',
      'Liver cells',
      '--description',
      DESCRIPTION,
      '--area',
      'liver',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('area must be one of: basics, retina, cornea');
    expect(r.stderr).toContain('(got "liver")');
    expect(existsSync(join(root, 'content/chapters/liver-cells.mdx'))).toBe(false);
    noStackTrace(r);
  });

  it('builds with astro build into dist/chapters/<slug>/index.html', () => {
    expect(build.code, `astro build failed:\n${build.output}`).toBe(0);
    const page = join(root, 'dist/chapters', SLUG, 'index.html');
    expect(existsSync(page)).toBe(true);
    const html = readFileSync(page, 'utf8');
    expect(html.includes('sheets of new muscle for tired hearts'), 'the page shows the chapter title').toBe(true);
    expect(html.includes('id="what-we-still-dont-know"'), 'the page has the last section heading').toBe(true);
  });
});
