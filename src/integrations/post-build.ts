/**
 * After the build:
 * - tidies Astro's HTML: the inline `astro-island{display:contents}` rule that Astro writes inside
 *   <body> is invalid HTML there and needs a CSP hash; base.css has the same rule, so it goes;
 * - writes each chart's CSV download (data/charts/<id>.csv) from the chart's own "Show data" table,
 *   so the download can never differ from what the page shows.
 * Tested in tests/unit/post-build.test.ts.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { toCsv, type ChartTable } from '../charts/shared/table.ts';

export const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

export function tidyHtml(html: string): string {
  return html.split(ISLAND_STYLE).join('');
}

const cls = (el: Element) => String(el.properties?.className ?? '').split(/[\s,]+/);

/** The "Show data" table of every chart on a page, keyed by chart id. */
export function chartTables(html: string): Map<string, ChartTable> {
  const out = new Map<string, ChartTable>();
  visit(fromHtml(html), 'element', (fig: Element) => {
    const id = fig.properties?.dataChart;
    if (fig.tagName !== 'figure' || typeof id !== 'string' || out.has(id)) return;
    const table: ChartTable = { columns: [], rows: [] };
    visit(fig, 'element', (el: Element) => {
      if (el.tagName === 'thead')
        visit(el, 'element', (th: Element) => void (th.tagName === 'th' && table.columns.push(toString(th).trim())));
      if (el.tagName === 'tbody') {
        for (const tr of el.children) {
          if (tr.type !== 'element' || tr.tagName !== 'tr') continue;
          table.rows.push(
            tr.children
              .filter((c): c is Element => c.type === 'element')
              .map((c) =>
                cls(c).includes('num') && toString(c).trim() !== '' && !Number.isNaN(Number(toString(c)))
                  ? Number(toString(c))
                  : toString(c).trim(),
              ),
          );
        }
      }
    });
    if (table.columns.length) out.set(id, table);
  });
  return out;
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(p);
    else if (entry.name.endsWith('.html')) yield p;
  }
}

export function postBuild(): AstroIntegration {
  return {
    name: 'reprogrammed:post-build',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        if (!process.env.SITE) {
          logger.warn(
            `SITE is not set, so canonical links, feeds and "Cite this chapter" use ${config.site}. Set SITE=https://your.domain (and BASE_PATH if needed) when building for deployment.`,
          );
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        let changed = 0;
        const root = fileURLToPath(dir);
        // Charts on Japanese pages get Japanese downloads under ja/data/charts/.
        const csvs = new Map<string, ChartTable>();
        for await (const file of htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const tidy = tidyHtml(html);
          if (tidy !== html) {
            await writeFile(file, tidy);
            changed++;
          }
          const prefix = file
            .slice(root.length)
            .replace(/^[\\/]+/, '')
            .startsWith('ja/')
            ? 'ja/'
            : '';
          if (html.includes('data-chart='))
            for (const [id, t] of chartTables(html)) if (!csvs.has(prefix + id)) csvs.set(prefix + id, t);
        }
        for (const [key, t] of csvs) {
          const [prefix, id] = key.startsWith('ja/') ? ['ja', key.slice(3)] : ['', key];
          const dirPath = join(root, prefix, 'data', 'charts');
          await mkdir(dirPath, { recursive: true });
          await writeFile(join(dirPath, `${id}.csv`), toCsv(t));
        }
        logger.info(`tidied ${changed} page(s); wrote ${csvs.size} chart CSV file(s)`);
      },
    },
  };
}
