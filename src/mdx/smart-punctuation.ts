/**
 * Typographic punctuation in chapters ("quotes" -> “quotes”, -- -> —, ... -> …): the same output
 * as remark-smartypants 3 (Astro's `smartypants: true`), which it replaces, at a fraction of the cost.
 *
 * remark-smartypants runs a natural-language parser (retext) over the whole text of a chapter for
 * its quotes, then once more over every text node for dashes, ellipses and double backticks: 40% of
 * the MDX compile of a chapter (issue #19). Those passes only ever change straight quotes, `--`,
 * dots, and doubled backticks or apostrophes, so here each one runs only on text that has such a
 * character, and text without one is left as it is (which is what the parser gives back for it).
 * tests/unit/build-speed-smart-punctuation.test.ts compares the two on every chapter and on text
 * made to catch every rule.
 */
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';
import type { Node, Parent } from 'unist';

type Literal = Node & { value: string };

const VISITED_NODES = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
const IGNORED_HTML_ELEMENTS = new Set(['style', 'script']);
/** Nodes whose text starts afresh: a quote at their start always opens (as remark-smartypants). */
const BLOCK_NODES = new Set(['paragraph', 'heading', 'tableCell']);

const isLiteral = (node: Node): node is Literal => 'value' in node && typeof node.value === 'string';
const isBlock = (node: Node) => BLOCK_NODES.has(node.type);

function visited(node: Node, parent: Parent | undefined): boolean {
  if (!parent) return false;
  if (parent.type === 'mdxJsxTextElement') {
    const name = (parent as Parent & { name?: unknown }).name;
    if (typeof name !== 'string' || IGNORED_HTML_ELEMENTS.has(name)) return false;
  }
  return VISITED_NODES.has(node.type) && (isLiteral(node) || isBlock(node));
}

/** Text the quote pass could change: it only rewrites straight quotes. */
const HAS_QUOTE = /["']/;
/** Text the second pass could change: `--`, two dot groups (`...`, `. . .`), ``` `` ``` or `''`. */
const HAS_DASH_DOTS_OR_TICKS = /--|\.\s*\.|``|''/;

export function smartPunctuation() {
  // The two passes remark-smartypants makes, with its own settings.
  const quotes = retext().use(retextSmartypants, { ellipses: false, dashes: false, backticks: false });
  const rest = retext().use(retextSmartypants, { quotes: false });
  return (tree: Node) => {
    let allText = '';
    const nodes: Node[] = [];
    visit(tree, (node: Node, _index, parent: Parent | undefined) => {
      if (!visited(node, parent)) return;
      if (isLiteral(node)) allText += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
      // A space at the start of a block, so a quote there reads as opening.
      else allText += ' ';
      nodes.push(node);
    });
    // Quotes across the whole text at once, so a pair around a link or bold text is matched.
    if (HAS_QUOTE.test(allText)) allText = quotes.processSync(allText).toString();
    let start = 0;
    for (const node of nodes) {
      if (!isLiteral(node)) {
        start += 1; // the block's space
        continue;
      }
      const end = start + node.value.length;
      if (node.type === 'text') {
        const text = allText.slice(start, end);
        node.value = HAS_DASH_DOTS_OR_TICKS.test(text) ? rest.processSync(text).toString() : text;
      }
      start = end;
    }
  };
}
