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
 * - the island runtime leaves the page too: Astro inlines its `<astro-island>` element and the
 *   `client:interact` directive as two scripts (about 2.5 KB gzip) before the first island, although
 *   every island waits for an interaction. They move to one hashed file under `_astro/`, named on
 *   `<html data-islands-module>`; the head script imports it on the first pointer, touch or focus
 *   inside an island and hands over the events it saw (directive.ts replays them);
 * - text in one round trip (issue #19): the stylesheets of the layout and the page's view (the first
 *   screen's text) are inlined in the head, so the first paint needs no second request; the rest
 *   (figures, charts, reference list, corrections) stay files, linked in the body just before the
 *   first element that uses them: the browser paints the text above at once and holds what comes
 *   after until its styles are there (no restyling flash, no layout shift);
 * - each page links a copy of the chart stylesheet with only the charts it draws (pruneChartCss),
 *   and its deferred stylesheets as one file (mergeStylesheets);
 * - the Content-Security-Policy lists only the inline scripts and styles the page really has: Astro
 *   lists every script of the site (11 hashes, about 0.5 KB gzip, on every page).
 * (Chart CSV downloads are endpoints: src/pages/data/charts/.) Tested in tests/unit/post-build.test.ts.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
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

/** What marks Astro's inline island runtime and the interact directive (their minified code). */
export const ISLAND_SCRIPT_MARKS = ['customElements.define("astro-island"', '.interact='];

const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

/**
 * Takes the island runtime scripts out of `html` into one file (its code collected in `files` under a
 * name hashed from it) and names that file on the <html> element. Pages without islands are left alone.
 */
export function offloadIslandRuntime(html: string, assetsUrl: string, files: Map<string, string>): string {
  const code: string[] = [];
  const out = html.replace(INLINE_SCRIPT, (whole, body: string) => {
    if (!ISLAND_SCRIPT_MARKS.some((m) => body.includes(m))) return whole;
    code.push(body);
    return '';
  });
  if (code.length === 0) return html;
  // The directive first, so the element finds it defined when it upgrades the islands.
  code.sort((a, b) => Number(b.includes('.interact=')) - Number(a.includes('.interact=')));
  const js = code.join('\n');
  const name = `islands.${createHash('sha256').update(js).digest('base64url').slice(0, 12)}.js`;
  files.set(name, js);
  return out.replace(/<html\b/, `<html data-islands-module="${assetsUrl}${name}"`);
}

/**
 * Stylesheets inlined in the head: the layout's, the page view's (…Page), the chapter text's (mdx,
 * popovers: citations and terms in the text) and the 404 page's. Every other stylesheet (charts,
 * diagrams, chart frames, reference list, corrections) is for content further down.
 */
export const CRITICAL_CSS = /^(BaseLayout|\w*Page|mdx|popovers|404)\.[\w-]+\.css$/;

/** Where the body's deferred stylesheets go: before the first of these (else before </main>). */
const FIRST_STYLED = [
  '<figure',
  '<astro-island',
  '<section class="references"',
  '<section class="corrections"',
  '<footer class="chapter-end"',
];

/**
 * Inlines the page's critical stylesheets (CRITICAL_CSS) as one <style> in the head, where the first of
 * its stylesheet links was, and moves the other links into the body before the first figure, island,
 * reference list or corrections log. `read` returns a stylesheet's text from its URL (undefined when
 * it is not a local file: then the link stays as it was). Print-only links (media) are left alone.
 */
export function inlineCriticalCss(html: string, read: (href: string) => string | undefined): string {
  const head = /<head>[\s\S]*?<\/head>/.exec(html);
  if (!head) return html;
  const links = [...head[0].matchAll(/<link rel="stylesheet" href="([^"]+)">/g)];
  if (links.length === 0) return html;
  const inline: string[] = [];
  const deferred: string[] = [];
  let newHead = head[0];
  let first = true;
  for (const [tag, href] of links) {
    const name = href!.split('/').pop()!;
    const css = CRITICAL_CSS.test(name) ? read(href!) : undefined;
    if (CRITICAL_CSS.test(name) && css === undefined) continue;
    if (css !== undefined) inline.push(css.trim());
    else deferred.push(tag);
    newHead = newHead.replace(tag, first ? '\u0000' : '');
    first = false;
  }
  newHead = newHead.replace('\u0000', inline.length ? `<style>${inline.join('\n')}</style>` : '');
  let out = html.replace(head[0], newHead);
  if (deferred.length) {
    const bodyAt = out.indexOf('<body');
    const at = Math.min(
      ...FIRST_STYLED.map((m) => out.indexOf(m, bodyAt)).filter((i) => i >= 0),
      ...[out.indexOf('</main>', bodyAt)].filter((i) => i >= 0),
      out.lastIndexOf('</body>'),
    );
    out = out.slice(0, at) + deferred.join('') + out.slice(at);
  }
  return out;
}

/** Svelte's scoped-class names (`svelte-<hash>`), one per component with styles. */
const SVELTE_CLASS = /\bsvelte-[a-z0-9]+\b/g;

/** The Svelte scoped classes used in a page's body (the markup its components drew). */
export function svelteClassesIn(html: string): Set<string> {
  const at = html.indexOf('<body');
  return new Set(html.slice(at < 0 ? 0 : at).match(SVELTE_CLASS) ?? []);
}

/** Top-level blocks of minified CSS (`prelude{body}`), quotes and comments respected. */
export function cssBlocks(css: string): { prelude: string; body: string; text: string }[] {
  const out: { prelude: string; body: string; text: string }[] = [];
  let depth = 0;
  let start = 0;
  let open = -1;
  for (let i = 0; i < css.length; i++) {
    const ch = css[i];
    if (ch === '"' || ch === "'") {
      const end = css.indexOf(ch, i + 1);
      i = end < 0 ? css.length : end;
    } else if (ch === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 1;
    } else if (ch === '{') {
      if (depth++ === 0) open = i;
    } else if (ch === '}' && depth > 0 && --depth === 0) {
      out.push({
        prelude: css.slice(start, open).trim(),
        body: css.slice(open + 1, i),
        text: css.slice(start, i + 1).trim(),
      });
      start = i + 1;
    }
  }
  return out;
}

/** At-rules that group other rules, pruned inside (other at-rules, like @keyframes, count as one rule). */
const GROUPING = /^@(media|supports|container|layer)\b/;

/**
 * The rules of `css` that can apply on a page: rules with no Svelte scoped class, and rules naming one
 * that `keep` accepts. Grouping at-rules are pruned inside and dropped when nothing is left.
 */
export function pruneScopedCss(css: string, keep: (svelteClass: string) => boolean): string {
  return cssBlocks(css)
    .map(({ prelude, body, text }) => {
      if (GROUPING.test(prelude) && body.includes('{')) {
        const inner = pruneScopedCss(body, keep);
        return inner ? `${prelude}{${inner}}` : '';
      }
      const classes = prelude.match(SVELTE_CLASS);
      return !classes || classes.some(keep) ? text : '';
    })
    .join('');
}

/**
 * Chart styles on a diet (issue #19): every chapter links one stylesheet with the styles of every
 * chart component, because the MDX vocabulary imports them all. Each page gets a copy that keeps only
 * the components it draws: a Svelte scoped class in its markup, or one that no page of the site draws
 * before an interaction (a tooltip). `read` gives a linked stylesheet's text (undefined: left alone);
 * `files` collects the copies by name, shared by every page that draws the same components.
 */
export function pruneChartCss(
  html: string,
  drawn: Set<string>,
  drawnAnywhere: Set<string>,
  read: (href: string) => string | undefined,
  files: Map<string, string>,
): string {
  const keep = (c: string) => drawn.has(c) || !drawnAnywhere.has(c);
  return html.replace(/<link rel="stylesheet" href="([^"]+)\.css">/g, (tag, base: string) => {
    const css = read(`${base}.css`);
    if (css === undefined || !css.includes('svelte-')) return tag;
    const pruned = pruneScopedCss(css, keep);
    if (pruned.length === css.trim().length) return tag;
    const name = `pruned.${createHash('sha256').update(pruned).digest('base64url').slice(0, 12)}.css`;
    files.set(name, pruned);
    return `<link rel="stylesheet" href="${base.slice(0, base.lastIndexOf('/') + 1)}${name}">`;
  });
}

/** Stylesheets this step derives from Astro's (pruned copies, merged runs): not new CSS of the site. */
export const isDerivedCss = (name: string) => /^(?:pruned|styles)\.[\w-]{12}\.css$/.test(name);

/**
 * One stylesheet file instead of several (issue #19): the deferred stylesheets sit side by side
 * before the first figure, and each small file compresses on its own (five or six files cost about
 * 1 KB more gzip than the same CSS in one). Each run of adjacent local stylesheet links becomes one
 * link to their concatenation, in the same order (so the cascade is unchanged), named by a hash of
 * its content and shared by every page with the same styles. `read` gives a stylesheet's text
 * (undefined for one that is not a local file: that run is left alone).
 */
export function mergeStylesheets(
  html: string,
  read: (href: string) => string | undefined,
  files: Map<string, string>,
): string {
  return html.replace(/(?:<link rel="stylesheet" href="[^"]+">){2,}/g, (run) => {
    const hrefs = [...run.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    const texts = hrefs.map(read);
    if (texts.some((t) => t === undefined)) return run;
    const css = texts.map((t) => t!.trim()).join('\n');
    const name = `styles.${createHash('sha256').update(css).digest('base64url').slice(0, 12)}.css`;
    files.set(name, css);
    const dir = hrefs[0]!.slice(0, hrefs[0]!.lastIndexOf('/') + 1);
    return `<link rel="stylesheet" href="${dir}${name}">`;
  });
}

const cspHash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;

/**
 * Rewrites the page's CSP meta so that script-src and style-src list the hashes of exactly the inline
 * scripts and styles in the page (keeping their other sources, such as 'self'). JSON-LD is data, not
 * script, and needs no hash.
 */
export function fitCsp(html: string): string {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html);
  if (!meta) return html;
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)];
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)];
  const hashes = { 'script-src': scripts.map((m) => cspHash(m[1]!)), 'style-src': styles.map((m) => cspHash(m[1]!)) };
  const policy = meta[1]!
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const [name, ...sources] = d.split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return d;
      const kept = sources.filter((src) => !src.startsWith("'sha256-"));
      return [name, ...kept, ...new Set(hashes[name])].join(' ');
    })
    .join(';');
  return html.replace(meta[0], `<meta http-equiv="content-security-policy" content="${policy}">`);
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
        const root = fileURLToPath(dir);
        const cssCache = new Map<string, string | undefined>();
        const readCss = (href: string) => {
          if (!href.startsWith(assetsUrl)) return undefined;
          if (!cssCache.has(href)) {
            const file = join(root, assetsDir, href.slice(assetsUrl.length));
            cssCache.set(href, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
          }
          return cssCache.get(href);
        };
        // First (reading only), the Svelte scoped classes each page draws and those any page draws:
        // pruneChartCss needs both. Then each page is rewritten once.
        const drawnBy = new Map<string, Set<string>>();
        const drawnAnywhere = new Set<string>();
        for await (const file of htmlFiles(root)) {
          const drawn = svelteClassesIn(await readFile(file, 'utf8'));
          drawnBy.set(file, drawn);
          for (const c of drawn) drawnAnywhere.add(c);
        }
        // A stylesheet written by this step (a pruned copy) or one Astro wrote.
        const readOut = (href: string) =>
          href.startsWith(assetsUrl) && files.has(href.slice(assetsUrl.length))
            ? files.get(href.slice(assetsUrl.length))
            : readCss(href);
        for (const [file, drawn] of drawnBy) {
          const html = await readFile(file, 'utf8');
          const inlined = fitCsp(
            inlineCriticalCss(
              offloadIslandRuntime(offloadProps(tidyHtml(html), assetsUrl, files), assetsUrl, files),
              readCss,
            ),
          );
          const tidy = mergeStylesheets(pruneChartCss(inlined, drawn, drawnAnywhere, readCss, files), readOut, files);
          if (tidy !== html) {
            await writeFile(file, tidy);
            changed++;
          }
        }
        const out = join(root, assetsDir);
        await mkdir(out, { recursive: true });
        for (const [name, body] of files) await writeFile(join(out, name), body);
        logger.info(`tidied ${changed} page(s); island props and runtime in ${files.size} file(s)`);
      },
    },
  };
}
