/**
 * `npm run check`: the fast static checks, two at a time (the machine this must stay fast on has two
 * cores), each one's output printed in full when it fails, and the time each took.
 * The content check comes first because its messages are the ones writers need.
 *
 * The TypeScript check (`astro check`, about 32 s of CPU on its own) is not in the default set: it
 * alone would hold `npm run check` over 30 s on two cores. `npm run typecheck` runs it, and `npm test`
 * runs it beside the unit tests (`--steps types,unit`), so nothing is skipped, only moved.
 * `--steps a,b` runs the named steps (names below); `--steps all` runs every check and the unit tests.
 */
import { spawn } from 'node:child_process';

interface Step {
  key: string;
  name: string;
  command: string;
  /** Part of `npm run check` (the default set). */
  fast: boolean;
}

const ALL: Step[] = [
  { key: 'content', name: 'content (schemas, citations, MDX)', command: 'node scripts/check.ts', fast: true },
  { key: 'types', name: 'types (astro check)', command: 'astro check --minimumSeverity error', fast: false },
  { key: 'unit', name: 'unit tests (Vitest)', command: 'vitest run', fast: false },
  {
    key: 'lint',
    name: 'lint (ESLint)',
    command: 'eslint --cache --cache-location node_modules/.cache/eslint .',
    fast: true,
  },
  { key: 'format', name: 'format (Prettier)', command: 'prettier --check --cache --log-level warn .', fast: true },
  { key: 'knip', name: 'unused files, exports, dependencies (Knip)', command: 'knip --no-progress', fast: true },
  {
    key: 'layers',
    name: 'layers (dependency-cruiser)',
    command: 'depcruise src --config .dependency-cruiser.cjs',
    fast: true,
  },
];

function chosen(argv: string[]): Step[] {
  const i = argv.indexOf('--steps');
  if (i < 0) return ALL.filter((s) => s.fast);
  const keys = (argv[i + 1] ?? '').split(',').filter(Boolean);
  if (keys.includes('all')) return ALL;
  const unknown = keys.filter((k) => !ALL.some((s) => s.key === k));
  if (unknown.length || keys.length === 0) {
    console.error(
      `check-all: unknown step(s) ${unknown.join(', ') || '(none given)'} after --steps. Steps: ${ALL.map((s) => s.key).join(', ')}, or all.`,
    );
    process.exit(2);
  }
  return ALL.filter((s) => keys.includes(s.key));
}

const STEPS = chosen(process.argv.slice(2));
const PARALLEL = 2;

function run(step: Step): Promise<{ step: Step; ok: boolean; ms: number; output: string }> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(step.command, { shell: true, env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ step, ok: code === 0, ms: performance.now() - started, output }));
  });
}

const started = performance.now();
const queue = [...STEPS];
const results: Awaited<ReturnType<typeof run>>[] = [];
await Promise.all(
  Array.from({ length: PARALLEL }, async () => {
    for (let step = queue.shift(); step; step = queue.shift()) {
      const r = await run(step);
      results.push(r);
      console.log(`${r.ok ? '✓' : '✗'} ${r.step.name} (${(r.ms / 1000).toFixed(1)} s)`);
      if (!r.ok || r.step.key === 'content') console.log(r.output.trimEnd().replace(/^/gm, '    '));
    }
  }),
);
const failed = results.filter((r) => !r.ok);
const total = ((performance.now() - started) / 1000).toFixed(1);
if (failed.length) {
  console.error(
    `\n✗ ${failed.length} check(s) failed: ${failed.map((r) => r.step.name).join('; ')}. Total ${total} s.`,
  );
  process.exit(1);
}
console.log(`\n✓ all ${results.length} checks passed in ${total} s.`);
