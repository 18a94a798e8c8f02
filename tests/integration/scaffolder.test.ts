/**
 * `npm run new:chapter` (scripts/new-chapter.ts), run as a maintainer would, into a temporary copy
 * of the project: the chapter it writes must have the frontmatter and headings of a therapy
 * chapter, pass the content check with no errors, and build. Bad and taken slugs are refused with
 * a one-line message, never a stack trace.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { buildEnv, tempProject } from '../support/temp-project';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/data/check-content';
import { formatProblem } from '../../src/schemas/format-issues';
import { chapterSchema } from '../../src/schemas/chapter';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
/** The project's pinned Node 24 (the scaffolder needs its type stripping), else the one running us. */
const NODE = existsSync(join(REPO, 'node_modules/.bin/node')) ? join(REPO, 'node_modules/.bin/node') : process.execPath;
const SCRIPT = join(REPO, 'scripts/new-chapter.ts');

/** Not a real chapter's slug; if a copy somehow has it, the copy's file is removed first. */
const SLUG = 'scaffolder-test-heart-sheets';
const TITLE = 'Heart: sheets of new muscle for tired hearts';
const DESCRIPTION =
  'How teams in Osaka grew thin sheets of heart-muscle cells from iPS cells and laid them on failing hearts.';
const HEADINGS = [
  'Why it matters',
  'The idea',
  'The studies',
  'What happened',
  "What's next",
  'What we know',
  "What we still don't know",
];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, {
      cwd,
      // Children find the pinned Node first, as they would under `npm run`.
      env: buildEnv({ PATH: `${dirname(NODE)}${delimiter}${process.env.PATH ?? ''}`, FORCE_COLOR: '0' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const scaffold = (root: string, ...args: string[]) => run(NODE, [SCRIPT, ...args, '--root', root], REPO);

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function expectedOrder(root: string): number {
  const orders = readdirSync(join(root, 'content/chapters'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => Number(/^order:\s*(\d+)/m.exec(readFileSync(join(root, 'content/chapters', f), 'utf8'))?.[1] ?? 0));
  return Math.floor(Math.max(0, ...orders) / 10) * 10 + 10;
}

const noStackTrace = (r: Run) => expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/^\s+at\s/m);

describe('npm run new:chapter', () => {
  let root: string;
  let order: number;
  let created: Run;
  let source: string;

  beforeAll(async () => {
    root = tempProject('reprogrammed-scaffold-');
    rmSync(join(root, 'content/chapters', `${SLUG}.mdx`), { force: true });
    order = expectedOrder(root);
    created = await scaffold(root, SLUG, '--title', TITLE, '--description', DESCRIPTION, '--area', 'heart');
    const file = join(root, 'content/chapters', `${SLUG}.mdx`);
    source = existsSync(file) ? readFileSync(file, 'utf8') : '';
  }, 60_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

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

  it('passes the content check with no errors', async () => {
    const { errors } = await checkContent(root);
    expect(errors.map(formatProblem)).toEqual([]);
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

  it('builds with astro build into dist/chapters/<slug>/index.html (slow)', async () => {
    const r = await run('npx', ['--no-install', 'astro', 'build'], root);
    expect(r.code, `astro build failed:\n${`${r.stdout}\n${r.stderr}`.slice(-3000)}`).toBe(0);
    const page = join(root, 'dist/chapters', SLUG, 'index.html');
    expect(existsSync(page)).toBe(true);
    const html = readFileSync(page, 'utf8');
    expect(html.includes('sheets of new muscle for tired hearts'), 'the page shows the chapter title').toBe(true);
    expect(html.includes('id="what-we-still-dont-know"'), 'the page has the last section heading').toBe(true);
  }, 180_000);
});
