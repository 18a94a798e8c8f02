/**
 * Runs every content check: data schemas, chapter frontmatter and MDX, and cross-record integrity.
 * Shared by `npm run check`, the build (via the integrity integration) and the tests.
 */
import type { Problem } from '../schemas/format-issues.ts';
import { checkIntegrity } from './integrity.ts';
import { readChapters } from './read-chapters.ts';
import { readData } from './read-data.ts';

export interface CheckResult {
  errors: Problem[];
  warnings: Problem[];
  counts: Record<string, number>;
}

export async function checkContent(
  root: string,
  opts: { chaptersDir?: string; dataDir?: string } = {},
): Promise<CheckResult> {
  const { data, problems } = readData(root, opts.dataDir);
  const chapters = await readChapters(root, opts.chaptersDir);
  const integrity = checkIntegrity(data, chapters.uses, chapters.ids);
  const counts: Record<string, number> = { chapters: chapters.count };
  for (const [k, v] of Object.entries(data)) counts[k] = v.length;
  return {
    errors: [...problems, ...chapters.problems, ...integrity.errors],
    warnings: integrity.warnings,
    counts,
  };
}
