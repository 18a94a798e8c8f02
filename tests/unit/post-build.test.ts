import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  decodeAttribute,
  fitCsp,
  inlineCriticalCss,
  ISLAND_STYLE,
  offloadIslandRuntime,
  offloadProps,
  tidyHtml,
} from '../../src/integrations/post-build';

describe('post-build', () => {
  it('removes the inline island style and nothing else', () => {
    expect(tidyHtml(`<div>${ISLAND_STYLE}<p>x</p></div>`)).toBe('<div><p>x</p></div>');
  });
});

describe('island props leave the page', () => {
  const json = JSON.stringify({
    items: [1, [[0, { title: [0, 'Tom & "Jerry" <b> 網膜 it\'s'] }]]],
    pad: 'x'.repeat(300),
  });
  const escaped = json.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/'/g, '&#39;');
  const island = (client: string, props: string) =>
    `<astro-island uid="a" component-url="/sub/_astro/C.js" props="${props}" ssr client="${client}" opts="{}"><svg></svg></astro-island>`;

  it('moves large client:interact props to a hashed file and leaves their address', () => {
    const files = new Map<string, string>();
    const out = offloadProps(`<p>x</p>${island('interact', escaped)}`, '/sub/_astro/', files);
    expect(files.size).toBe(1);
    const [name, body] = [...files][0]!;
    expect(name).toMatch(/^props\.[\w-]{12}\.json$/);
    expect(JSON.parse(body!), 'the file holds the props exactly, unescaped').toEqual(JSON.parse(json));
    expect(out).toContain(` data-props="/sub/_astro/${name}"`);
    expect(out).not.toContain(' props=');
    expect(out).toContain('<svg></svg></astro-island>');
  });

  it('shares one file between pages with the same props, and leaves small props and other directives alone', () => {
    const files = new Map<string, string>();
    const a = offloadProps(island('interact', escaped), '/_astro/', files);
    const b = offloadProps(island('interact', escaped), '/_astro/', files);
    expect(a).toBe(b);
    expect(files.size).toBe(1);
    const small = island('interact', '{&quot;n&quot;:[0,1]}');
    expect(offloadProps(small, '/_astro/', files)).toBe(small);
    const visible = island('visible', escaped);
    expect(offloadProps(visible, '/_astro/', files)).toBe(visible);
  });

  it('decodes named and numeric references', () => {
    expect(decodeAttribute('&quot;a&amp;b&lt;&gt;&#39;&#x7F51;&unknown;')).toBe('"a&b<>\'网&unknown;');
  });
});

describe('the island runtime leaves the page', () => {
  const directive = '(()=>{(self.Astro||(self.Astro={})).interact=v;})();';
  const runtime = '(()=>{customElements.get("astro-island")||customElements.define("astro-island",f)})();';
  const page = `<html lang="en"><head><script>theme()</script></head><body><p>x</p><script>${runtime}</script><script>${directive}</script><astro-island client="interact"></astro-island></body></html>`;

  it('moves both scripts to one hashed file, directive first, and names it on <html>', () => {
    const files = new Map<string, string>();
    const out = offloadIslandRuntime(page, '/sub/_astro/', files);
    expect(files.size).toBe(1);
    const [name, body] = [...files][0]!;
    expect(name).toMatch(/^islands\.[\w-]{12}\.js$/);
    expect(body!.indexOf('.interact=')).toBeLessThan(body!.indexOf('customElements.define'));
    expect(out).toContain(`<html data-islands-module="/sub/_astro/${name}" lang="en">`);
    expect(out).not.toContain('customElements');
    expect(out, 'other inline scripts stay').toContain('<script>theme()</script>');
  });

  it('leaves a page without islands as it is', () => {
    const plain = '<html lang="en"><head><script>theme()</script></head><body></body></html>';
    expect(offloadIslandRuntime(plain, '/_astro/', new Map())).toBe(plain);
  });
});

describe('the CSP lists the inline scripts and styles the page has', () => {
  const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
  const csp = (policy: string, body: string) =>
    `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

  it('replaces the listed hashes by those of the page, keeping the other sources', () => {
    const policy =
      "default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-old1=' 'sha256-old2='; style-src 'self' 'sha256-old3=';";
    const out = fitCsp(
      csp(
        policy,
        '<script>a()</script><script type="application/ld+json">{}</script><script src="/x.js"></script><style>p{}</style>',
      ),
    );
    const meta = /content="([^"]*)"/.exec(out)![1]!;
    expect(meta).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha('a()')};`);
    expect(meta).toContain(`style-src 'self' ${sha('p{}')}`);
    expect(meta).toContain("img-src 'self' data:");
    expect(meta).not.toContain('old');
    expect(meta, 'JSON-LD is data: no hash').not.toContain(sha('{}'));
  });

  it('leaves only the other sources when the page has no inline script or style', () => {
    const out = fitCsp(csp("script-src 'self' 'sha256-old='; style-src 'self' 'sha256-old=';", '<p>x</p>'));
    expect(/content="([^"]*)"/.exec(out)![1]).toBe("script-src 'self';style-src 'self'");
  });
});

describe('critical CSS in the head, the rest before the first figure', () => {
  const css: Record<string, string> = {
    '/_astro/BaseLayout.abc.css': 'body{margin:0}',
    '/_astro/ChapterPage.def.css': '.lede{font-size:2em}',
    '/_astro/components.ghi.css': '.chart{color:red}',
  };
  const link = (href: string) => `<link rel="stylesheet" href="${href}">`;
  const page = (body: string) =>
    `<html><head><title>x</title>${Object.keys(css).map(link).join('')}<link rel="stylesheet" href="/_astro/print.css" media="print"></head><body>${body}</body></html>`;

  it('inlines the layout and view styles where the links were and links the rest before the first figure', () => {
    const out = inlineCriticalCss(page('<main><p>text</p><figure>chart</figure></main>'), (h) => css[h]);
    expect(out).toContain(
      '<title>x</title><style>body{margin:0}\n.lede{font-size:2em}</style><link rel="stylesheet" href="/_astro/print.css" media="print"></head>',
    );
    expect(out).toContain(`<p>text</p>${link('/_astro/components.ghi.css')}<figure>`);
  });

  it('puts the deferred links before </main> when nothing below uses them earlier', () => {
    const out = inlineCriticalCss(page('<main><p>text</p></main><footer></footer>'), (h) => css[h]);
    expect(out).toContain(`<p>text</p>${link('/_astro/components.ghi.css')}</main>`);
  });

  it('leaves a critical link that cannot be read as it was', () => {
    const out = inlineCriticalCss(page('<main></main>'), (h) => (h.includes('BaseLayout') ? undefined : css[h]));
    expect(out).toContain(link('/_astro/BaseLayout.abc.css'));
    expect(out).toContain('<style>.lede{font-size:2em}</style>');
  });
});
