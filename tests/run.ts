/**
 * `npm test`: every test stage, overlapped where two cores allow, in one command that fails if any
 * stage fails.
 *
 * Only the browser tests need the site built, so the build starts at once and the browser tests
 * right after it: that chain is the run's critical path. The other stages (the fast static checks,
 * the TypeScript check, the unit tests, and the integration tests with their own build of a copy of
 * the site) run beside it, two at a time, and use the time the build and the browser tests leave
 * idle (a browser test is mostly waiting) instead of adding their own time to the total. The
 * integration build starts after the main build, so it reuses the social cards that build drew
 * (they are cached by content).
 *
 * `--nice` runs those side stages at a lower CPU priority, to favour the critical path. It is off by
 * default: on a machine shared with other work (load 25-60, 2 Dec 2026) niced stages were starved,
 * the fast checks taking 757 s instead of about 30, and Chromium raises its own processes' priority,
 * so a niced stage waits even for this run's browser.
 *
 * Each stage's output is printed whole when it ends, under its name, with its time; a table of the
 * stages closes the run. `--stages a,b` runs only those (names below); `--sequential` runs them one
 * after another, as `npm test` did before (for comparing times).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

interface Stage {
  key: string;
  name: string;
  command: string;
  /** On the critical path (build, then browser); the rest run beside it (niced with --nice). */
  critical: boolean;
  /** Stages that must have passed first. */
  after: string[];
  /** Stages that must have ended (passed or not) first, to share what they leave behind. */
  waitFor?: string[];
}

const ALL: Stage[] = [
  { key: 'build', name: 'build (astro build, pagefind)', command: 'npm run build', critical: true, after: [] },
  {
    key: 'browser',
    name: 'browser tests (Vitest, Chromium)',
    command: 'vitest run --config vitest.browser.config.ts',
    critical: true,
    after: ['build'],
  },
  {
    key: 'check',
    name: 'fast checks (npm run check)',
    command: 'node scripts/check-all.ts',
    critical: false,
    after: [],
  },
  {
    key: 'types',
    name: 'types (astro check)',
    command: 'astro check --minimumSeverity error',
    critical: false,
    after: [],
  },
  { key: 'unit', name: 'unit tests (Vitest)', command: 'vitest run', critical: false, after: [] },
  {
    key: 'integration',
    name: 'integration tests (one build of a site copy)',
    command: 'vitest run --config vitest.integration.config.ts',
    critical: false,
    after: [],
    // Its copy's build reuses the social cards the main build drew (same cache, content-addressed).
    waitFor: ['build'],
  },
];

const argv = process.argv.slice(2);
const sequential = argv.includes('--sequential');
const stagesArg = argv[argv.indexOf('--stages') + 1];
const keys = argv.includes('--stages') ? (stagesArg ?? '').split(',').filter(Boolean) : ALL.map((s) => s.key);
const unknown = keys.filter((k) => !ALL.some((s) => s.key === k));
if (unknown.length || keys.length === 0) {
  console.error(
    `tests/run.ts: unknown stage(s) ${unknown.join(', ') || '(none given)'} after --stages. Stages: ${ALL.map((s) => s.key).join(', ')}.`,
  );
  process.exit(2);
}
const STAGES = ALL.filter((s) => keys.includes(s.key));
const SIDE_SLOTS = 2;
const NICE = argv.includes('--nice') && process.platform !== 'win32' && existsSync('/usr/bin/nice') && !sequential;

interface Result {
  stage: Stage;
  status: 'passed' | 'failed' | 'not run';
  startedMs: number;
  ms: number;
  output: string;
}

const t0 = performance.now();
const since = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const env = {
  ...process.env,
  PATH: `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
  ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : { FORCE_COLOR: '0' }),
};

function run(stage: Stage): Promise<Result> {
  const startedMs = performance.now() - t0;
  const command = NICE && !stage.critical ? `nice -n 10 ${stage.command}` : stage.command;
  console.log(`▶ ${stage.name} started at ${since(startedMs)}: ${stage.command}`);
  return new Promise((done) => {
    const child = spawn(command, { cwd: ROOT, shell: true, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const ms = performance.now() - t0 - startedMs;
      done({ stage, status: code === 0 ? 'passed' : 'failed', startedMs, ms, output });
    });
  });
}

function report(r: Result) {
  const mark = r.status === 'passed' ? '✓' : '✗';
  const line = '─'.repeat(Math.max(0, 96 - r.stage.name.length));
  console.log(`\n${mark} ${r.stage.name}: ${r.status} in ${since(r.ms)} ${line}`);
  if (r.output.trim()) console.log(r.output.trimEnd());
}

const results = new Map<string, Result>();
const running = new Map<string, Promise<Result>>();
const ended = (k: string) => results.has(k) || !STAGES.some((s) => s.key === k);
const passedOrAbsent = (k: string) => results.get(k)?.status === 'passed' || !STAGES.some((s) => s.key === k);

/** Starts every stage whose turn has come; returns when all have ended. */
async function schedule() {
  while (results.size < STAGES.length) {
    for (const stage of STAGES) {
      if (results.has(stage.key) || running.has(stage.key)) continue;
      // A stage whose prerequisite failed is not run (and fails the run).
      if (stage.after.some((k) => results.has(k) && results.get(k)!.status !== 'passed')) {
        const r: Result = {
          stage,
          status: 'not run',
          startedMs: 0,
          ms: 0,
          output: `(needs ${stage.after.join(', ')})`,
        };
        results.set(stage.key, r);
        report(r);
        continue;
      }
      if (!stage.after.every(passedOrAbsent) || !(stage.waitFor ?? []).every(ended)) continue;
      if (sequential) {
        if (running.size > 0) break;
      } else if (!stage.critical) {
        const side = [...running.keys()].filter((k) => !STAGES.find((s) => s.key === k)!.critical).length;
        if (side >= SIDE_SLOTS) continue;
      }
      running.set(
        stage.key,
        run(stage).then((r) => {
          running.delete(stage.key);
          results.set(stage.key, r);
          report(r);
          return r;
        }),
      );
      if (sequential) break;
    }
    if (running.size) await Promise.race(running.values());
  }
}

await schedule();

const total = performance.now() - t0;
const rows = STAGES.map((s) => results.get(s.key)!);
const width = Math.max(...rows.map((r) => r.stage.name.length));
console.log(
  `\nnpm test: ${sequential ? 'stages one after another' : `stages overlapped (the critical path: build, then browser)${NICE ? ', the others niced' : ''}`}`,
);
console.log(`  ${'stage'.padEnd(width)}  result    start     time`);
for (const r of [...rows].sort((a, b) => a.startedMs - b.startedMs))
  console.log(
    `  ${r.stage.name.padEnd(width)}  ${r.status.padEnd(8)}  ${since(r.startedMs).padStart(7)}  ${since(r.ms).padStart(7)}`,
  );
const failed = rows.filter((r) => r.status !== 'passed');
if (failed.length) {
  console.error(
    `\n✗ ${failed.length} stage(s) failed: ${failed.map((r) => r.stage.name).join('; ')}. Total ${since(total)}.`,
  );
  process.exit(1);
}
console.log(`\n✓ all ${rows.length} stages passed in ${since(total)}.`);
