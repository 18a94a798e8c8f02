/**
 * Chapter page weight, side by side with Astro Starlight (issue #19, target 1).
 *
 * Builds the site's own chapter prose with Starlight in a scratch folder (pinned version, the same
 * Astro as ours), then loads every chapter page of both sites in real Chromium, scrolls it to the
 * end and adds up what it fetched, gzip-compressed as a server would send it. Charts and diagrams
 * count on our side (they are part of our page); Starlight gets the same prose without them.
 *
 *   node scripts/bench/page-weight.ts            # prints the table (used by `npm run bench`)
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

/** Everything a page fetches when loaded and scrolled to the end, each file gzip-compressed. */
async function weigh(
  browser: import('playwright-core').Browser,
  dist: string,
  origin: string,
  path: string,
): Promise<Weight> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const seen = new Set<string>();
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin === origin) seen.add(url.pathname);
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
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
  return w;
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
      const ours = await weigh(browser, ourDist, origin(servers[0]!), `/chapters/${slug}/`);
      const starlight = await weigh(browser, star.dist, origin(servers[1]!), `/chapters/${slug}/`);
      rows.push({ slug, ours, starlight, ratio: ours.total / starlight.total });
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
    ]),
  );
}

export const meanRatio = (rows: PageWeightRow[]) => rows.reduce((s, r) => s + r.ratio, 0) / (rows.length || 1);

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await comparePageWeight();
  console.log(pageWeightTable(rows));
  console.log(`mean ratio ours / Starlight: ${meanRatio(rows).toFixed(2)} (target <= 0.80)`);
}
