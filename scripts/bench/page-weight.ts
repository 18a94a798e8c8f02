/**
 * Chapter page weight, side by side with Astro Starlight (issue #19, target 1).
 *
 * Builds the site's own chapter prose with Starlight in a scratch folder (pinned version, the same
 * Astro as ours), then loads every chapter page of both sites in real Chromium, scrolls it to the
 * end and adds up what it fetched, gzip-compressed as a server would send it. Charts and diagrams
 * count on our side (they are part of our page); Starlight gets the same prose without them.
 *
 * It also measures text in one round trip (target 3): the gzip bytes of HTML and inline CSS a browser
 * must receive before it can paint the first screen's text (firstScreenBytes), for every chapter and
 * for one page of each kind (compareFirstScreens).
 *
 *   node scripts/bench/page-weight.ts            # prints the tables (used by `npm run bench`)
 *   node scripts/bench/page-weight.ts --first-screen [--dist=dir]   # the first-screen table only
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../serve.mjs';
import { CHROMIUM, ROOT, childEnv, log, table } from './util.ts';

/** Starlight's version, pinned so the comparison does not drift with its releases. */
export const STARLIGHT_VERSION = '0.42.4';

export interface Weight {
  html: number;
  css: number;
  js: number;
  font: number;
  other: number;
  total: number;
  requests: number;
}

export interface PageWeightRow {
  slug: string;
  ours: Weight;
  /** Gzip bytes of our HTML (inline CSS included) up to the end of the first screen's text. */
  firstScreen: number;
  starlight: Weight;
  ratio: number;
}

/** Frontmatter field (single-line string) from an MDX file. */
function field(source: string, name: string): string {
  const m = new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(source.split(/^---$/m)[1] ?? '');
  return (m?.[1] ?? '').trim().replace(/^['"]|['"]$/g, '');
}

/**
 * The chapter's prose as plain Markdown: imports and chart/diagram components dropped, wrapper
 * components (Term, KeyFacts, Callout) reduced to their text, citations removed.
 */
export function proseOf(mdx: string): string {
  const body = mdx.replace(/^---[\s\S]*?^---\s*$/m, '');
  return body
    .split('\n')
    .filter((line) => !/^(import|export)\s/.test(line))
    .join('\n')
    .replace(/<[A-Z][\w.]*(?:\s[^<>]*?)?\/>/g, '') // self-closing components: charts, diagrams, Cite, Fact
    .replace(/<\/?[A-Z][\w.]*(?:\s[^<>]*?)?>/g, '') // opening and closing tags of wrappers: keep their text
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function json(path: string, value: unknown) {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** Writes a Starlight project with one page per chapter, installs it and builds it; returns dist/. */
export function buildStarlight(chaptersDir = join(ROOT, 'content/chapters')): { dist: string; dir: string } {
  const astroVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')).version;
  const dir = mkdtempSync(join(tmpdir(), 'rp-starlight-'));
  const docs = join(dir, 'src/content/docs/chapters');
  mkdirSync(docs, { recursive: true });
  json(join(dir, 'package.json'), {
    name: 'starlight-comparison',
    private: true,
    type: 'module',
    dependencies: { astro: astroVersion, '@astrojs/starlight': STARLIGHT_VERSION },
  });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({ integrations: [starlight({ title: 'Reprogrammed (Starlight comparison)' })] });
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeFileSync(join(dir, 'src/content/docs/index.md'), '---\ntitle: Home\n---\n\nChapters.\n');
  for (const file of readdirSync(chaptersDir).filter((f) => f.endsWith('.mdx'))) {
    const source = readFileSync(join(chaptersDir, file), 'utf8');
    const title = field(source, 'title').replace(/"/g, '\\"');
    const description = field(source, 'description').replace(/"/g, '\\"');
    writeFileSync(
      join(docs, file.replace(/\.mdx$/, '.md')),
      `---\ntitle: "${title}"\ndescription: "${description}"\n---\n\n${proseOf(source)}\n`,
    );
  }
  log(`starlight: npm install in ${dir}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: childEnv(),
  });
  log('starlight: astro build');
  execFileSync(join(ROOT, 'node_modules/.bin/node'), [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: childEnv(),
  });
  return { dist: join(dir, 'dist'), dir };
}

const kindOf = (path: string): keyof Omit<Weight, 'total' | 'requests'> =>
  /\.html?$|\/$/.test(path)
    ? 'html'
    : /\.css$/.test(path)
      ? 'css'
      : /\.m?js$/.test(path)
        ? 'js'
        : /\.(woff2?|ttf|otf)$/.test(path)
          ? 'font'
          : 'other';

/**
 * Where the first screen's text ends in a page just loaded at the current viewport: the text of the
 * last text node that shows on screen, and how many times that text occurs in the text nodes before it.
 */
function lastVisibleText(): { text: string; before: number } | undefined {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  let last = -1;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent ?? '';
    if (!text.trim() || n.parentElement?.closest('script, style, template')) continue;
    texts.push(text);
    const range = document.createRange();
    range.selectNodeContents(n);
    const box = range.getBoundingClientRect();
    if (box.height > 0 && box.width > 0 && box.top < innerHeight && box.bottom > 0) last = texts.length - 1;
  }
  if (last < 0) return undefined;
  const text = texts[last]!;
  return { text, before: texts.slice(0, last).filter((t) => t.includes(text)).length };
}

const escapeText = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Text in one round trip (issue #19, target 3): the gzip bytes of the HTML, head and inline CSS
 * included, from its start to the end of the last text node on the first screen, as the browser
 * would have to receive before it can paint that screen's text (plus any stylesheet the head links,
 * which it must wait for). Located by the node's text, escaped as the build writes it; undefined when
 * it cannot be found (an entity the build writes differently).
 */
export function firstScreenBytes(
  html: string,
  end: { text: string; before: number },
  headCss: number,
): number | undefined {
  const body = html.indexOf('<body');
  const variants = [escapeText(end.text), escapeText(end.text).replace(/"/g, '&quot;').replace(/'/g, '&#39;')];
  for (const v of variants) {
    let at = body;
    for (let i = 0; i <= end.before && at >= 0; i++) at = html.indexOf(v, at + (i ? 1 : 0));
    if (at >= 0) return gzipSync(html.slice(0, at + v.length)).length + headCss;
  }
  return undefined;
}

/** firstScreenBytes for the page open in `page` (loaded, not scrolled), read from our dist. */
async function measureFirstScreen(
  page: import('playwright-core').Page,
  dist: string,
  path: string,
): Promise<number | undefined> {
  const end = await page.evaluate(lastVisibleText);
  if (!end) return undefined;
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const head = /<head>[\s\S]*?<\/head>/.exec(html)?.[0] ?? '';
  const headCss = [...head.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)]
    .map((m) => join(dist, m[1]!))
    .filter((f) => existsSync(f))
    .reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
  return firstScreenBytes(html, end, headCss);
}

/** Everything a page fetches when loaded and scrolled to the end, each file gzip-compressed. */
async function weigh(
  browser: import('playwright-core').Browser,
  dist: string,
  origin: string,
  path: string,
  firstScreen = false,
): Promise<Weight & { firstScreen?: number | undefined }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const seen = new Set<string>();
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin === origin) seen.add(url.pathname);
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  const first = firstScreen ? await measureFirstScreen(page, dist, path) : undefined;
  for (let y = 0; y < 40; y++) {
    const done = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(60);
    if (done) break;
  }
  await page.waitForLoadState('networkidle');
  await context.close();
  const w: Weight = { html: 0, css: 0, js: 0, font: 0, other: 0, total: 0, requests: 0 };
  for (const p of seen) {
    let file = join(dist, decodeURIComponent(p));
    if (p.endsWith('/')) file = join(file, 'index.html');
    if (!existsSync(file)) continue;
    const size = gzipSync(readFileSync(file)).length;
    w[kindOf(p)] += size;
    w.total += size;
    w.requests++;
  }
  return { ...w, firstScreen: first };
}

export async function comparePageWeight(ourDist = join(ROOT, 'dist')): Promise<PageWeightRow[]> {
  const slugs = readdirSync(join(ROOT, 'content/chapters'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));
  const star = buildStarlight();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  // Port 0: the system picks free ports, so a preview server already running does not collide.
  const servers = [
    (await startServer({ dir: ourDist, port: 0, base: '/' })) as import('node:http').Server,
    (await startServer({ dir: star.dist, port: 0, base: '/' })) as import('node:http').Server,
  ];
  const origin = (s: import('node:http').Server) => `http://127.0.0.1:${(s.address() as { port: number }).port}`;
  try {
    const rows: PageWeightRow[] = [];
    for (const slug of slugs) {
      const { firstScreen, ...ours } = await weigh(browser, ourDist, origin(servers[0]!), `/chapters/${slug}/`, true);
      const { firstScreen: _, ...starlight } = await weigh(
        browser,
        star.dist,
        origin(servers[1]!),
        `/chapters/${slug}/`,
      );
      rows.push({ slug, ours, starlight, ratio: ours.total / starlight.total, firstScreen: firstScreen ?? NaN });
    }
    return rows;
  } finally {
    await browser.close();
    for (const s of servers) s.close();
    rmSync(star.dir, { recursive: true, force: true });
  }
}

const kb = (n: number) => (n / 1024).toFixed(1);

export function pageWeightTable(rows: PageWeightRow[]): string {
  return table(
    [
      'chapter',
      'ours HTML KB',
      'ours CSS KB',
      'ours JS KB',
      'ours font KB',
      'ours total KB',
      'Starlight total KB (JS)',
      'ratio',
      'first screen KB',
    ],
    rows.map((r) => [
      r.slug,
      kb(r.ours.html),
      kb(r.ours.css),
      kb(r.ours.js),
      kb(r.ours.font),
      kb(r.ours.total),
      `${kb(r.starlight.total)} (${kb(r.starlight.js)})`,
      r.ratio.toFixed(2),
      kb(r.firstScreen),
    ]),
  );
}

/** One page of each kind, for the first-screen figure. */
export const FIRST_SCREEN_PAGES = [
  '/',
  '/chapters/parkinsons-disease/',
  '/glossary/',
  '/ja/chapters/japans-fast-track/',
];

export interface FirstScreenRow {
  path: string;
  /** Gzip bytes up to the end of the first screen's text (see firstScreenBytes); NaN if not found. */
  bytes: number;
  /** Gzip bytes of the whole HTML. */
  html: number;
}

/** The first-screen figure for one page of each kind, loaded at 412 x 823 px as the weights are. */
export async function compareFirstScreens(ourDist = join(ROOT, 'dist'), paths = FIRST_SCREEN_PAGES) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  const server = (await startServer({ dir: ourDist, port: 0, base: '/' })) as import('node:http').Server;
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  try {
    const rows: FirstScreenRow[] = [];
    for (const path of paths) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      const bytes = (await measureFirstScreen(page, ourDist, path)) ?? NaN;
      await context.close();
      rows.push({ path, bytes, html: gzipSync(readFileSync(join(ourDist, path, 'index.html'))).length });
    }
    return rows;
  } finally {
    await browser.close();
    server.close();
  }
}

export function firstScreenTable(rows: FirstScreenRow[]): string {
  return table(
    ['page', 'first screen KB (HTML + inline CSS, gzip)', 'whole HTML KB', 'within 14 KB'],
    rows.map((r) => [r.path, kb(r.bytes), kb(r.html), r.bytes <= 14 * 1024 ? 'yes' : 'no']),
  );
}

export const meanRatio = (rows: PageWeightRow[]) => rows.reduce((s, r) => s + r.ratio, 0) / (rows.length || 1);

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--first-screen')) {
  const dist = /^--dist=(.+)$/.exec(process.argv.find((a) => a.startsWith('--dist=')) ?? '')?.[1];
  console.log(firstScreenTable(await compareFirstScreens(dist)));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await comparePageWeight();
  console.log(pageWeightTable(rows));
  console.log(`mean ratio ours / Starlight: ${meanRatio(rows).toFixed(2)} (target <= 0.80)`);
  console.log(`\n${firstScreenTable(await compareFirstScreens())}`);
}
