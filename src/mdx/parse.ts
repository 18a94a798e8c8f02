/**
 * The one MDX parser outside the build: the same remark family Astro uses, with frontmatter.
 * `npm run check`, the embed pages and the tests all read chapters through it.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { Node } from 'unist';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

export function parseMdx(source: string): Root {
  return parser.parse(source) as Root;
}

/** A component in the tree: <Name prop="..." />. */
export interface JsxNode extends Node {
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

export function isJsx(node: Node): node is JsxNode {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

export function stringAttr(node: JsxNode, name: string): string | undefined {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

/** The props written as plain strings (title="..."), in order. */
export function stringAttrs(node: JsxNode): Record<string, string> {
  const props: Record<string, string> = {};
  for (const a of node.attributes ?? [])
    if (a.type === 'mdxJsxAttribute' && a.name && typeof a.value === 'string') props[a.name] = a.value;
  return props;
}

/** Every component in reading order. */
export function jsxElements(tree: Node): JsxNode[] {
  const out: JsxNode[] = [];
  visit(tree, (node: Node) => {
    if (isJsx(node)) out.push(node);
  });
  return out;
}
