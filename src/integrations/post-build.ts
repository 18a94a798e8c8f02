/**
 * After the build, tidies Astro's HTML: the inline `astro-island{display:contents}` rule that
 * Astro writes inside <body> is invalid HTML there and needs a CSP hash; base.css has the same
 * rule, so it goes. (Chart CSV downloads are endpoints: src/pages/data/charts/.)
 * Tested in tests/unit/post-build.test.ts.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

export function tidyHtml(html: string): string {
  return html.split(ISLAND_STYLE).join('');
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
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const tidy = tidyHtml(html);
          if (tidy !== html) {
            await writeFile(file, tidy);
            changed++;
          }
        }
        logger.info(`tidied ${changed} page(s)`);
      },
    },
  };
}
