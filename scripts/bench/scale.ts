/**
 * Scale benchmark: builds synthetic copies of the site with N generated chapters and measures
 * `astro build` and `pagefind --site dist` separately (wall time, peak memory), the output sizes,
 * and Pagefind search latency through its JavaScript API in Node.
 *
 *   npx node scripts/bench/scale.ts            # N = 100, 300, 1000
 *   npx node scripts/bench/scale.ts 20         # one quick trial run
 *   npx node scripts/bench/scale.ts 20 50 --keep --budget=300
 *
 * Each copy lives in a temporary folder: the project without node_modules, dist, .git (and the
 * .astro cache), with a node_modules folder of symlinks to the project's packages (so Astro's and
 * Vite's caches are written in the copy, not in the shared node_modules), content/chapters replaced
 * by generated MDX and content/data/teaching.yaml set to []. Nothing in the project is changed.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { startServer } from '../serve.mjs';
import { AREAS } from '../../src/schemas/areas.ts';
import { ROOT, childEnv, countFiles, du, fixed, log, mb, median, percentile, secs, table } from './util.ts';

// ---------------------------------------------------------------------------------------------
// Deterministic text

/** mulberry32: a tiny seeded PRNG, so every run generates the same chapters. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const W = {
  adj: 'young early careful small new donor mature clinical rare stable gradual precise local shared careful living damaged healthy fresh long brief modest clear cautious human'.split(
    ' ',
  ),
  noun: 'cell cells retina cornea neuron tissue donor patient trial dose sheet graft doctor team result surgeon laboratory protein signal brain eye layer culture sample method measure risk benefit tumour study approval regulator factory batch volunteer'.split(
    ' ',
  ),
  verb: 'grows reaches replaces protects measures follows changes supports shows reports repairs carries tests records keeps needs explains reduces improves'.split(
    ' ',
  ),
  adv: 'slowly carefully often rarely quietly clearly early later gently mostly'.split(' '),
  prep: 'in under with from across inside after before during beside'.split(' '),
  det: 'the the a one each every this that'.split(' '),
  link: [
    'However',
    'Meanwhile',
    'In practice',
    'For now',
    'Even so',
    'At first',
    'Over time',
    'In Japan',
    'By contrast',
    'Later',
  ],
};

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function cap(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function phrase(rand: () => number): string {
  const parts = [pick(rand, W.det)];
  if (rand() < 0.6) parts.push(pick(rand, W.adj));
  parts.push(pick(rand, W.noun));
  return parts.join(' ');
}

function sentence(rand: () => number): string {
  const words: string[] = [];
  if (rand() < 0.2) words.push(`${pick(rand, W.link)},`);
  words.push(phrase(rand));
  if (rand() < 0.4) words.push(pick(rand, W.adv));
  words.push(pick(rand, W.verb), phrase(rand));
  const extra = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < extra; i++) words.push(pick(rand, W.prep), phrase(rand));
  if (rand() < 0.3) words.push('and', pick(rand, W.verb), phrase(rand));
  return `${cap(words.join(' '))}.`;
}

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length;

// ---------------------------------------------------------------------------------------------
// Chapters

export interface Ids {
  references: string[];
  outcomesTrial: string;
  doseTrial: string;
}

export function readIds(root = ROOT): Ids {
  const refs = parseYaml(readFileSync(join(root, 'content/data/references.yaml'), 'utf8')) as { id: string }[];
  const trials = parseYaml(readFileSync(join(root, 'content/data/trials.yaml'), 'utf8')) as {
    id: string;
    outcome?: unknown;
    dose?: { cohorts?: unknown[] };
  }[];
  const has = (id: string) => trials.some((t) => t.id === id);
  const outcomesTrial = has('cornea-osaka') ? 'cornea-osaka' : trials.find((t) => t.outcome)?.id;
  const doseTrial = has('parkinsons-kyoto') ? 'parkinsons-kyoto' : trials.find((t) => t.dose?.cohorts?.length)?.id;
  if (!outcomesTrial || !doseTrial)
    throw new Error('content/data/trials.yaml has no trial with outcomes and one with dose cohorts.');
  return { references: refs.map((r) => r.id), outcomesTrial, doseTrial };
}

/** Whether the chart list (src/charts/index.ts) still offers <DoseCohorts>. */
const HAS_DOSE_COHORTS = /\bDoseCohorts\b|dose-cohorts/.test(readFileSync(join(ROOT, 'src/charts/index.ts'), 'utf8'));

/** One synthetic chapter of about `targetWords` words: 10 citations, 3 charts. */
export function chapterMdx(n: number, ids: Ids, targetWords = 1500): string {
  const rand = prng(0x5eed + n * 7919);
  const num = String(n + 1).padStart(4, '0');
  const title = `Synthetic chapter ${num}: ${cap(pick(rand, W.adj))} ${pick(rand, W.noun)} and ${pick(rand, W.noun)}`;
  let description = sentence(rand);
  while (description.length < 60) description += ` ${sentence(rand)}`;
  if (description.length > 200) description = `${description.slice(0, 196).replace(/\s+\S*$/, '')}.`;
  const front = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(description)}`,
    `area: ${AREAS[n % AREAS.length]}`,
    `order: ${n % 1000}`,
    'published: 2026-01-15',
    'updated: 2026-11-20',
    'asOf: 2026-11-20',
    '---',
    '',
  ].join('\n');

  // Paragraphs first, then decorate: 10 citations spread over paragraphs, 3 charts between sections.
  const sections: string[][] = [];
  let words = 0;
  while (words < targetWords) {
    const paras: string[] = [];
    const count = 3 + Math.floor(rand() * 3);
    for (let p = 0; p < count && words < targetWords; p++) {
      const sentences: string[] = [];
      const s = 4 + Math.floor(rand() * 4);
      for (let i = 0; i < s; i++) sentences.push(sentence(rand));
      const text = sentences.join(' ');
      words += wordCount(text);
      paras.push(text);
    }
    sections.push(paras);
  }
  const allParas = sections.flat();
  const start = (n * 3) % ids.references.length;
  for (let k = 0; k < 10; k++) {
    const idx = Math.floor(((k + 0.5) * allParas.length) / 10);
    const ref = ids.references[(start + k) % ids.references.length]!;
    allParas[idx] = `${allParas[idx]}<Cite id="${ref}" />`;
  }
  const charts = [
    `<TrialOutcomes trial="${ids.outcomesTrial}" title="Outcomes in chapter ${num}" takeaway="${sentence(rand).replace(/"/g, '')}" />`,
    `<CellScale title="How many cells, chapter ${num}" takeaway="${sentence(rand).replace(/"/g, '')}" />`,
    // The dose chart while the chart list has it (issue #14 may retire it); else the dose scale for that trial.
    HAS_DOSE_COHORTS
      ? `<DoseCohorts trial="${ids.doseTrial}" title="Dose groups, chapter ${num}" takeaway="${sentence(rand).replace(/"/g, '')}" />`
      : `<CellScale trials="${ids.doseTrial}" title="Dose of chapter ${num}" takeaway="${sentence(rand).replace(/"/g, '')}" />`,
  ];
  const chartAfter = [0, Math.floor(sections.length / 2), sections.length - 2].map((i) =>
    Math.max(0, Math.min(i, sections.length - 1)),
  );
  let body = '';
  let p = 0;
  sections.forEach((paras, si) => {
    body += `## ${cap(pick(rand, W.adj))} ${pick(rand, W.noun)} ${pick(rand, W.prep)} ${phrase(rand)}\n\n`;
    for (let i = 0; i < paras.length; i++) body += `${allParas[p++]}\n\n`;
    chartAfter.forEach((after, ci) => {
      if (after === si) body += `${charts[ci]}\n\n`;
    });
  });
  return front + body;
}

// ---------------------------------------------------------------------------------------------
// Synthetic site

const COPY_EXCLUDE = new Set(['node_modules', 'dist', '.git', '.astro', 'coverage', 'test-results', 'tmp']);
const CACHE_DIRS = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);

export function makeSite(n: number, ids: Ids): string {
  const dir = mkdtempSync(join(tmpdir(), `reprogrammed-scale-${n}-`));
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (src) => {
      const rel = relative(ROOT, src);
      return !COPY_EXCLUDE.has(rel.split('/')[0]!);
    },
  });
  // node_modules: a real folder whose entries are symlinks to the project's packages, so caches
  // that Astro and Vite keep in node_modules/ stay inside the copy.
  mkdirSync(join(dir, 'node_modules'));
  for (const e of readdirSync(join(ROOT, 'node_modules'))) {
    if (CACHE_DIRS.has(e)) continue;
    symlinkSync(join(ROOT, 'node_modules', e), join(dir, 'node_modules', e));
  }
  const chapters = join(dir, 'content/chapters');
  rmSync(chapters, { recursive: true, force: true });
  mkdirSync(chapters, { recursive: true });
  for (let i = 0; i < n; i++)
    writeFileSync(join(chapters, `synthetic-${String(i + 1).padStart(4, '0')}.mdx`), chapterMdx(i, ids));
  // Teaching entries name the real chapters, which are gone: drop them (the file and the folder).
  writeFileSync(join(dir, 'content/data/teaching.yaml'), '[]\n');
  rmSync(join(dir, 'content/data/teaching'), { recursive: true, force: true });
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Measuring a command

export interface RunResult {
  ok: boolean;
  code: number | null;
  timedOut: boolean;
  wallMs: number;
  /** Largest sum of RSS over the whole process tree, sampled every 100 ms. */
  peakTreeRss: number;
  /** Largest single process's peak RSS, from /usr/bin/time -v (NaN if unavailable). */
  maxProcessRss: number;
  output: string;
}

function procTable(): Map<number, { ppid: number; rss: number }> {
  const out = new Map<number, { ppid: number; rss: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rss = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) * 1024;
      out.set(Number(name), { ppid, rss });
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

function treeRss(root: number): number {
  const procs = procTable();
  const children = new Map<number, number[]>();
  for (const [pid, p] of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += procs.get(pid)?.rss ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

const HAVE_TIME = existsSync('/usr/bin/time');

export function measure(cmd: string[], cwd: string, timeoutMs: number): Promise<RunResult> {
  const argv = HAVE_TIME ? ['/usr/bin/time', '-v', ...cmd] : cmd;
  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), {
    cwd,
    env: childEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let peak = 0;
  const sample = () => {
    if (child.pid) peak = Math.max(peak, treeRss(child.pid));
  };
  const timer = setInterval(sample, 100);
  let timedOut = false;
  const killer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid!, 'SIGKILL'); // the group this command started (detached), nothing else
    } catch {
      // already gone
    }
  }, timeoutMs);
  return new Promise((done) => {
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      clearInterval(timer);
      clearTimeout(killer);
      const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? NaN);
      done({
        ok: code === 0 && !timedOut,
        code,
        timedOut,
        wallMs,
        peakTreeRss: peak,
        maxProcessRss: kb * 1024,
        output,
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Search latency through Pagefind's own JavaScript (dist/pagefind/pagefind.js) in Node

export const QUERIES = [
  'cell',
  'cells',
  'retina',
  'cornea',
  'neuron',
  'tissue',
  'donor',
  'patient',
  'trial',
  'dose',
  'graft',
  'surgeon',
  'laboratory',
  'protein',
  'signal',
  'brain',
  'tumour',
  'approval',
  'regulator',
  'factory',
  'batch',
  'volunteer',
  'culture',
  'benefit',
  'risk',
  'young cells',
  'donor cells',
  'clinical trial',
  'retina sheet',
  'brain signal',
  'healthy tissue',
  'careful surgeon',
  'stable graft',
  'rare tumour',
  'new method',
  'dose groups',
  'outcomes',
  'synthetic chapter',
  'protects',
  'measures',
  'improves',
  'gradually',
  'japan',
  'regulation',
  'manufacturing',
  'parkinson',
  'spinal',
  'stem',
  'reprogram',
  'zebra',
];

export interface SearchResult {
  firstMs: number;
  medianMs: number;
  p95Ms: number;
  withDataMedianMs: number;
  hits: number;
}

export async function searchLatency(dist: string): Promise<SearchResult> {
  const server = await startServer({ dir: dist, port: 0, host: '127.0.0.1', base: '/' });
  try {
    const { port } = server.address() as { port: number };
    // A fresh module instance per dist (the URL differs), with its files fetched over HTTP like a browser.
    const pf = await import(`${pathToFileURL(join(dist, 'pagefind/pagefind.js')).href}?t=${Date.now()}`);
    await pf.options({ basePath: `http://127.0.0.1:${port}/pagefind/`, baseUrl: '/' });
    await pf.init();
    let t = performance.now();
    await pf.search('stem cell therapy'); // loads the WebAssembly and metadata: timed apart
    const firstMs = performance.now() - t;
    const times: number[] = [];
    const withData: number[] = [];
    let hits = 0;
    for (const q of QUERIES) {
      t = performance.now();
      const r = await pf.search(q);
      times.push(performance.now() - t);
      await Promise.all(r.results.slice(0, 5).map((x: { data: () => Promise<unknown> }) => x.data()));
      withData.push(performance.now() - t);
      hits += r.results.length;
    }
    await pf.destroy?.();
    return { firstMs, medianMs: median(times), p95Ms: percentile(times, 95), withDataMedianMs: median(withData), hits };
  } finally {
    server.close();
  }
}

// ---------------------------------------------------------------------------------------------
// One size

export interface ScaleRow {
  n: number;
  status: string;
  pages: number;
  astro?: RunResult;
  pagefind?: RunResult;
  distBytes: number;
  indexBytes: number;
  search?: SearchResult;
  /** Render time Astro logs per route ("(+12ms)"), summed by kind: where the build time goes. */
  routes?: Record<string, { ms: number; count: number }>;
  /** A second `astro build` of the same copy, its social-card cache now warm (first size only). */
  warm?: { astro: RunResult; cards: number; drawn: number };
  error?: string;
}

/**
 * Sums Astro's per-route render times from its build log, by route kind. A warning a page logs while
 * it renders lands between the route's path and its time ("├─ /x/index.html<warning>\n (+12ms)"),
 * so a path waits for the next time in the log.
 */
export function routeTimes(log: string): Record<string, { ms: number; count: number }> {
  const out: Record<string, { ms: number; count: number }> = {};
  // eslint-disable-next-line no-control-regex
  const text = log.replace(/\x1b\[[0-9;]*m/g, '');
  let path: string | undefined;
  for (const m of text.matchAll(/[├└]─ (\/[^\s(]*?)(?=\s|\d\d:\d\d:\d\d|$)|\(\+(\d+(?:\.\d+)?)(ms|s)\)/gm)) {
    if (m[1]) {
      path = m[1];
      continue;
    }
    if (!path) continue;
    const kind =
      path.startsWith('/og/') || path.startsWith('/ja/og/')
        ? 'social card PNG'
        : /^(\/ja)?\/chapters\/[^/]+\/(index\.html)?$/.test(path)
          ? 'chapter HTML'
          : path.endsWith('.html')
            ? 'other HTML'
            : 'other files';
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const k = (out[kind] ??= { ms: 0, count: 0 });
    k.ms += ms;
    k.count++;
    path = undefined;
  }
  return out;
}

/** `npm run build` is `npm run build:site` (astro build) then Pagefind, each timed apart here. */
const BUILD_SITE = ['npm', 'run', '--silent', 'build:site'];

const tail = (s: string, lines = 25) => s.trim().split('\n').slice(-lines).join('\n');

export async function runSize(
  n: number,
  opts: { keep?: boolean | undefined; timeoutMs?: number | undefined; warm?: boolean | undefined } = {},
): Promise<ScaleRow> {
  const timeoutMs = opts.timeoutMs ?? 30 * 60_000;
  const ids = readIds();
  log(`scale N=${n}: generating the synthetic site`);
  const dir = makeSite(n, ids);
  const row: ScaleRow = { n, status: 'ok', pages: 0, distBytes: 0, indexBytes: 0 };
  try {
    log(`scale N=${n}: npm run build:site in ${dir} (time limit ${secs(timeoutMs)})`);
    // The site's build as `npm run build` runs it (package.json: Astro with its heap limit), then Pagefind.
    const astro = await measure(BUILD_SITE, dir, timeoutMs);
    row.astro = astro;
    if (!astro.ok) {
      row.status = astro.timedOut
        ? `astro build stopped after ${secs(astro.wallMs)} (time limit)`
        : `astro build failed (exit ${astro.code})`;
      row.error = tail(astro.output);
      return row;
    }
    const dist = join(dir, 'dist');
    row.pages = countFiles(dist, '.html');
    row.routes = routeTimes(astro.output);
    log(`scale N=${n}: astro build ${secs(astro.wallMs)}, ${row.pages} pages; npx pagefind --site dist`);
    const pf = await measure(['npx', 'pagefind', '--site', 'dist'], dir, Math.max(60_000, timeoutMs - astro.wallMs));
    row.pagefind = pf;
    row.distBytes = du(dist);
    row.indexBytes = du(join(dist, 'pagefind'));
    if (!pf.ok) {
      row.status = pf.timedOut ? 'pagefind stopped (time limit)' : `pagefind failed (exit ${pf.code})`;
      row.error = tail(pf.output);
      return row;
    }
    log(`scale N=${n}: pagefind ${secs(pf.wallMs)}; ${QUERIES.length} search queries`);
    row.search = await searchLatency(dist);
    if (opts.warm) {
      // The same content built again: every social card should come from the cache, not be drawn.
      log(`scale N=${n}: npm run build:site again, social-card cache warm`);
      const cache = join(dir, 'node_modules/.cache/reprogrammed/og');
      const started = Date.now();
      const again = await measure(BUILD_SITE, dir, timeoutMs);
      const pngs = existsSync(cache) ? readdirSync(cache).filter((f) => f.endsWith('.png')) : [];
      // Cards drawn by the second build: cache files written after it started.
      const drawn = pngs.filter((f) => statSync(join(cache, f)).mtimeMs >= started).length;
      if (again.ok) row.warm = { astro: again, cards: pngs.length, drawn };
    }
    return row;
  } catch (err) {
    row.status = `error: ${(err as Error).message}`;
    return row;
  } finally {
    if (opts.keep) log(`scale N=${n}: kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** Rough seconds for a build of n chapters, from the sizes measured so far (fixed cost + per chapter). */
export function projectMs(rows: ScaleRow[], n: number): number | undefined {
  const done = rows.filter((r) => r.astro?.ok && r.pagefind?.ok);
  const total = (r: ScaleRow) => r.astro!.wallMs + r.pagefind!.wallMs;
  if (done.length === 0) return undefined;
  if (done.length === 1) return (total(done[0]!) / done[0]!.n) * n; // pessimistic: all cost scales
  const [a, b] = done.slice(-2) as [ScaleRow, ScaleRow];
  const slope = (total(b) - total(a)) / (b.n - a.n);
  return total(b) + slope * (n - b.n);
}

export async function runScale(
  sizes: number[],
  opts: { keep?: boolean | undefined; budgetMs?: number | undefined } = {},
): Promise<ScaleRow[]> {
  const deadline = performance.now() + (opts.budgetMs ?? Infinity);
  const rows: ScaleRow[] = [];
  for (const n of sizes) {
    const left = deadline - performance.now();
    const guess = projectMs(rows, n);
    if (left < 30_000) {
      rows.push({
        n,
        status: `not run: time budget used up (projected ${guess ? secs(guess) : 'n/a'})`,
        pages: 0,
        distBytes: 0,
        indexBytes: 0,
      });
      continue;
    }
    const row = await runSize(n, {
      keep: opts.keep,
      timeoutMs: Number.isFinite(left) ? left - 15_000 : undefined,
      warm: n === sizes[0],
    });
    if (row.status !== 'ok' && guess) row.status += `; projected ${secs(guess)} from the smaller sizes`;
    rows.push(row);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Reporting

const perPage = (r: ScaleRow) =>
  r.astro && r.pagefind && r.pages ? (r.astro.wallMs + r.pagefind.wallMs) / r.pages : NaN;
const peakOf = (r: ScaleRow) => Math.max(r.astro?.peakTreeRss ?? 0, r.pagefind?.peakTreeRss ?? 0);

export function scaleTable(rows: ScaleRow[]): string {
  const body = rows.map((r, i) => {
    const prev = rows
      .slice(0, i)
      .reverse()
      .find((p) => p.astro?.ok && p.pagefind?.ok);
    const marginal =
      prev && r.astro?.ok && r.pagefind?.ok && r.pages > prev.pages
        ? fixed(
            (r.astro.wallMs + r.pagefind.wallMs - prev.astro!.wallMs - prev.pagefind!.wallMs) / (r.pages - prev.pages),
            1,
          )
        : '';
    return [
      r.n,
      r.pages || '',
      r.astro ? secs(r.astro.wallMs) : '',
      r.pagefind ? secs(r.pagefind.wallMs) : '',
      r.astro && r.pagefind ? secs(r.astro.wallMs + r.pagefind.wallMs) : '',
      r.pages ? fixed(perPage(r), 1) : '',
      marginal,
      r.astro ? mb(peakOf(r)) : '',
      r.astro ? `${mb(r.astro.maxProcessRss)} / ${r.pagefind ? mb(r.pagefind.maxProcessRss) : '-'}` : '',
      r.distBytes ? mb(r.distBytes) : '',
      r.indexBytes ? mb(r.indexBytes) : '',
      r.search ? fixed(r.search.medianMs, 1) : '',
      r.search ? fixed(r.search.p95Ms, 1) : '',
      r.search ? fixed(r.search.firstMs, 0) : '',
      r.status,
    ];
  });
  return table(
    [
      'chapters',
      'pages',
      'astro build',
      'pagefind',
      'total',
      'ms/page',
      'marginal ms/page',
      'peak memory (tree)',
      'max process RSS astro / pagefind',
      'dist/',
      'dist/pagefind',
      'search median ms',
      'search p95 ms',
      'first search ms',
      'status',
    ],
    body,
  );
}

export const scaleSummary = { perPage, peakOf };

/** One line per size: Astro's own per-route render times, summed by kind. */
export function routeNotes(rows: ScaleRow[]): string[] {
  return rows
    .filter((r) => r.routes && Object.keys(r.routes).length)
    .map(
      (r) =>
        `${r.n} chapters: ${Object.entries(r.routes!)
          .sort((a, b) => b[1].ms - a[1].ms)
          .map(([k, v]) => `${k} ${secs(v.ms)} (${v.count}, ${fixed(v.ms / v.count, 0)} ms each)`)
          .join('; ')}`,
    );
}

/** The warm rebuild: the whole astro build cold against warm, and how many cards the second one drew. */
export function cacheNotes(rows: ScaleRow[]): string[] {
  return rows
    .filter((r) => r.warm && r.astro)
    .map(
      (r) =>
        `${r.n} chapters, built twice with the same content: astro build ${secs(r.astro!.wallMs)} cold -> ${secs(r.warm!.astro.wallMs)} warm; the cache holds ${r.warm!.cards} social cards, of which the second build drew ${r.warm!.drawn} (the rest were reused)`,
    );
}

// ---------------------------------------------------------------------------------------------

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
  const budget = Number(/^--budget=(\d+)$/.exec(args.find((a) => a.startsWith('--budget=')) ?? '')?.[1] ?? NaN);
  const rows = await runScale(sizes.length ? sizes : [100, 300, 1000], {
    keep: args.includes('--keep'),
    budgetMs: Number.isFinite(budget) ? budget * 1000 : undefined,
  });
  console.log(scaleTable(rows));
  const notes = routeNotes(rows);
  if (notes.length) console.log(`\nAstro's per-route render times:\n${notes.map((n) => `- ${n}`).join('\n')}`);
  for (const r of rows) if (r.error) console.log(`\nN=${r.n}: ${r.status}\n${r.error}`);
}
