/**
 * Reads and validates every data file without Astro, so checks run in a second, not a build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { DATA_COLLECTIONS, DATA_DIR, dataFiles, type DataCollectionName } from './collections.ts';
import { issuesToProblems, type Problem } from '../schemas/format-issues.ts';

type Output<N extends DataCollectionName> = z.output<(typeof DATA_COLLECTIONS)[N]['schema']>;
export type SiteData = { [N in DataCollectionName]: Output<N>[] };

export interface ReadResult {
  data: SiteData;
  problems: Problem[];
}

/** Line numbers of each top-level record, so a problem points at the record, not just the file. */
function recordLines(source: string): number[] {
  const lines: number[] = [];
  source.split('\n').forEach((line, i) => {
    if (/^- /.test(line)) lines.push(i + 1);
  });
  return lines;
}

/** The file each parsed record came from, for problems found later (integrity checks). */
export const recordFile = new WeakMap<object, string>();

/** Parses one YAML list, validating each record; good records go to `items`, the rest to `problems`. */
function readFile(root: string, rel: string, schema: z.ZodType, items: unknown[], problems: Problem[]): void {
  const source = readFileSync(join(root, rel), 'utf8');
  const doc = parseDocument(source);
  if (doc.errors.length) {
    for (const err of doc.errors) {
      problems.push({ file: rel, line: err.linePos?.[0]?.line, message: `YAML syntax: ${err.message.split('\n')[0]}` });
    }
    return;
  }
  const raw = doc.toJS({ maxAliasCount: 0 }) ?? [];
  if (!Array.isArray(raw)) {
    problems.push({ file: rel, message: 'the file must be a YAML list of records, each starting with "- id: ..."' });
    return;
  }
  const lines = recordLines(source);
  raw.forEach((record: unknown, i: number) => {
    const parsed = schema.safeParse(record);
    const id = (record as { id?: unknown })?.id;
    const label = typeof id === 'string' ? `record "${id}"` : `record #${i + 1}`;
    if (parsed.success) {
      items.push(parsed.data);
      if (parsed.data && typeof parsed.data === 'object') recordFile.set(parsed.data, rel);
    } else problems.push(...issuesToProblems(rel, parsed.error.issues, label).map((p) => ({ ...p, line: lines[i] })));
  });
}

export function readData(root = '.', dir = DATA_DIR): ReadResult {
  const problems: Problem[] = [];
  const data = {} as SiteData;
  for (const [name, { file, schema }] of Object.entries(DATA_COLLECTIONS) as [
    DataCollectionName,
    (typeof DATA_COLLECTIONS)[DataCollectionName],
  ][]) {
    (data as Record<string, unknown[]>)[name] = [];
    const files = dataFiles(name, root, dir);
    if (!files.length) {
      const rel = join(dir, file);
      problems.push({ file: rel, message: `missing data file: create ${rel} as a YAML list (it may be empty: [])` });
      continue;
    }
    for (const rel of files) readFile(root, rel, schema, (data as Record<string, unknown[]>)[name]!, problems);
  }
  return { data, problems };
}
