/**
 * Checks every internal link and fragment in a built site, the way a reader's click would resolve
 * them, including the base path. Returns readable problems ("page -> link: why").
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface LinkProblem {
  page: string;
  link: string;
  why: string;
}

const ATTR = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

function fileFor(dist: string, path: string): string | undefined {
  const p = decodeURIComponent(path);
  const direct = join(dist, p);
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = join(dist, p, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

export function checkLinks(dist: string, pages: string[], base = '/'): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => m[1]!));
      idCache.set(file, ids);
    }
    return ids;
  };
  for (const page of pages) {
    const pageFile = fileFor(dist, page)!;
    const html = readFileSync(pageFile, 'utf8');
    const pageUrl = new URL(`${base}${page}`, 'http://site.test');
    for (const m of html.matchAll(ATTR)) {
      const raw = m[1]!.replace(/&amp;/g, '&');
      if (!raw || (/^(https?:|mailto:|data:|blob:)/.test(raw) && !raw.startsWith('http://site.test'))) continue;
      const url = new URL(raw, pageUrl);
      if (url.origin !== 'http://site.test') continue;
      if (!url.pathname.startsWith(base)) {
        problems.push({ page, link: raw, why: `outside the base path ${base}` });
        continue;
      }
      const target = fileFor(dist, url.pathname.slice(base.length));
      if (!target) {
        problems.push({ page, link: raw, why: 'no such page or file in dist/' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        problems.push({ page, link: raw, why: `no element with id="${fragment}" on that page` });
      }
    }
  }
  return problems;
}
