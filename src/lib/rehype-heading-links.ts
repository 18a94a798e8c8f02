/**
 * Gives every h2 and h3 in a chapter a permalink: a real link (keyboard-reachable, works without
 * JavaScript) placed after the heading text, named "Link to section: …" for screen readers.
 * The copy-link script upgrades it to copy the address for teachers.
 */
import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';

export function rehypeHeadingLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
      const id = node.properties?.id;
      if (typeof id !== 'string' || !id) return;
      const text = toString(node);
      const label = /[\u3040-\u30ff\u4e00-\u9fff]/.test(text) ? '節へのリンク：' : 'Link to section:';
      node.properties = { ...node.properties, className: ['has-anchor'] };
      node.children.push({
        type: 'element',
        tagName: 'a',
        // The name is an aria-label, not hidden text: hidden text would be indexed by search and
        // would add an empty line under balanced headings.
        properties: {
          className: ['heading-anchor'],
          href: `#${id}`,
          'data-copy-link': '',
          'data-pagefind-ignore': '',
          ariaLabel: `${label} ${text}`,
        },
        children: [
          {
            type: 'element',
            tagName: 'span',
            properties: { ariaHidden: 'true' },
            children: [{ type: 'text', value: '#' }],
          },
        ],
      });
    });
  };
}
