/**
 * Lighthouse benchmark: serves dist/ locally and audits the home page, one chapter with charts and
 * the glossary, 5 runs each with Lighthouse's default mobile emulation and simulated throttling.
 * Reports the median of each score and metric. Needs a built dist/ (`npm run build`).
 *
 *   npx node scripts/bench/lighthouse.ts [--runs=5] [--dist=dist]
 *
 * Offline by design: Chromium runs with background networking off and a resolver that fails every
 * host name except localhost, and each report's network requests are checked for other hosts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from '../serve.mjs';
import { CHROMIUM, ROOT, fixed, log, median, table } from './util.ts';
import { CHROMIUM_ARGS } from '../../tests/browser/support/chromium.ts';

/** The browser tests' offline flags, headless for chrome-launcher. */
export const CHROME_FLAGS = [
  '--headless=new',
  ...CHROMIUM_ARGS,
  // Belt and braces for "no network beyond localhost": no host name but localhost resolves.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface RunScores {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  lcp: number;
  cls: number;
  tbt: number;
  /** Lighthouse's CPU benchmark for the run: lower means a slower (or busier) machine. */
  benchmarkIndex: number;
  /** The scripts with the most main-thread time (bootup-time audit), biggest first. */
  bootup: { url: string; ms: number }[];
  external: string[];
  failing: string[];
  warnings: string[];
}

export interface PageResult {
  path: string;
  runs: RunScores[];
  median: Omit<RunScores, 'external' | 'failing' | 'warnings' | 'bootup'>;
  /** Audits below full marks in any run (ids), with how many runs. */
  failing: Map<string, number>;
  external: string[];
  errors: string[];
}

/** The chapter to audit: parkinsons-disease (it has charts) if built, else the first chapter. */
export function pickPages(dist: string): string[] {
  const dir = join(dist, 'chapters');
  const chapters = existsSync(dir)
    ? readdirSync(dir)
        .filter((c) => existsSync(join(dir, c, 'index.html')))
        .sort()
    : [];
  const chapter = chapters.includes('parkinsons-disease') ? 'parkinsons-disease' : chapters[0];
  return ['/', ...(chapter ? [`/chapters/${chapter}/`] : []), '/glossary/'];
}

async function auditOnce(url: string): Promise<RunScores> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const score = (c: string) => Math.round((lhr.categories[c]?.score ?? NaN) * 100);
    const num = (a: string) => lhr.audits[a]?.numericValue ?? NaN;
    const requests = (
      (lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)?.items ?? []
    ).map((i) => i.url);
    const external = requests.filter(
      (u) => /^(https?|wss?):/.test(u) && !/^(https?|wss?):\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(u),
    );
    const failing: string[] = [];
    for (const c of CATEGORIES) {
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const a = lhr.audits[ref.id];
        if (
          ref.weight > 0 &&
          a &&
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'manual'
        ) {
          failing.push(`${c}:${ref.id}`);
        }
      }
    }
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      lcp: num('largest-contentful-paint'),
      cls: num('cumulative-layout-shift'),
      tbt: num('total-blocking-time'),
      benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
      bootup: (
        (lhr.audits['bootup-time']?.details as { items?: { url: string; total: number }[] } | undefined)?.items ?? []
      )
        .map((i) => ({ url: i.url.replace(/^https?:\/\/127\.0\.0\.1:\d+/, ''), ms: i.total }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 3),
      external,
      failing,
      warnings: lhr.runWarnings ?? [],
    };
  } finally {
    await chrome.kill();
  }
}

export async function runLighthouse(
  opts: { dist?: string | undefined; runs?: number | undefined } = {},
): Promise<PageResult[]> {
  const dist = resolve(opts.dist ?? join(ROOT, 'dist'));
  const runs = opts.runs ?? 5;
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no index.html: run \`npm run build\` first.`);
  const server = await startServer({ dir: dist, port: 0, host: '127.0.0.1', base: '/' });
  const { port } = server.address() as { port: number };
  const results: PageResult[] = [];
  try {
    for (const path of pickPages(dist)) {
      const page: PageResult = {
        path,
        runs: [],
        median: {} as PageResult['median'],
        failing: new Map(),
        external: [],
        errors: [],
      };
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        try {
          const r = await auditOnce(`http://127.0.0.1:${port}${path}`);
          page.runs.push(r);
          for (const f of r.failing) page.failing.set(f, (page.failing.get(f) ?? 0) + 1);
          page.external.push(...r.external);
          for (const w of r.warnings) if (!page.errors.includes(`warning: ${w}`)) page.errors.push(`warning: ${w}`);
          log(
            `lighthouse ${path} run ${i + 1}/${runs}: perf ${r.performance}, a11y ${r.accessibility}, bp ${r['best-practices']}, seo ${r.seo}, LCP ${fixed(r.lcp)} ms, CLS ${fixed(r.cls, 3)}, TBT ${fixed(r.tbt)} ms (${((performance.now() - t) / 1000).toFixed(1)} s)`,
          );
        } catch (err) {
          page.errors.push(`run ${i + 1}: ${(err as Error).message}`);
          log(`lighthouse ${path} run ${i + 1}/${runs} failed: ${(err as Error).message}`);
        }
      }
      const m = (k: keyof PageResult['median']) => median(page.runs.map((r) => r[k]));
      page.median = {
        performance: m('performance'),
        accessibility: m('accessibility'),
        'best-practices': m('best-practices'),
        seo: m('seo'),
        lcp: m('lcp'),
        cls: m('cls'),
        tbt: m('tbt'),
        benchmarkIndex: m('benchmarkIndex'),
      };
      page.external = [...new Set(page.external)];
      results.push(page);
    }
  } finally {
    server.close();
  }
  return results;
}

export function lighthouseTable(results: PageResult[]): string {
  return table(
    [
      'page',
      'runs',
      'performance',
      'accessibility',
      'best practices',
      'SEO',
      'LCP ms',
      'CLS',
      'TBT ms',
      'CPU benchmarkIndex',
    ],
    results.map((p) => [
      p.path,
      p.runs.length,
      fixed(p.median.performance),
      fixed(p.median.accessibility),
      fixed(p.median['best-practices']),
      fixed(p.median.seo),
      fixed(p.median.lcp),
      fixed(p.median.cls, 3),
      fixed(p.median.tbt),
      fixed(p.median.benchmarkIndex),
    ]),
  );
}

/** Audits that cost points, and anything odd (external requests, failed runs, warnings). */
export function lighthouseNotes(results: PageResult[]): string[] {
  const notes: string[] = [];
  for (const p of results) {
    if (p.failing.size)
      notes.push(
        `${p.path}: below full marks: ${[...p.failing].map(([id, n]) => `${id} (${n}/${p.runs.length} runs)`).join(', ')}`,
      );
    const tbtRun = [...p.runs].sort((a, b) => a.tbt - b.tbt)[Math.floor((p.runs.length - 1) / 2)];
    if (tbtRun && tbtRun.tbt > 0 && tbtRun.bootup.length) {
      notes.push(
        `${p.path}: main-thread time by script in the median-TBT run (Lighthouse's figures, with its 4x simulated CPU slowdown): ${tbtRun.bootup.map((b) => `${b.url} ${fixed(b.ms)} ms`).join(', ')}`,
      );
    }
    if (p.external.length) notes.push(`${p.path}: requests beyond localhost: ${p.external.join(', ')}`);
    for (const e of p.errors) notes.push(`${p.path}: ${e}`);
  }
  return notes;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const runs = Number(/^--runs=(\d+)$/.exec(args.find((a) => a.startsWith('--runs=')) ?? '')?.[1] ?? 5);
  const dist = /^--dist=(.+)$/.exec(args.find((a) => a.startsWith('--dist=')) ?? '')?.[1];
  const results = await runLighthouse({ runs, dist });
  console.log(lighthouseTable(results));
  const notes = lighthouseNotes(results);
  if (notes.length) console.log(`\n${notes.map((n) => `- ${n}`).join('\n')}`);
}
