/**
 * `npm run new:chapter -- <slug>`: starts a new chapter from templates/chapter.mdx.
 *
 *   npm run new:chapter                                   asks for everything
 *   npm run new:chapter -- heart-sheets                   asks for what is missing (in a terminal)
 *   npm run new:chapter -- heart-sheets --title "..." --description "..." --area heart [--order 80]
 *   ... --root <dir>                                      scaffold into another copy of the project
 *
 * Writes content/chapters/<slug>.mdx with the frontmatter filled in (order = the next free multiple
 * of 10; updated and asOf = today), runs the content check on it and prints the next steps.
 * Runs on Node 24's type stripping (`node scripts/new-chapter.ts`); no build step, no dependencies
 * beyond the project's own. Problems are printed as one plain line each, never a stack trace.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { parse as parseYaml } from 'yaml';
import { AREAS, AREA_LABELS } from '../src/schemas/areas.ts';
import { chapterSchema } from '../src/schemas/chapter.ts';
import { checkContent } from '../src/data/check-content.ts';
import { formatProblem } from '../src/schemas/format-issues.ts';
import { CHAPTERS_DIR } from '../src/data/collections.ts';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const TEMPLATE = fileURLToPath(new URL('../templates/chapter.mdx', import.meta.url));
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const USAGE = `Usage: npm run new:chapter -- <slug> [--title "..."] [--description "..."] [--area <area>] [--order <n>] [--root <dir>]

  <slug>          the chapter's address, lower-case words joined by hyphens, e.g. heart-muscle-sheets
  --title         headline, 5-90 characters
  --description   one sentence for the chapter list and search results, 40-220 characters
  --area          one of: ${AREAS.join(', ')}
  --order         place in the chapter list (default: the next free multiple of 10)
  --root          the project folder to write into (default: this project)

Run it with no arguments, or in a terminal with some values missing, and it asks for them.`;

class UserError extends Error {}

const messages = {
  badSlug: (slug: string) =>
    `"${slug}" is not a valid chapter slug: use lower-case words joined by hyphens, e.g. heart-muscle-sheets.`,
  exists: (file: string) => `${file} already exists: choose another slug, or edit that chapter instead.`,
};

type Field = 'title' | 'description' | 'area' | 'order';

/** Checks one frontmatter value with the chapter schema itself, so the messages match `npm run check`. */
function fieldProblem(field: Field, value: unknown): string | undefined {
  const result = chapterSchema.shape[field].safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

function chapterFiles(root: string): string[] {
  const dir = join(root, CHAPTERS_DIR);
  return existsSync(dir) ? readdirSync(dir).filter((f) => /\.mdx?$/.test(f)) : [];
}

/** Smallest multiple of 10 above every chapter's order, so a new chapter goes to the end of the list. */
function nextOrder(root: string): number {
  let max = 0;
  for (const f of chapterFiles(root)) {
    const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(root, CHAPTERS_DIR, f), 'utf8'))?.[1];
    try {
      const order = (parseYaml(fm ?? '') as { order?: unknown } | null)?.order;
      if (typeof order === 'number' && order > max) max = order;
    } catch {
      // A chapter with broken frontmatter is `npm run check`'s business, not ours.
    }
  }
  return Math.min(990, Math.floor(max / 10) * 10 + 10);
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function parseArea(answer: string): string {
  const a = answer.trim();
  const n = Number(a);
  if (/^\d+$/.test(a) && n >= 1 && n <= AREAS.length) return AREAS[n - 1]!;
  return a;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        description: { type: 'string' },
        area: { type: 'string' },
        order: { type: 'string' },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    const unknown = /Unknown option '([^']+)'/.exec((err as Error).message)?.[1];
    throw new UserError(`${unknown ? `unknown option ${unknown}.` : (err as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length > 1) {
    throw new UserError(
      `give one slug, not ${positionals.length} (${positionals.join(' ')}). Put text with spaces in quotes: --title "My title".`,
    );
  }

  const root = resolve(values.root ?? PROJECT);
  if (!existsSync(join(root, CHAPTERS_DIR))) {
    throw new UserError(
      `no ${CHAPTERS_DIR} folder in ${root}: run this from the project, or pass --root <project folder>.`,
    );
  }

  const answers: Partial<Record<Field | 'slug', string | undefined>> = {
    slug: positionals[0],
    title: values.title,
    description: values.description,
    area: values.area,
    order: values.order,
  };
  const missing = (['slug', 'title', 'description', 'area'] as const).filter((k) => answers[k] === undefined);
  const interactive = argv.length === 0 || (Boolean(process.stdin.isTTY) && missing.length > 0);

  const checkSlug = (slug: string): string | undefined => {
    if (!SLUG.test(slug)) return messages.badSlug(slug);
    const taken = [`${slug}.mdx`, `${slug}.md`].find((f) => existsSync(join(root, CHAPTERS_DIR, f)));
    return taken ? messages.exists(`${CHAPTERS_DIR}/${taken}`) : undefined;
  };

  // Flags are checked before any question, so a typo fails fast.
  for (const key of ['slug', 'title', 'description', 'area'] as const) {
    const v = answers[key];
    if (v === undefined) continue;
    const problem = key === 'slug' ? checkSlug(v) : fieldProblem(key, v);
    if (problem) throw new UserError(problem);
  }
  if (answers.order !== undefined) {
    const problem = /^\d+$/.test(answers.order)
      ? fieldProblem('order', Number(answers.order))
      : 'order must be a whole number, e.g. 30.';
    if (problem) throw new UserError(problem);
  }

  if (missing.length && !interactive) {
    const flags = missing
      .map((k) => (k === 'slug' ? '<slug>' : k === 'area' ? '--area <area>' : `--${k} "..."`))
      .join(' ');
    throw new UserError(
      `missing ${missing.join(', ')}. Give ${flags}, or run the command in a terminal to be asked.\n\n${USAGE}`,
    );
  }

  if (missing.length) {
    const rl = createInterface({
      input: process.stdin,
      output: process.stdout,
      terminal: Boolean(process.stdin.isTTY),
    });
    // Reading lines through the iterator keeps answers piped in before a question is asked.
    const lines = rl[Symbol.asyncIterator]();
    rl.on('SIGINT', () => {
      console.error('\nStopped; nothing was written.');
      process.exit(130);
    });
    const ask = async (
      question: string,
      check: (answer: string) => string | undefined,
      transform = (a: string) => a.trim(),
    ) => {
      for (;;) {
        process.stdout.write(question);
        const { value, done } = await lines.next();
        if (done) process.stdout.write('\n');
        if (done)
          throw new UserError('no answer given (input ended). Run the command again, or pass the values as flags.');
        const answer = transform(String(value));
        if (!process.stdin.isTTY) process.stdout.write(`${answer}\n`);
        const problem = check(answer);
        if (!problem) return answer;
        if (!process.stdin.isTTY) throw new UserError(problem);
        console.log(`  ${problem}`);
      }
    };
    try {
      console.log('A new chapter. Press Ctrl+C to stop at any time.\n');
      if (answers.slug === undefined) {
        answers.slug = await ask(
          "Slug, the chapter's address (lower-case words joined by hyphens, e.g. heart-muscle-sheets): ",
          checkSlug,
        );
      }
      if (answers.title === undefined) {
        answers.title = await ask('Title, the page headline (5-90 characters): ', (a) => fieldProblem('title', a));
      }
      if (answers.description === undefined) {
        answers.description = await ask(
          'Description, one sentence for the chapter list and search results (40-220 characters):\n> ',
          (a) => fieldProblem('description', a),
        );
      }
      if (answers.area === undefined) {
        console.log('Area:');
        AREAS.forEach((a, i) => console.log(`  ${String(i + 1).padStart(2)}. ${a.padEnd(14)} ${AREA_LABELS[a]}`));
        answers.area = await ask(
          `Choose a number (1-${AREAS.length}) or a name: `,
          (a) => fieldProblem('area', a),
          parseArea,
        );
      }
    } finally {
      rl.close();
    }
  }

  const slug = answers.slug!;
  const order = answers.order !== undefined ? Number(answers.order) : nextOrder(root);
  const date = today();
  const fill: Record<string, string> = {
    // JSON strings are valid YAML double-quoted strings: safe for colons, quotes and apostrophes.
    title: JSON.stringify(answers.title!.trim()),
    description: JSON.stringify(answers.description!.trim()),
    area: answers.area!,
    order: String(order),
    today: date,
  };
  const template = readFileSync(TEMPLATE, 'utf8');
  const source = template.replace(/\{\{(\w+)\}\}/g, (m, key: string) => fill[key] ?? m);
  const rel = `${CHAPTERS_DIR}/${slug}.mdx`;
  writeFileSync(join(root, rel), source, { flag: 'wx' });
  console.log(`\n✓ Created ${rel} (area ${fill.area}, order ${order}, updated and asOf ${date}).`);

  const { errors } = await checkContent(root);
  const mine = errors.filter((e) => e.file === rel);
  const others = errors.length - mine.length;
  if (mine.length) {
    for (const e of mine) console.error(`error    ${formatProblem(e)}`);
    console.error(
      `\n✗ The new chapter does not pass the content check. Fix the lines above, or report it: the template should always pass.`,
    );
    return 1;
  }
  console.log(
    `✓ The new chapter passes the content check${others ? ` (${others} problem(s) in other files; \`npm run check\` lists them)` : ''}.`,
  );

  console.log(`
Next steps:
  1. Open ${rel}. Every sentence in it is a sample: replace them with your own,
     keep the section headings, and follow the {/* notes */}, then delete them.
  2. Add your sources to content/data/references.yaml and cite them with <Cite id="..." />.
  3. npm run check      every problem at once, with file, line and fix (takes a second)
  4. npm run dev        then open http://localhost:4321/chapters/${slug}/
  5. Open a pull request and work through the checklist (see CONTRIBUTING.md).`);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  if (err instanceof UserError) {
    console.error(`✗ ${err.message}`);
  } else {
    console.error(`✗ new:chapter failed: ${(err as Error).message ?? err}`);
  }
  process.exitCode = 1;
}
