/**
 * `npm run check`: every static check, two at a time (the machine this must stay fast on has two
 * cores), each one's output printed in full when it fails, and the time each took.
 * The content check comes first because its messages are the ones writers need.
 */
import { spawn } from 'node:child_process';

interface Step {
  name: string;
  command: string;
}

const STEPS: Step[] = [
  { name: 'content (schemas, citations, MDX)', command: 'node scripts/check.ts' },
  { name: 'types (astro check)', command: 'astro check --minimumSeverity error' },
  { name: 'lint (ESLint)', command: 'eslint --cache --cache-location node_modules/.cache/eslint .' },
  { name: 'format (Prettier)', command: 'prettier --check --cache --log-level warn .' },
  { name: 'unused files, exports, dependencies (Knip)', command: 'knip --no-progress' },
  { name: 'layers (dependency-cruiser)', command: 'depcruise src --config .dependency-cruiser.cjs' },
];
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
      if (!r.ok || r.step === STEPS[0]) console.log(r.output.trimEnd().replace(/^/gm, '    '));
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
