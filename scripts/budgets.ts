/**
 * Size budgets per built page, printed as a table: HTML, CSS and JavaScript (gzip) that load before
 * the reader does anything, and the largest image. Used by the test suite (which fails on a breach)
 * and runnable alone: `npx node scripts/budgets.ts`.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';

export const BUDGETS = {
  /** Pages without islands (charts, interactives): only inline scripts (theme, search trigger), each under 2 KB. */
  textPageJs: 0,
  inlineScript: 2 * 1024,
  /** Chapter pages with charts: all island and module JavaScript together. */
  chapterJs: 40 * 1024,
  /** The chart gallery shows all six chart types on one page, twice the most a chapter uses. */
  galleryJs: 60 * 1024,
  /** CSS for the whole site (all stylesheet files, gzip). */
  siteCss: 17 * 1024,
  /** First-load HTML plus CSS of any page. */
  firstLoad: 50 * 1024,
};

export interface PageSize {
  page: string;
  html: number;
  css: number;
  js: number;
  inlineJs: number;
  image: number;
  hasIslands: boolean;
}

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

/** Resolves a URL in the page to a file under dist/ (base path stripped). */
function fileOf(dist: string, base: string, url: string): string | undefined {
  if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return undefined;
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  const f = join(dist, path.split(/[?#]/)[0]!);
  return existsSync(f) && statSync(f).isFile() ? f : undefined;
}

/** Every JS file a module pulls in through static imports (what the browser fetches before running it). */
function moduleGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const src = readFileSync(entry, 'utf8');
  for (const m of src.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    const spec = m[1]!;
    if (!spec.startsWith('.')) continue;
    seen.add(join(dirname(entry), spec));
    moduleGraph(join(dirname(entry), spec), seen);
  }
  return seen;
}

export function measurePage(dist: string, page: string, base = '/'): PageSize {
  const file = join(dist, page.endsWith('.html') ? page : `${page}index.html`);
  const html = readFileSync(file, 'utf8');
  const css = new Set<string>();
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const f = fileOf(dist, base, m[1]!);
    if (f) css.add(f);
  }
  const js = new Set<string>();
  const entries = [
    ...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]!),
  ];
  for (const e of entries) {
    const f = fileOf(dist, base, e);
    if (f) for (const dep of moduleGraph(f)) js.add(dep);
  }
  const inline = [
    ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g),
  ].map((m) => gz(m[1]!));
  const images = [...html.matchAll(/<img[^>]+src="([^"]+)"/g)]
    .map((m) => fileOf(dist, base, m[1]!))
    .filter((f): f is string => Boolean(f));
  return {
    page,
    html: gz(html),
    css: [...css].reduce((s, f) => s + gz(readFileSync(f)), 0),
    js: [...js].reduce((s, f) => s + gz(readFileSync(f)), 0),
    inlineJs: Math.max(0, ...inline),
    image: Math.max(0, ...images.map((f) => statSync(f).size)),
    hasIslands: html.includes('<astro-island'),
  };
}

export function budgetProblems(sizes: PageSize[], siteCss: number): string[] {
  const out: string[] = [];
  if (siteCss > BUDGETS.siteCss) out.push(`site CSS is ${kb(siteCss)}, over ${kb(BUDGETS.siteCss)}`);
  for (const s of sizes) {
    if (s.inlineJs > BUDGETS.inlineScript)
      out.push(`/${s.page}: an inline script is ${kb(s.inlineJs)}, over ${kb(BUDGETS.inlineScript)}`);
    const jsBudget = /^(ja\/)?charts\/$/.test(s.page)
      ? BUDGETS.galleryJs
      : s.hasIslands
        ? BUDGETS.chapterJs
        : BUDGETS.textPageJs;
    if (s.js > jsBudget)
      out.push(
        `/${s.page}: ${kb(s.js)} of JavaScript, over ${kb(jsBudget)}${s.hasIslands ? '' : ' (a page without islands ships none)'}`,
      );
    if (s.html + s.css > BUDGETS.firstLoad)
      out.push(`/${s.page}: first-load HTML+CSS ${kb(s.html + s.css)}, over ${kb(BUDGETS.firstLoad)}`);
  }
  return out;
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function table(sizes: PageSize[]): string {
  const rows = sizes.map((s) => [
    `/${s.page}`,
    kb(s.html),
    kb(s.css),
    kb(s.js),
    kb(s.inlineJs),
    s.image ? kb(s.image) : '-',
  ]);
  const head = ['page', 'HTML gz', 'CSS gz', 'JS gz', 'inline JS gz', 'largest image'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

export function siteCssSize(dist: string): number {
  const dir = join(dist, '_astro');
  if (!existsSync(dir)) return 0;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.css'))
    .reduce((s, f) => s + gz(readFileSync(join(dir, f))), 0);
}

if (import.meta.main) {
  const { builtPages } = await import('../tests/browser/support/pages.ts');
  const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
  const sizes = builtPages('dist').map((p) => measurePage('dist', p, base));
  console.log(table(sizes));
  const css = siteCssSize('dist');
  console.log(`\nsite CSS (all stylesheets, gzip): ${kb(css)}`);
  const problems = budgetProblems(sizes, css);
  for (const p of problems) console.error(`over budget: ${p}`);
  process.exit(problems.length ? 1 : 0);
}
