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

/** A component as written, without its children: what the chart and embed lists need. */
export type MdxComponent = Pick<JsxNode, 'type' | 'name' | 'attributes' | 'position'>;

/**
 * One cache per process, keyed by the file's text, on `globalThis` so the content check (run while
 * Astro loads its config) and the pages' own modules (bundled apart by Vite) share it: a build parses
 * each chapter once for its component list, not once per page that lists charts. Keyed by the text,
 * an edited file is parsed again; entries are small (props only, no tree).
 */
const COMPONENTS = Symbol.for('reprogrammed.mdx-components');
const componentCache = ((globalThis as Record<symbol, unknown>)[COMPONENTS] ??= new Map()) as Map<
  string,
  readonly MdxComponent[]
>;

function componentsOfTree(elements: JsxNode[]): readonly MdxComponent[] {
  return Object.freeze(
    elements.map(({ type, name, attributes, position }) =>
      Object.freeze({
        type,
        ...(name !== undefined ? { name } : {}),
        ...(attributes ? { attributes: attributes.map((a) => ({ ...a })) } : {}),
        ...(position ? { position } : {}),
      }),
    ),
  );
}

/**
 * Remembers the component list of a source already parsed elsewhere (the content check), from its
 * tree or from the components the caller listed already.
 */
export function rememberComponents(source: string, tree: Node, elements?: JsxNode[]): void {
  if (!componentCache.has(source)) componentCache.set(source, componentsOfTree(elements ?? jsxElements(tree)));
}

/** Every component of an MDX source in reading order (parsed once per distinct text). */
export function mdxComponentsOf(source: string): readonly MdxComponent[] {
  let hit = componentCache.get(source);
  if (!hit) {
    hit = componentsOfTree(jsxElements(parseMdx(source)));
    componentCache.set(source, hit);
  }
  return hit;
}
