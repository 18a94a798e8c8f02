/**
 * Runs every content check: data schemas, chapter frontmatter and MDX, and cross-record integrity.
 * Shared by `npm run check`, the build (via the integrity integration) and the tests.
 */
import type { Problem } from '../schemas/format-issues.ts';
import { checkIntegrity } from './integrity.ts';
import { readChapters, readPageUses, type ChapterFrontmatter } from './read-chapters.ts';
import { readData } from './read-data.ts';
import { checkStyle } from './style-check.ts';

export interface CheckResult {
  errors: Problem[];
  warnings: Problem[];
  counts: Record<string, number>;
  /** Each chapter file's valid frontmatter (`cornea.mdx`, `ja/cornea.mdx`): the build draws social cards from it. */
  chapters: Map<string, ChapterFrontmatter>;
}

export async function checkContent(
  root: string,
  opts: { chaptersDir?: string; dataDir?: string; pagesDir?: string } = {},
): Promise<CheckResult> {
  const { data, problems } = readData(root, opts.dataDir);
  const chapters = await readChapters(root, opts.chaptersDir);
  const pages = readPageUses(root, opts.pagesDir);
  const integrity = checkIntegrity(data, [...chapters.uses, ...pages.uses], chapters.ids);
  const counts: Record<string, number> = { chapters: chapters.count };
  for (const [k, v] of Object.entries(data)) counts[k] = v.length;
  // House style: banned forms from content/style/*.yaml (docs/ja-style.md for Japanese).
  const style = checkStyle(root, opts);
  counts['style rules'] = style.rules;
  return {
    errors: [...problems, ...chapters.problems, ...pages.problems, ...integrity.errors, ...style.errors],
    warnings: [...integrity.warnings, ...style.warnings],
    counts,
    chapters: chapters.frontmatter,
  };
}
