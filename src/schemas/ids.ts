import { z } from 'astro/zod';

/** Ids are what writers type in <Cite id="..."> and refs lists, so keep them short and predictable. */
export function slugId(what: string) {
  return z.string({ error: `${what} is required.` }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) =>
      `${what} must be lower-case words joined by hyphens, e.g. sawamoto-2025 (got ${JSON.stringify(issue.input)}).`,
  });
}

/** A list of reference ids; every record that states a fact must cite at least one. */
export function refList(what = 'refs') {
  return z
    .array(slugId(`each id in ${what}`), { error: `${what} must be a list of reference ids, e.g. [sawamoto-2025].` })
    .min(1, { error: `${what} needs at least one reference id: every fact must trace to a source.` });
}
