/**
 * Finds the data ids a chapter refers to through its components, in reading order.
 * The remark plugin (numbering citations at build) and `npm run check` both use it,
 * so the build and the fast check can never disagree about what a chapter cites.
 */
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import type { ChapterUse } from '../data/integrity.ts';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxNode extends Node {
  name?: string | null;
  attributes?: JsxAttribute[];
}

/** Which prop of which component points at which collection. */
const PROP_KINDS: Record<string, ChapterUse['kind']> = {
  'Cite.id': 'reference',
  'Term.id': 'glossary',
  '*.trial': 'trial',
  '*.trials': 'trial',
  '*.compare': 'trial',
  '*.product': 'product',
  '*.products': 'product',
  '*.counts': 'trialCount',
  '*.event': 'event',
};

export function stringAttr(node: JsxNode, name: string): string | undefined {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

export function collectUses(tree: Node, file: string): ChapterUse[] {
  const uses: ChapterUse[] = [];
  visit(tree, (node: Node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const el = node as JsxNode;
    const component = el.name ?? '';
    for (const attr of el.attributes ?? []) {
      if (attr.type !== 'mdxJsxAttribute' || !attr.name || typeof attr.value !== 'string') continue;
      const kind = PROP_KINDS[`${component}.${attr.name}`] ?? PROP_KINDS[`*.${attr.name}`];
      if (!kind) continue;
      for (const id of attr.value.split(/[\s,]+/).filter(Boolean)) {
        uses.push({ file, line: el.position?.start.line, kind, id, component });
      }
    }
  });
  return uses;
}
