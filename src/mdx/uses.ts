/**
 * Finds the data ids a chapter refers to through its components, in reading order, from the
 * vocabulary's `refersTo`. `npm run check` reports the ids that do not exist.
 */
import type { Node } from 'unist';
import type { DataKind } from '../charts/define.ts';
import { jsxElements, type JsxNode } from './parse.ts';
import { VOCABULARY } from './vocabulary.ts';

/** A component use found in a chapter: <Cite id>, <Term id>, <Fact trial>... */
export interface ChapterUse {
  file: string;
  line?: number | undefined;
  kind: DataKind;
  id: string;
  component: string;
}

/** `elements`: the tree's components, when the caller has listed them already. */
export function collectUses(tree: Node, file: string, elements: JsxNode[] = jsxElements(tree)): ChapterUse[] {
  const uses: ChapterUse[] = [];
  for (const el of elements) {
    const component = el.name ?? '';
    const spec = VOCABULARY[component];
    if (!spec) continue;
    for (const attr of el.attributes ?? []) {
      if (attr.type !== 'mdxJsxAttribute' || !attr.name || typeof attr.value !== 'string') continue;
      const kind = spec[attr.name]?.refersTo;
      if (!kind) continue;
      for (const id of attr.value.split(/[\s,]+/).filter(Boolean)) {
        uses.push({ file, line: el.position?.start.line, kind, id, component });
      }
    }
  }
  return uses;
}
