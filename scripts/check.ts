/**
 * `npm run check`: every content problem at once, in seconds, without building the site.
 * Prints file, line, what is wrong and how to fix it; never a stack trace.
 */
import { checkContent } from '../src/data/check-content.ts';
import { formatProblem } from '../src/schemas/format-issues.ts';

const started = performance.now();
const { errors, warnings, counts } = await checkContent(process.cwd());
for (const w of warnings) console.warn(`warning  ${formatProblem(w)}`);
for (const e of errors) console.error(`error    ${formatProblem(e)}`);
const ms = Math.round(performance.now() - started);
const summary = Object.entries(counts)
  .map(([k, v]) => `${v} ${k}`)
  .join(', ');
if (errors.length) {
  console.error(
    `\n✗ ${errors.length} problem(s) to fix, ${warnings.length} warning(s). Checked ${summary} in ${ms} ms.`,
  );
  process.exit(1);
}
console.log(`✓ content OK (${warnings.length} warning(s)). Checked ${summary} in ${ms} ms.`);
