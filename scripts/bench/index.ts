/**
 * `npm run bench`: Lighthouse on the real site, then the synthetic scale test, then BENCHMARKS.md
 * at the repository root with the machine, the tables, the targets and a verdict for each.
 *
 *   npm run bench                      # Lighthouse (5 runs x 3 pages) + scale 100, 300, 1000
 *   npm run bench -- 20 --runs=1       # a quick trial: scale N=20, one Lighthouse run per page
 *   npm run bench -- --budget=900      # whole-run time budget in seconds (default 900 = 15 min)
 *   npm run bench -- --only=lighthouse # one part alone (lighthouse, weight, scale; comma-separated):
 *                                      # prints its tables and verdicts; BENCHMARKS.md is left as it
 *                                      # is unless --out=<file> names where to write
 *
 * dist/ is built first (`npm run build`) when it is missing or older than the sources. The scale
 * test gets whatever is left of the budget; a size that cannot finish in time is stopped and
 * reported as such, never estimated into the tables.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { lighthouseNotes, lighthouseTable, runLighthouse, type PageResult } from './lighthouse.ts';
import {
  QUERIES,
  cacheNotes,
  measure,
  routeNotes,
  runScale,
  scaleSummary,
  scaleTable,
  type RunResult,
  type ScaleRow,
} from './scale.ts';
import { CHROMIUM, ROOT, countFiles, fixed, log, mb, secs } from './util.ts';
import {
  compareFirstScreens,
  comparePageWeight,
  firstScreenTable,
  meanRatio,
  pageWeightTable,
  STARLIGHT_VERSION,
  type FirstScreenRow,
  type PageWeightRow,
} from './page-weight.ts';

const started = performance.now();
const args = process.argv.slice(2);
const flag = (name: string) => /^--[^=]+=(.+)$/.exec(args.find((a) => a.startsWith(`--${name}=`)) ?? '')?.[1];
const budgetMs = Number(flag('budget') ?? 900) * 1000;
const runs = Number(flag('runs') ?? 5);
const sizesArg = args.filter((a) => /^\d+$/.test(a)).map(Number);
const sizes = sizesArg.length ? sizesArg : [100, 300, 1000];
const PARTS = ['lighthouse', 'weight', 'scale'] as const;
const onlyArg = flag('only')?.split(',').filter(Boolean);
const unknownPart = onlyArg?.filter((p) => !(PARTS as readonly string[]).includes(p)) ?? [];
if (onlyArg && (unknownPart.length || onlyArg.length === 0)) {
  console.error(
    `bench: unknown part(s) ${unknownPart.join(', ') || '(none)'} after --only=. Parts: ${PARTS.join(', ')}.`,
  );
  process.exit(2);
}
/** The parts this run measures (all unless --only= names some). */
const parts = new Set<string>(onlyArg ?? PARTS);
// A partial run must not replace the whole BENCHMARKS.md with "not measured" sections.
const out = flag('out') ?? (onlyArg ? undefined : join(ROOT, 'BENCHMARKS.md'));

function sh(cmd: string, argv: string[]): string {
  try {
    return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

function machine() {
  const mem = /^MemTotal:\s+(\d+)/m.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1];
  return {
    nproc: sh('nproc', []),
    cpu: cpus()[0]?.model ?? 'unknown',
    memory: mem ? `${(Number(mem) / 1024 / 1024).toFixed(1)} GiB` : `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    chromium: sh(CHROMIUM, ['--version']).split('\n').pop() ?? 'unknown',
    load: loadavg()
      .map((l) => l.toFixed(2))
      .join(', '),
  };
}

function newestSource(): number {
  let newest = 0;
  const walk = (p: string) => {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) for (const e of readdirSync(p)) walk(join(p, e));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of ['content', 'src', 'public', 'astro.config.mjs']) walk(join(ROOT, p));
  return newest;
}

// ---------------------------------------------------------------------------------------------
// 1. dist/ for Lighthouse

const info = machine();
const dist = join(ROOT, 'dist');
const distIndex = join(dist, 'index.html');
let siteBuild: RunResult | undefined;
let distNote: string;
const hasDist = () => existsSync(distIndex) && existsSync(join(dist, 'pagefind', 'pagefind.js'));
const stale = hasDist() && statSync(distIndex).mtimeMs < newestSource();
const needsDist = parts.has('lighthouse') || parts.has('weight');
if (needsDist && (!hasDist() || stale)) {
  log(`dist/ is ${hasDist() ? 'older than the sources' : 'missing'}: npm run build`);
  siteBuild = await measure(['npm', 'run', 'build'], ROOT, 5 * 60_000);
  distNote = siteBuild.ok
    ? `built by this run (\`npm run build\`: ${secs(siteBuild.wallMs)}, peak memory ${mb(siteBuild.peakTreeRss)})`
    : `\`npm run build\` failed (exit ${siteBuild.code}${siteBuild.timedOut ? ', time limit' : ''})${hasDist() ? '; Lighthouse used the older dist/ already there' : ''}`;
  if (!siteBuild.ok) log(`npm run build failed:\n${siteBuild.output.trim().split('\n').slice(-20).join('\n')}`);
} else {
  distNote = `existing build from ${new Date(statSync(distIndex).mtimeMs).toISOString().replace('T', ' ').slice(0, 16)} UTC (newer than every source file)`;
}
const builtChapters = existsSync(join(dist, 'chapters')) ? readdirSync(join(dist, 'chapters')).length : 0;
const builtPages = existsSync(dist) ? countFiles(dist, '.html') : 0;

// ---------------------------------------------------------------------------------------------
// 2. Lighthouse

let lh: PageResult[] = [];
let lhError = '';
const lhStart = performance.now();
if (!parts.has('lighthouse')) lhError = 'not part of this run (--only)';
else if (hasDist()) {
  try {
    lh = await runLighthouse({ dist, runs });
  } catch (err) {
    lhError = (err as Error).message;
  }
} else lhError = 'no dist/ to audit (the build failed).';
const lhMs = performance.now() - lhStart;
log(`lighthouse done in ${secs(lhMs)}`);

// ---------------------------------------------------------------------------------------------
// 2b. Chapter page weight against Starlight (the same prose built with the docs theme)

let weights: PageWeightRow[] = [];
let firstScreens: FirstScreenRow[] = [];
let weightError = '';
const weightStart = performance.now();
if (!parts.has('weight')) weightError = 'not part of this run (--only)';
else if (hasDist() && !args.includes('--no-starlight')) {
  try {
    weights = await comparePageWeight(dist);
    firstScreens = await compareFirstScreens(dist);
  } catch (err) {
    weightError = (err as Error).message.split('\n')[0] ?? 'failed';
  }
} else weightError = hasDist() ? 'skipped (--no-starlight)' : 'no dist/ to measure';
const weightMs = performance.now() - weightStart;
log(`page weight done in ${secs(weightMs)}`);

// ---------------------------------------------------------------------------------------------
// 3. Scale

const reserve = 30_000;
const scaleBudget = budgetMs - (performance.now() - started) - reserve;
if (parts.has('scale')) log(`scale test: sizes ${sizes.join(', ')}, ${secs(scaleBudget)} left in the budget`);
const scaleStart = performance.now();
const rows: ScaleRow[] = parts.has('scale') ? await runScale(sizes, { budgetMs: scaleBudget }) : [];
const scaleMs = performance.now() - scaleStart;

// ---------------------------------------------------------------------------------------------
// 4. Verdicts and BENCHMARKS.md

const yes = (ok: boolean) => (ok ? '**met**' : '**NOT met**');
const verdicts: string[] = [];
function scoreVerdict(
  label: string,
  key: 'performance' | 'accessibility' | 'best-practices' | 'seo',
  min: number,
): void {
  if (!lh.length || lh.every((p) => !p.runs.length)) {
    verdicts.push(`- ${label} >= ${min}: not measured (${lhError || 'no runs'}).`);
    return;
  }
  const below = lh.filter((p) => !(p.median[key] >= min));
  verdicts.push(
    `- ${label} >= ${min}: ${yes(below.length === 0)}: median ${lh.map((p) => `${p.path} ${fixed(p.median[key])}`).join(', ')}.`,
  );
}
scoreVerdict('Lighthouse performance', 'performance', 100);
scoreVerdict('Lighthouse accessibility', 'accessibility', 100);
scoreVerdict('Lighthouse best practices', 'best-practices', 100);
scoreVerdict('Lighthouse SEO', 'seo', 100);
if (lh.some((p) => p.runs.length)) {
  const bad = lh.filter((p) => p.median.cls !== 0);
  const worstRun = Math.max(...lh.flatMap((p) => p.runs.map((r) => r.cls)));
  verdicts.push(
    `- CLS 0: ${yes(bad.length === 0)}: median ${lh.map((p) => `${p.path} ${p.median.cls === 0 ? '0' : fixed(p.median.cls, 4)}`).join(', ')} (worst single run ${worstRun === 0 ? '0' : fixed(worstRun, 4)}).`,
  );
  const slowLcp = lh.filter((p) => !(p.median.lcp <= 1200));
  verdicts.push(
    `- LCP <= 1.2 s: ${yes(slowLcp.length === 0)}: median ${lh.map((p) => `${p.path} ${fixed(p.median.lcp)} ms`).join(', ')}.`,
  );
  const blocking = lh.filter((p) => p.median.tbt !== 0);
  verdicts.push(
    `- TBT 0: ${yes(blocking.length === 0)}: median ${lh.map((p) => `${p.path} ${fixed(p.median.tbt)} ms`).join(', ')}.`,
  );
} else verdicts.push('- CLS 0: not measured.');
if (weights.length) {
  const worst = weights.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  verdicts.push(
    `- Chapter pages <= 0.8 x Starlight (bytes loaded, scrolled through): ${yes(weights.every((w) => w.ratio <= 0.8))}: mean ${fixed(meanRatio(weights), 2)}, worst ${worst.slug} ${fixed(worst.ratio, 2)}.`,
  );
  const heaviest = weights.reduce((a, b) => (b.ours.html > a.ours.html ? b : a));
  verdicts.push(
    `- Chapter HTML <= 20 KB gzip: ${yes(heaviest.ours.html <= 20 * 1024)}: heaviest ${heaviest.slug} ${fixed(heaviest.ours.html / 1024, 1)} KB.`,
  );
  const withJs = weights.filter((w) => w.ours.js > 0);
  verdicts.push(
    `- Chapter JS before interaction 0 KB: ${yes(withJs.length === 0)}: ${withJs.length ? withJs.map((w) => `${w.slug} ${fixed(w.ours.js / 1024, 1)} KB`).join(', ') : 'every chapter 0 KB'}.`,
  );
  verdicts.push(
    `- Text in one round trip (HTML + inline CSS up to the end of the first screen's text, gzip, 412 x 823 px) <= 14 KB: ${yes(firstScreens.length > 0 && firstScreens.every((r) => r.bytes <= 14 * 1024))}: ${firstScreens.map((r) => `${r.path} ${fixed(r.bytes / 1024, 1)} KB`).join(', ')}.`,
  );
} else verdicts.push(`- Chapter pages <= 0.8 x Starlight: not measured (${weightError}).`);

const done = rows.filter((r) => r.astro?.ok && r.pagefind?.ok);
const largest = done[done.length - 1];
if (largest) {
  const per = (r: ScaleRow) => scaleSummary.perPage(r);
  const all = done.map((r) => `${r.n} chapters ${fixed(per(r), 1)} ms`).join(', ');
  // The target is set at 1,000 chapters; smaller copies show growth (their fixed start-up cost,
  // about 20 s, is a larger share of fewer pages), so only the largest copy built is judged.
  const judged = largest.n >= 1000 ? '' : ` (judged at ${largest.n} chapters: 1,000 did not finish)`;
  verdicts.push(
    `- Build <= 40 ms per page at 1,000 chapters (astro build + pagefind, divided by HTML pages): ${yes(largest.n >= 1000 && per(largest) <= 40)}: ${all}${judged}.`,
  );
  const peak = Math.max(...rows.map((r) => scaleSummary.peakOf(r)));
  const peakRow = rows.find((r) => scaleSummary.peakOf(r) === peak)!;
  verdicts.push(
    `- Peak memory <= 1.5 GB: ${yes(peak <= 1.5 * 1024 ** 3)}: highest ${mb(peak)} (process tree, ${peakRow.n} chapters).`,
  );
  const searched = done.filter((r) => r.search);
  verdicts.push(
    `- Search median < 50 ms: ${yes(searched.length > 0 && searched.every((r) => r.search!.medianMs < 50))}: ${searched.map((r) => `${r.n} chapters ${fixed(r.search!.medianMs, 1)} ms (p95 ${fixed(r.search!.p95Ms, 1)} ms)`).join(', ')}.`,
  );
} else {
  for (const t of ['Build < 40 ms per page', 'Peak memory <= 1.5 GB', 'Search median < 50 ms'])
    verdicts.push(`- ${t}: not measured (no synthetic build finished).`);
}
const cache = rows.find((r) => r.warm);
if (cache?.warm && cache.astro) {
  const { cards, drawn, astro } = cache.warm;
  verdicts.push(
    `- Social cards reused between builds (cached by a hash of what they show): ${yes(cards > 0 && drawn === 0)}: ${cache.n} chapters built twice, the second build drew ${drawn} of ${cards} cards (astro build ${secs(cache.astro.wallMs)} cold, ${secs(astro.wallMs)} warm).`,
  );
} else verdicts.push('- Social cards reused between builds: not measured (no synthetic build was run twice).');
const unfinished = rows.filter((r) => r.status !== 'ok');
for (const r of unfinished) verdicts.push(`- ${r.n} chapters: ${r.status}. Its figures are missing, not estimated.`);

const totalMs = performance.now() - started;
const notes = lighthouseNotes(lh);
const errors = rows.filter((r) => r.error).map((r) => `### ${r.n} chapters: ${r.status}\n\n\`\`\`\n${r.error}\n\`\`\``);

const md = `# Benchmarks

Generated by \`npm run bench\` (scripts/bench/) on ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC. Do not edit by hand: run it again.

## Machine

| | |
| --- | --- |
| CPUs (nproc) | ${info.nproc} (${info.cpu}) |
| Memory | ${info.memory} |
| Node | ${info.node} |
| Chromium | ${info.chromium} |
| Load average at start (1, 5, 15 min) | ${info.load} |
| Load average at end | ${loadavg()
  .map((l) => l.toFixed(2))
  .join(', ')} |
| Whole run | ${secs(totalMs)} (Lighthouse ${secs(lhMs)}, scale test ${secs(scaleMs)}${siteBuild ? `, site build ${secs(siteBuild.wallMs)}` : ''}) |

The machine is shared: other builds ran at the same time, so times are upper bounds for a quiet machine.

## Targets

${verdicts.join('\n')}

## Lighthouse

The built site (dist/: ${builtChapters} chapters, ${builtPages} HTML pages; ${distNote}), served by scripts/serve.mjs on 127.0.0.1.
Lighthouse ${lighthouseVersion()} with its default mobile emulation and simulated throttling, ${runs} runs per page in a fresh
headless Chromium each time, offline (no host name but localhost resolves). Medians of each figure.

${lh.length ? lighthouseTable(lh) : `Not run: ${lhError}`}
${notes.length ? `\nAudits below full marks in any run, and other notes:\n\n${notes.map((n) => `- ${n}`).join('\n')}\n` : ''}
## Chapter page weight, side by side with Starlight

Every chapter's prose (imports, charts, diagrams and citations taken out; wrapper components reduced to their text)
built with Astro Starlight ${STARLIGHT_VERSION} and the same Astro in a scratch folder, next to our own chapter page.
Each page loaded in Chromium at 412 x 823 px and scrolled to the end with no other interaction; every file it
fetched is counted gzip-compressed (as a server would send it). Ours includes charts and diagrams; Starlight's
includes its search and navigation JavaScript. Ratio = ours / Starlight (${secs(weightMs)}).

${weights.length ? pageWeightTable(weights) : `Not measured: ${weightError}`}

Bytes a browser must receive before it can paint the first screen's text: the HTML from its start to
the end of the last text node visible at 412 x 823 px (head and inline CSS included), gzip, plus any
stylesheet the head links. The first round trip of a new connection carries about 14 KB.

${firstScreens.length ? firstScreenTable(firstScreens) : `Not measured: ${weightError}`}

## Scale

Synthetic copies of the site with N generated chapters (about 1,500 words, 10 citations and 3 charts each; pages = chapters
plus the site's other pages), each built cold in a temporary folder: \`npm run build:site\` (astro build with a 1 GB JavaScript heap, as \`npm run build\` runs it), then \`npx pagefind --site dist\`,
timed separately. ms/page = (astro build + pagefind) / HTML pages; marginal ms/page = the extra time per extra page
since the previous size, which leaves out the fixed start-up cost. Peak memory is the largest total resident memory
of the build's process tree (sampled every 100 ms); the max process RSS column is from \`/usr/bin/time -v\`.
Search: ${QUERIES.length} queries (one and two words, a few with no match) through Pagefind's own dist/pagefind/pagefind.js
in Node, files fetched over HTTP from the local server; median and p95 of \`search()\` after one warm-up query
(the first search ms column: loading the WebAssembly and index metadata).

${scaleTable(rows)}
${
  routeNotes(rows).length
    ? `\nWhere Astro's build time goes (its own per-route render times, summed; the rest is start-up, content sync, bundling and writing files):\n\n${routeNotes(
        rows,
      )
        .map((n) => `- ${n}`)
        .join('\n')}\n`
    : ''
}${
  cacheNotes(rows).length
    ? `\nSocial-card cache: the smallest copy built a second time with the same content (cards come from node_modules/.cache):\n\n${cacheNotes(
        rows,
      )
        .map((n) => `- ${n}`)
        .join('\n')}\n`
    : ''
}${errors.length ? `\n${errors.join('\n\n')}\n` : ''}`;

// What each target not met would take: written by hand (the figures above are not), kept beside the scripts.
const needsFile = join(ROOT, 'scripts/bench/NEEDS.md');
const needs = existsSync(needsFile) ? `\n${readFileSync(needsFile, 'utf8').trim()}\n` : '';
console.log(md);
if (out) {
  writeFileSync(out, md + needs);
  log(`wrote ${out} in ${secs(totalMs)}`);
} else log(`--only=${[...parts].join(',')}: BENCHMARKS.md left as it is (add --out=<file> to write the tables)`);

function lighthouseVersion(): string {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version;
  } catch {
    return '';
  }
}
