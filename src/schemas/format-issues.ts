/**
 * Turns schema issues into lines a writer can act on: file, field, what is wrong and what is allowed.
 * Used by `npm run check`, the data integrity checks and the tests, so every tool speaks alike.
 */
import type { z } from 'astro/zod';

export interface Problem {
  file: string;
  /** Record id or field path inside the file, when there is one. */
  where?: string | undefined;
  line?: number | undefined;
  message: string;
}

export function issuesToProblems(file: string, issues: readonly z.core.$ZodIssue[], prefix = ''): Problem[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const where = [prefix, path].filter(Boolean).join(' › ') || undefined;
    return { file, where, message: issue.message };
  });
}

export function formatProblem(p: Problem): string {
  const loc = p.line ? `${p.file}:${p.line}` : p.file;
  return `${loc}${p.where ? ` › ${p.where}` : ''}: ${p.message}`;
}
