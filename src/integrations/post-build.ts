/**
 * After the build, tidies Astro's HTML:
 * - the inline `astro-island{display:contents}` rule that Astro writes inside <body> is invalid
 *   HTML there and needs a CSP hash; base.css has the same rule, so it goes;
 * - island props leave the page (issue #19: no chart data serialized twice): a `client:interact`
 *   island's props (the chart's data, already drawn in the server-rendered SVG) move to a JSON file
 *   named by a hash of its content under `_astro/`, and the island carries only its address in
 *   `data-props`; the directive fetches it on the first interaction, alongside the island's code.
 *   The same props on several pages (a chart in its chapter, the gallery and its embed) share one
 *   file the browser caches once.
 * (Chart CSV downloads are endpoints: src/pages/data/charts/.) Tested in tests/unit/post-build.test.ts.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

export function tidyHtml(html: string): string {
  return html.split(ISLAND_STYLE).join('');
}

/** Props smaller than this stay in the page: a request would cost more than the bytes it saves. */
export const INLINE_PROPS_MAX = 256;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Undoes the attribute escaping Astro applies to `props` (named and numeric character references). */
export function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Moves the props of every `client:interact` island in `html` out to files. `files` collects the
 * file names (under the assets folder) and their JSON; `assetsUrl` is the public address of that
 * folder, base path included (e.g. "/_astro/" or "/sub/_astro/").
 */
export function offloadProps(html: string, assetsUrl: string, files: Map<string, string>): string {
  return html.replace(/<astro-island\b(?:[^>"]|"[^"]*")*>/g, (tag) => {
    if (!/\sclient="interact"/.test(tag)) return tag;
    const m = / props="([^"]*)"/.exec(tag);
    if (!m || m[1]!.length <= INLINE_PROPS_MAX) return tag;
    const json = decodeAttribute(m[1]!);
    const name = `props.${createHash('sha256').update(json).digest('base64url').slice(0, 12)}.json`;
    files.set(name, json);
    return tag.replace(m[0], ` data-props="${assetsUrl}${name}"`);
  });
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(p);
    else if (entry.name.endsWith('.html')) yield p;
  }
}

export function postBuild(): AstroIntegration {
  let assetsUrl = '/_astro/';
  let assetsDir = '_astro';
  return {
    name: 'reprogrammed:post-build',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        assetsDir = config.build.assets;
        assetsUrl = `${config.base.endsWith('/') ? config.base : `${config.base}/`}${assetsDir}/`;
        if (!process.env.SITE) {
          logger.warn(
            `SITE is not set, so canonical links, feeds and "Cite this chapter" use ${config.site}. Set SITE=https://your.domain (and BASE_PATH if needed) when building for deployment.`,
          );
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        let changed = 0;
        const files = new Map<string, string>();
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const tidy = offloadProps(tidyHtml(html), assetsUrl, files);
          if (tidy !== html) {
            await writeFile(file, tidy);
            changed++;
          }
        }
        const out = join(fileURLToPath(dir), assetsDir);
        await mkdir(out, { recursive: true });
        for (const [name, json] of files) await writeFile(join(out, name), json);
        logger.info(`tidied ${changed} page(s); island props in ${files.size} file(s)`);
      },
    },
  };
}
