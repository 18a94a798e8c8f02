/**
 * One throwaway copy of the site, built once for every integration test (was: three whole-site
 * builds, one per test file). The copy carries what each test needs, and one build proves all three:
 *
 * - base path: built with BASE_PATH=/reprogrammed/ and SITE=https://example.github.io
 *   (base-path.test.ts);
 * - escaping: hostile text in a chapter, a chart, a glossary entry, a trial and a reference
 *   (escaping.test.ts);
 * - the scaffolder: `npm run new:chapter` run into the copy before the build, its output kept
 *   for scaffolder.test.ts, which also checks that its chapter is in the build.
 *
 * The copy's folder, the build's result and the scaffolder's run reach the tests through provide().
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { checkContent } from '../../src/data/check-content';
import { formatProblem } from '../../src/schemas/format-issues';
import { buildEnv, REPO, tempProject } from '../support/temp-project';

export const BASE = '/reprogrammed/';
export const SITE = 'https://example.github.io';

export const SCRIPT_TAG = '<script>alert(1)</script>';
export const IMG_TAG = '<img src=x onerror=alert(2)>';
export const QUOTES = `"double" & 'single'`;

/** Not a real chapter's slug; if the copy somehow has it, the copy's file is removed first. */
export const SLUG = 'scaffolder-test-heart-sheets';
export const TITLE = 'Heart: sheets of new muscle for tired hearts';
export const DESCRIPTION =
  'How teams in Osaka grew thin sheets of heart-muscle cells from iPS cells and laid them on failing hearts.';

/** The project's pinned Node 24 (the scaffolder needs its type stripping), else the one running us. */
export const NODE = existsSync(join(REPO, 'node_modules/.bin/node'))
  ? join(REPO, 'node_modules/.bin/node')
  : process.execPath;
const NEW_CHAPTER = join(REPO, 'scripts/new-chapter.ts');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function run(cmd: string, args: string[], cwd: string, extra: Record<string, string> = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, {
      cwd,
      // Children find the pinned Node first, as they would under `npm run`.
      env: buildEnv({ PATH: `${dirname(NODE)}${delimiter}${process.env.PATH ?? ''}`, FORCE_COLOR: '0', ...extra }),
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

/** `npm run new:chapter` as a maintainer runs it, into the copy at `root`. */
export const scaffold = (root: string, ...args: string[]) => run(NODE, [NEW_CHAPTER, ...args, '--root', root], REPO);

/** The order the scaffolder should pick: the next multiple of ten after the highest. */
function expectedOrder(root: string): number {
  const orders = readdirSync(join(root, 'content/chapters'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => Number(/^order:\s*(\d+)/m.exec(readFileSync(join(root, 'content/chapters', f), 'utf8'))?.[1] ?? 0));
  return Math.floor(Math.max(0, ...orders) / 10) * 10 + 10;
}

/** Hostile text in every kind of content that reaches a page (escaping.test.ts reads it back). */
function addHostileContent(dir: string) {
  const data = (f: string) => join(dir, 'content/data', f);
  const q = QUOTES.replace(/'/g, "''");
  appendFileSync(
    data('references.yaml'),
    `
- id: hostile-ref
  type: journal-article
  authors: ['Evil, ${IMG_TAG}']
  title: 'A title with ${SCRIPT_TAG} in it'
  venue: 'Journal of ${q}'
  year: 2025
  doi: 10.1000/hostile
`,
  );
  appendFileSync(
    data('glossary.yaml'),
    `
- id: hostile-term
  term: 'Term ${IMG_TAG}'
  definition: 'A definition with ${SCRIPT_TAG} and ${q} inside it.'
  refs: [hostile-ref]
`,
  );
  appendFileSync(
    data('trials.yaml'),
    `
- id: hostile-trial
  area: cornea
  title: 'A trial called ${SCRIPT_TAG}'
  shortTitle: '<b>bold</b> trial'
  institution: 'Institute ${IMG_TAG}'
  country: Japan
  cellSource: iPS
  donor: allogeneic
  product: cells
  delivery: a sheet
  start: '2020'
  enrolled: 2
  followUp: { value: 1, unit: years }
  outcome:
    measure: 'Measure ${q}'
    groups:
      - { label: 'Better ${SCRIPT_TAG}', kind: improved, count: 1, detail: 'Detail ${IMG_TAG}' }
      - { label: 'Same', kind: unchanged, count: 1 }
  safety: No serious events
  status: completed
  peerReviewed: true
  asOf: 2026-11-20
  refs: [hostile-ref]
`,
  );
  writeFileSync(
    join(dir, 'content/chapters/hostile.mdx'),
    `---
title: 'Evil ${SCRIPT_TAG} "title"'
description: 'A description with ${IMG_TAG} and ${q} that is long enough to pass.'
area: cornea
order: 5
updated: 2026-11-01
asOf: 2026-10-01
---

A <Term id="hostile-term">hostile term</Term> and a claim.<Cite id="hostile-ref" />

<TrialOutcomes trial="hostile-trial" title="Chart ${IMG_TAG.replace(/"/g, '&quot;')}" takeaway="Takeaway with &lt;script&gt; and quotes" />
`,
  );
}

let dir: string | undefined;

export async function setup(project: TestProject) {
  dir = tempProject('reprogrammed-site-');
  rmSync(join(dir, 'content/chapters', `${SLUG}.mdx`), { force: true });
  const order = expectedOrder(dir);
  const created = await scaffold(dir, SLUG, '--title', TITLE, '--description', DESCRIPTION, '--area', 'heart');
  const file = join(dir, 'content/chapters', `${SLUG}.mdx`);
  const source = existsSync(file) ? readFileSync(file, 'utf8') : '';
  // The content check sees the copy as the maintainer would: the site plus the new chapter.
  const checkErrors = (await checkContent(dir)).errors.map(formatProblem);
  addHostileContent(dir);
  const started = performance.now();
  // Social cards are cached by a hash of what they show (src/pages/og/_render.ts): the copy reads and
  // adds to the project's cache, so cards the main build drew are not drawn again (only the copy's
  // new chapters' are). Its other caches (Astro's, Vite's) stay inside the copy.
  const CARD_CACHE_DIR = process.env.CARD_CACHE_DIR || join(REPO, 'node_modules', '.cache', 'reprogrammed', 'og');
  const build = await run('npx', ['--no-install', 'astro', 'build'], dir, { BASE_PATH: BASE, SITE, CARD_CACHE_DIR });
  console.log(`integration: one build of the site copy in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  project.provide('site', {
    dir,
    build: { code: build.code, output: `${build.stdout}\n${build.stderr}`.slice(-3000) },
    scaffold: { created, source, order, checkErrors },
  });
}

export function teardown() {
  if (dir && !process.env.KEEP_TMP) rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    site: {
      dir: string;
      build: { code: number | null; output: string };
      scaffold: { created: Run; source: string; order: number; checkErrors: string[] };
    };
  }
}
