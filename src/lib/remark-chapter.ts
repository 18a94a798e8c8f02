/**
 * Build-time bookkeeping for chapters, done on the MDX tree so it follows reading order exactly:
 * - numbers <Cite> by first use (a repeat of an id gets the same number),
 * - marks the first <Term> of each id (only that one shows the definition popover),
 * - gives each of those a page-unique `key` for element ids (stable from build to build),
 * - computes word count and reading time.
 * Results reach the page as `remarkPluginFrontmatter` (citations, wordCount, readingTime).
 */
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import { countWords, readingMinutes } from './reading-time.ts';
import { stringAttr } from './mdx-uses.ts';

interface JsxNode extends Node {
  name?: string | null;
  attributes: { type: string; name: string; value: unknown }[];
  children?: Node[];
}

function setAttr(node: JsxNode, name: string, value: string) {
  node.attributes = node.attributes.filter((a) => a.name !== name);
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/** Components that print reader-facing text in the page's language. */
const LOCALISED = new Set([
  'Cite',
  'Term',
  'Fact',
  'KeyFacts',
  'Callout',
  'TrialOutcomes',
  'DoseCohorts',
  'CellScale',
  'Timeline',
  'TrialCounts',
  'ApprovalPath',
]);

export function remarkChapter() {
  return (
    tree: Node,
    file: { path?: string; history?: string[]; data: { astro?: { frontmatter?: Record<string, unknown> } } },
  ) => {
    // Translations live in content/chapters/<lang>/; their components print in that language.
    const path = (file.path ?? file.history?.[0] ?? '').replace(/\\/g, '/');
    const lang = /\/chapters\/ja\//.test(path) ? 'ja' : undefined;
    const citations: string[] = [];
    const termsSeen = new Set<string>();
    let text = '';
    let occurrence = 0;
    visit(tree, (node: Node) => {
      if (node.type === 'text') text += ` ${(node as Node & { value: string }).value}`;
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const el = node as JsxNode;
      if (lang && el.name && LOCALISED.has(el.name)) setAttr(el, 'lang', lang);
      if (el.name === 'Cite') {
        const id = stringAttr(el, 'id');
        if (!id) return;
        let n = citations.indexOf(id) + 1;
        if (n === 0) {
          n = citations.push(id);
          // Only the first citation of a source carries its card; later ones point at it.
          setAttr(el, 'first', 'true');
        }
        setAttr(el, 'n', String(n));
        setAttr(el, 'key', String(++occurrence));
      } else if (el.name === 'Term') {
        const id = stringAttr(el, 'id');
        if (id && !termsSeen.has(id)) {
          termsSeen.add(id);
          setAttr(el, 'first', 'true');
          setAttr(el, 'key', String(++occurrence));
        }
      }
    });
    // Japanese has no spaces between words: count characters, at about 500 a minute.
    const wordCount = lang === 'ja' ? Math.round(text.replace(/\s/g, '').length / 2.5) : countWords(text);
    const frontmatter = ((file.data.astro ??= {}).frontmatter ??= {});
    Object.assign(frontmatter, { citations, wordCount, readingTime: readingMinutes(wordCount) });
  };
}
