import { describe, expect, it } from 'vitest';
import {
  cssBlocks,
  isDerivedCss,
  mergeStylesheets,
  pruneChartCss,
  pruneScopedCss,
  svelteClassesIn,
} from '../../src/integrations/post-build';

const CSS =
  '.a.svelte-aaa{color:red}.b.svelte-bbb{color:blue}.plain{margin:0}' +
  '@media print{.a.svelte-aaa{display:none}.b.svelte-bbb{display:none}}' +
  '@container (width<=26rem){.b.svelte-bbb{gap:0}}' +
  '.tip.svelte-ttt{content:"}{"}@keyframes svelte-bbb-pulse{0%{opacity:0}to{opacity:1}}';

describe('chart stylesheet pruned to the charts a page draws', () => {
  it('splits minified CSS into top-level blocks, braces in strings included', () => {
    expect(cssBlocks(CSS).map((b) => b.prelude)).toEqual([
      '.a.svelte-aaa',
      '.b.svelte-bbb',
      '.plain',
      '@media print',
      '@container (width<=26rem)',
      '.tip.svelte-ttt',
      '@keyframes svelte-bbb-pulse',
    ]);
  });

  it('keeps unscoped rules and the scoped rules of kept components, inside at-rules too', () => {
    const out = pruneScopedCss(CSS, (c) => c === 'svelte-aaa');
    expect(out).toBe('.a.svelte-aaa{color:red}.plain{margin:0}@media print{.a.svelte-aaa{display:none}}');
  });

  it('finds the scoped classes in the body only, not in inlined styles', () => {
    const html = '<html><head><style>.x.svelte-zzz{}</style></head><body><svg class="svelte-aaa"></svg></body></html>';
    expect([...svelteClassesIn(html)]).toEqual(['svelte-aaa']);
  });

  it('links a copy without the components the page does not draw, keeping those no page draws (tooltips)', () => {
    const files = new Map<string, string>();
    const html = '<body><link rel="stylesheet" href="/_astro/components.X1.css"><div class="svelte-aaa"></div></body>';
    const read = (href: string) => (href === '/_astro/components.X1.css' ? CSS : undefined);
    const drawn = new Set(['svelte-aaa']);
    const anywhere = new Set(['svelte-aaa', 'svelte-bbb']);
    const out = pruneChartCss(html, drawn, anywhere, read, files);
    const [name, body] = [...files][0]!;
    expect(out).toContain(`<link rel="stylesheet" href="/_astro/${name}">`);
    expect(name).toMatch(/^pruned\.[\w-]{12}\.css$/);
    expect(isDerivedCss(name)).toBe(true);
    expect(body).toContain('.tip.svelte-ttt');
    expect(body).toContain('.a.svelte-aaa');
    expect(body).not.toContain('svelte-bbb');
    // A page drawing every component keeps the original file.
    const all = pruneChartCss(html, anywhere, anywhere, read, new Map());
    expect(all).toBe(html);
  });
});

describe('deferred stylesheets merged into one file', () => {
  it('joins a run of adjacent links in order, and leaves a run with a non-local sheet alone', () => {
    const css: Record<string, string> = { '/_astro/a.1.css': '.a{color:red}', '/_astro/b.2.css': '.b{color:blue}\n' };
    const files = new Map<string, string>();
    const html =
      '<p>x</p><link rel="stylesheet" href="/_astro/a.1.css"><link rel="stylesheet" href="/_astro/b.2.css"><figure></figure>';
    const out = mergeStylesheets(html, (h) => css[h], files);
    const [name, body] = [...files][0]!;
    expect(out).toBe(`<p>x</p><link rel="stylesheet" href="/_astro/${name}"><figure></figure>`);
    expect(body).toBe('.a{color:red}\n.b{color:blue}');
    expect(isDerivedCss(name)).toBe(true);
    expect(isDerivedCss('b.2.css')).toBe(false);
    const foreign = html.replace('/_astro/b.2.css', 'https://cdn.example/b.css');
    expect(mergeStylesheets(foreign, (h) => css[h], new Map())).toBe(foreign);
    // A single link stays as it is.
    const one = '<link rel="stylesheet" href="/_astro/a.1.css"><p>y</p>';
    expect(mergeStylesheets(one, (h) => css[h], new Map())).toBe(one);
  });
});
