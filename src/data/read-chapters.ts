/**
 * Reads every chapter's MDX as the build would (same parser family), checking frontmatter and
 * syntax and collecting the ids it uses. Errors name the file and line; no stack traces.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Root } from 'mdast';
import type { z } from 'astro/zod';
import { chapterSchema } from '../schemas/chapter.ts';
import { issuesToProblems, type Problem } from '../schemas/format-issues.ts';
import { jsxElements, parseMdx, rememberComponents } from '../mdx/parse.ts';
import { collectUses, type ChapterUse } from '../mdx/uses.ts';
import { checkVocabulary } from '../mdx/check-vocabulary.ts';
import { CHAPTERS_DIR, PAGES_DIR } from './collections.ts';
import { chapterFileNames, chapterIdOf, TRANSLATION_LANGS } from './chapter-files.ts';

export type ChapterFrontmatter = z.output<typeof chapterSchema>;

export interface ChaptersResult {
  count: number;
  /** File names without extension: the chapter ids used in URLs. */
  ids: Set<string>;
  problems: Problem[];
  uses: ChapterUse[];
  /** The frontmatter of every chapter whose frontmatter is valid, by file (`cornea.mdx`, `ja/cornea.mdx`). */
  frontmatter: Map<string, ChapterFrontmatter>;
}

export function checkChapterSource(
  file: string,
  source: string,
): { problems: Problem[]; uses: ChapterUse[]; frontmatter?: ChapterFrontmatter } {
  const problems: Problem[] = [];
  let frontmatter: ChapterFrontmatter | undefined;
  let tree: Root;
  try {
    tree = parseMdx(source);
  } catch (err) {
    const e = err as {
      reason?: string;
      message?: string;
      line?: number;
      place?: { line?: number; start?: { line?: number } };
    };
    const line = e.line ?? e.place?.line ?? e.place?.start?.line;
    return {
      problems: [
        {
          file,
          line,
          message: `MDX syntax: ${e.reason ?? e.message}. Check that every <Component> is closed (<Cite id="x" />) and that { } < > in text are escaped.`,
        },
      ],
      uses: [],
    };
  }
  const yamlNode = tree.children.find((n) => n.type === 'yaml') as { value: string } | undefined;
  if (!yamlNode) {
    problems.push({
      file,
      line: 1,
      message:
        'no frontmatter: start the file with a --- block holding title, description, area, order, updated and asOf.',
    });
  } else {
    let fm: unknown;
    try {
      fm = parseYaml(yamlNode.value);
    } catch (err) {
      problems.push({ file, line: 1, message: `frontmatter YAML: ${(err as Error).message.split('\n')[0]}` });
    }
    if (fm !== undefined) {
      const result = chapterSchema.safeParse(fm ?? {});
      if (result.success) frontmatter = result.data;
      else {
        // Point at the key's own line (the frontmatter starts on line 2); a missing key or an
        // unknown one points at the top of the frontmatter.
        const lines = source.split('\n');
        const lineOf = (key: unknown) => {
          const i = typeof key === 'string' ? lines.findIndex((l, n) => n > 0 && l.startsWith(`${key}:`)) : -1;
          return i > 0 ? i + 1 : 1;
        };
        problems.push(
          ...result.error.issues.map((issue) => ({
            ...issuesToProblems(file, [issue], 'frontmatter')[0]!,
            line: lineOf(issue.path[0] ?? (issue as { keys?: string[] }).keys?.[0]),
          })),
        );
      }
    }
  }
  // One walk of the tree for its components, shared by the three uses below.
  const elements = jsxElements(tree);
  problems.push(...checkVocabulary(tree, file, elements));
  // The build lists each chapter's charts again (embeds, CSVs, gallery): keep them, not the tree.
  rememberComponents(source, tree, elements);
  return { problems, uses: collectUses(tree, file, elements), ...(frontmatter ? { frontmatter } : {}) };
}

export async function readChapters(root = '.', dir = CHAPTERS_DIR): Promise<ChaptersResult> {
  const abs = join(root, dir);
  if (!existsSync(abs)) return { count: 0, ids: new Set(), problems: [], uses: [], frontmatter: new Map() };
  const mdx = (d: string) => chapterFileNames(join(abs, d), /\.mdx?$/);
  const english = mdx('.');
  const files = [...english, ...TRANSLATION_LANGS.flatMap((lang) => mdx(lang).map((f) => `${lang}/${f}`))];
  const problems: Problem[] = [];
  const uses: ChapterUse[] = [];
  const frontmatter = new Map<string, ChapterFrontmatter>();
  for (const f of files) {
    const rel = `${dir}/${f}`;
    const result = checkChapterSource(rel, readFileSync(join(abs, f), 'utf8'));
    problems.push(...result.problems);
    uses.push(...result.uses);
    if (result.frontmatter) frontmatter.set(f, result.frontmatter);
  }
  for (const lang of TRANSLATION_LANGS) {
    for (const f of mdx(lang)) {
      if (!english.includes(f))
        problems.push({
          file: `${dir}/${lang}/${f}`,
          message: `a translation needs an English original: there is no ${dir}/${f}. Use the same file name as the English chapter.`,
        });
    }
  }
  return { count: files.length, ids: new Set(english.map(chapterIdOf)), problems, uses, frontmatter };
}

/**
 * The stand-alone reader pages (content/pages/, e.g. "Can I get it?") cite and link like chapters:
 * read their MDX for syntax and the ids they use, so an unknown citation there fails and a
 * reference cited only by a page is not reported as never cited. Their frontmatter has its own
 * schema, checked by the build, and their components take a lang prop chapters do not (pages are
 * not run through the chapters' remark plugin), so the chapters' prop check does not apply.
 */
export function readPageUses(root = '.', dir = PAGES_DIR): { problems: Problem[]; uses: ChapterUse[] } {
  const abs = join(root, dir);
  if (!existsSync(abs)) return { problems: [], uses: [] };
  const mdx = (d: string) => chapterFileNames(join(abs, d), /\.mdx?$/);
  const files = [...mdx('.'), ...TRANSLATION_LANGS.flatMap((lang) => mdx(lang).map((f) => `${lang}/${f}`))];
  const problems: Problem[] = [];
  const uses: ChapterUse[] = [];
  for (const f of files) {
    const file = `${dir}/${f}`;
    let tree: Root;
    try {
      tree = parseMdx(readFileSync(join(abs, f), 'utf8'));
    } catch (err) {
      problems.push({ file, message: `MDX syntax: ${(err as Error).message}` });
      continue;
    }
    uses.push(...collectUses(tree, file));
  }
  return { problems, uses };
}
