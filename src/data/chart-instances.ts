/**
 * Every chart used in a chapter, with its props, found by reading the MDX (the same parser as
 * `npm run check`). Embed pages are built from this list.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import { CHAPTERS_DIR } from './collections.ts';
import { chartIdFor, isChartName, type ChartName } from '../charts/registry.ts';

export interface ChartInstance {
  id: string;
  component: ChartName;
  props: Record<string, string>;
  /** The first chapter that uses this chart: where an embed links back to. */
  chapter: string;
}

interface JsxNode extends Node {
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/**
 * Charts in one language's chapters. Japanese chapters use the same chart ids as English (ids come
 * from data props), with Japanese titles; an English chapter without a translation lends its charts.
 */
export function chartInstances(root = '.', dir = CHAPTERS_DIR, lang: 'en' | 'ja' = 'en'): ChartInstance[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  const byId = new Map<string, ChartInstance>();
  const english = readdirSync(abs)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  const files = english.map((f) => (lang !== 'en' && existsSync(join(abs, lang, f)) ? `${lang}/${f}` : f));
  for (const file of files) {
    const tree = parser.parse(readFileSync(join(abs, file), 'utf8'));
    visit(tree, (node: Node) => {
      if (node.type !== 'mdxJsxFlowElement') return;
      const el = node as JsxNode;
      if (!el.name || !isChartName(el.name)) return;
      const props: Record<string, string> = {};
      for (const a of el.attributes ?? [])
        if (a.type === 'mdxJsxAttribute' && a.name && typeof a.value === 'string') props[a.name] = a.value;
      const id = chartIdFor(el.name, props);
      if (!byId.has(id))
        byId.set(id, { id, component: el.name, props, chapter: file.replace(/^[a-z]{2}\//, '').replace(/\.mdx$/, '') });
    });
  }
  return [...byId.values()];
}
