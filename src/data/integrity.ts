/**
 * Cross-record checks the schemas cannot make alone: ids that must exist, ids that must be unique,
 * dates that must be in order. Pure: data in, problems out.
 */
import type { Problem } from '../schemas/format-issues.ts';
import { endOf, startOf } from '../schemas/dates.ts';
import { DATA_COLLECTIONS, DATA_DIR, type DataCollectionName } from './collections.ts';
import { recordFile } from './read-data.ts';
import type { SiteData } from './read-data.ts';
import type { ChapterUse } from '../mdx/uses.ts';

export interface IntegrityResult {
  errors: Problem[];
  warnings: Problem[];
}

/** The file a record came from (a collection may span a file and a folder), else the collection's main file. */
const fileOf = (name: DataCollectionName, record?: object) =>
  (record && recordFile.get(record)) ?? `${DATA_DIR}/${DATA_COLLECTIONS[name].file}`;

/** Suggest the closest known id, because most unknown ids are typos. */
export function closest(id: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const k of known) {
    const d = distance(id, k);
    if (d < bestScore) [best, bestScore] = [k, d];
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(id.length / 3)) ? best : undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

function unknownId(kind: string, id: string, known: Set<string>, where: string): string {
  const hint = closest(id, known);
  return `unknown ${kind} id "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}. Add it to ${where} or fix the spelling.`;
}

export function checkIntegrity(data: SiteData, uses: ChapterUse[] = [], chapterIds?: Set<string>): IntegrityResult {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const ids = {} as Record<DataCollectionName, Set<string>>;

  for (const name of Object.keys(DATA_COLLECTIONS) as DataCollectionName[]) {
    const seen = new Set<string>();
    for (const record of data[name] as { id: string }[]) {
      if (seen.has(record.id)) {
        errors.push({
          file: fileOf(name, record),
          where: `record "${record.id}"`,
          message: `duplicate id "${record.id}": every ${name} record needs its own id.`,
        });
      }
      seen.add(record.id);
    }
    ids[name] = seen;
  }

  const cited = new Set<string>();
  const checkRefs = (name: DataCollectionName, record: { id: string }, refs: readonly string[], field = 'refs') => {
    const id = record.id;
    for (const ref of refs) {
      cited.add(ref);
      if (!ids.references.has(ref)) {
        errors.push({
          file: fileOf(name, record),
          where: `record "${id}" › ${field}`,
          message: unknownId('reference', ref, ids.references, fileOf('references')),
        });
      }
    }
  };

  for (const t of data.trials) {
    checkRefs('trials', t, t.refs);
    if (t.dose) checkRefs('trials', t, t.dose.refs, 'dose.refs');
    if (t.end && endOf(t.end) < startOf(t.start)) {
      errors.push({
        file: fileOf('trials', t),
        where: `record "${t.id}" › end`,
        message: `end (${t.end}) is before start (${t.start}).`,
      });
    }
  }
  for (const e of data.events) {
    checkRefs('events', e, e.refs);
    if (e.trial && !ids.trials.has(e.trial)) {
      errors.push({
        file: fileOf('events', e),
        where: `record "${e.id}" › trial`,
        message: unknownId('trial', e.trial, ids.trials, fileOf('trials')),
      });
    }
  }
  for (const g of data.glossary) {
    checkRefs('glossary', g, g.refs);
    for (const r of g.related) {
      if (!ids.glossary.has(r))
        errors.push({
          file: fileOf('glossary', g),
          where: `record "${g.id}" › related`,
          message: unknownId('glossary', r, ids.glossary, fileOf('glossary')),
        });
    }
  }
  for (const p of data.products) {
    p.stages.forEach((s, i) => checkRefs('products', p, s.refs, `stages.${i}.refs`));
    if (p.trial && !ids.trials.has(p.trial)) {
      errors.push({
        file: fileOf('products', p),
        where: `record "${p.id}" › trial`,
        message: unknownId('trial', p.trial, ids.trials, fileOf('trials')),
      });
    }
    for (let i = 1; i < p.stages.length; i++) {
      if (startOf(p.stages[i]!.date) < startOf(p.stages[i - 1]!.date)) {
        errors.push({
          file: fileOf('products', p),
          where: `record "${p.id}" › stages.${i}`,
          message: 'stages must be listed in date order.',
        });
      }
    }
  }
  for (const c of data.trialCounts) checkRefs('trialCounts', c, c.refs);
  for (const t of data.teaching) {
    for (const v of t.vocabulary) {
      if (!ids.glossary.has(v))
        errors.push({
          file: fileOf('teaching', t),
          where: `record "${t.id}" › vocabulary`,
          message: unknownId('glossary', v, ids.glossary, fileOf('glossary')),
        });
    }
    if (chapterIds && !chapterIds.has(t.id)) {
      errors.push({
        file: fileOf('teaching', t),
        where: `record "${t.id}"`,
        message: unknownId('chapter', t.id, chapterIds, 'content/chapters/ (as <id>.mdx)'),
      });
    }
  }
  for (const c of data.cellScales) checkRefs('cellScales', c, c.refs);
  for (const c of data.corrections) checkRefs('corrections', c, c.refs);

  const collectionFor = {
    reference: 'references',
    glossary: 'glossary',
    trial: 'trials',
    event: 'events',
    product: 'products',
    trialCount: 'trialCounts',
  } as const;
  for (const use of uses) {
    const name = collectionFor[use.kind];
    if (use.kind === 'reference') cited.add(use.id);
    if (!ids[name].has(use.id)) {
      errors.push({
        file: use.file,
        line: use.line,
        where: `<${use.component}>`,
        message: unknownId(use.kind, use.id, ids[name], fileOf(name)),
      });
    }
  }

  for (const r of data.references) {
    if (!cited.has(r.id)) {
      warnings.push({
        file: fileOf('references', r),
        where: `record "${r.id}"`,
        message: 'this reference is never cited by a chapter or a data record.',
      });
    }
  }
  return { errors, warnings };
}
