import { describe, expect, it } from 'vitest';
import { decodeAttribute, ISLAND_STYLE, offloadProps, tidyHtml } from '../../src/integrations/post-build';

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
