/**
 * The chapters' typographic punctuation (src/mdx/smart-punctuation.ts) gives exactly what
 * remark-smartypants gives, the pass Astro ran before (issue #19), while skipping text it cannot change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import remarkSmartypants from 'remark-smartypants';
import type { Root } from 'mdast';
import { parseMdx } from '../../src/mdx/parse';
import { smartPunctuation } from '../../src/mdx/smart-punctuation';
// The scale bench's seeded generator, so the made-up text is the same on every run.
import { prng } from '../../scripts/bench/scale.ts';

const reference = (remarkSmartypants as unknown as () => (tree: Root) => void)();
const ours = smartPunctuation();

function both(source: string): [Root, Root] {
  const a = parseMdx(source);
  const b = parseMdx(source);
  reference(a);
  ours(b);
  return [a, b];
}

function mdxFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx')).map((f) => join(dir, f));
}

describe('smart punctuation', () => {
  it('turns straight quotes, dashes and dots into typographic ones, around links and bold text too', () => {
    const [, tree] = both(`He said "it's *the* '80s" -- and [then "more"](x)... Done. . . \`\`ok''\n`);
    const text = JSON.stringify(tree);
    expect(text).toContain('“it’s ');
    expect(text).toContain('’80s”');
    expect(text).toContain(' — and ');
    expect(text).toContain('“more”');
    expect(text).toContain('…');
    expect(text).toContain('“ok”');
    expect(text).not.toMatch(/--|\.\.\./);
  });

  it('leaves quotes in component props, code and plain text alone', () => {
    const [, tree] = both(`Plain text. Another.\n\n<Cite id="a" note="it's" />\n\n\`"code"\`\n`);
    const text = JSON.stringify(tree);
    expect(text).toContain('"value":"it\'s"');
    expect(text).toContain('"value":"\\"code\\""');
  });

  // Parses every chapter and page twice: 16-23 s beside the browser tests (2 Dec 2026, the second in
  // a clean-clone npm test), near the unit tests' 30 s limit.
  it('gives the same tree as remark-smartypants for every chapter and page', { timeout: 120_000 }, () => {
    const files = [...mdxFiles('content/chapters'), ...mdxFiles('content/pages')];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const [a, b] = both(readFileSync(file, 'utf8'));
      expect(b, file).toEqual(a);
    }
  });

  it('gives the same tree as remark-smartypants for text made to hit every rule', () => {
    const bits = ['"', "'", '--', '---', '...', '. . .', '..', '``', "''", '`', ' ', ' ', 'word', "'80s", 's'];
    bits.push('.', ',', '!', '?', '(', ')', '**', '_', '[link](x)', '`code`', '\n', '—', '“', '日本', '。', '「');
    const rand = prng(42);
    let changed = 0;
    for (let k = 0; k < 400; k++) {
      let source = '';
      const n = 3 + Math.floor(rand() * 25);
      for (let i = 0; i < n; i++) source += bits[Math.floor(rand() * bits.length)];
      source = source.trimStart() || 'x';
      const [a, b] = both(source);
      expect(b, JSON.stringify(source)).toEqual(a);
      if (JSON.stringify(a) !== JSON.stringify(parseMdx(source))) changed++;
    }
    // Most of the samples have something to change, so the comparison means something.
    expect(changed).toBeGreaterThan(250);
  });
});
