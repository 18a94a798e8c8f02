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
import { countWords, readingMinutes } from '../lib/reading-time.ts';
import { isJsx, stringAttr, type JsxNode } from './parse.ts';
import { VOCABULARY } from './vocabulary.ts';
import { DEFAULT_LANG, LANG_INFO, LANGS } from '../schemas/translation.ts';

function setAttr(node: JsxNode, name: string, value: string) {
  node.attributes = (node.attributes ?? []).filter((a) => a.name !== name);
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

export function remarkChapter() {
  return (
    tree: Node,
    file: { path?: string; history?: string[]; data: { astro?: { frontmatter?: Record<string, unknown> } } },
  ) => {
    // Translations live in content/chapters/<lang>/; their components print in that language.
    const path = (file.path ?? file.history?.[0] ?? '').replace(/\\/g, '/');
    // Chapters and stand-alone pages (content/pages/) both keep translations in a folder per language.
    const lang = LANGS.find(
      (l) => l !== DEFAULT_LANG && (path.includes(`/chapters/${l}/`) || path.includes(`/pages/${l}/`)),
    );
    const citations: string[] = [];
    const termsSeen = new Set<string>();
    let text = '';
    let occurrence = 0;
    visit(tree, (node: Node) => {
      if (node.type === 'text') text += ` ${(node as Node & { value: string }).value}`;
      if (!isJsx(node)) return;
      const el = node;
      // Every vocabulary component prints reader-facing text in the page's language.
      if (lang && el.name && el.name in VOCABULARY) setAttr(el, 'lang', lang);
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
    const wordCount = countWords(text, !lang || LANG_INFO[lang].spaced);
    const frontmatter = ((file.data.astro ??= {}).frontmatter ??= {});
    Object.assign(frontmatter, { citations, wordCount, readingTime: readingMinutes(wordCount) });
  };
}
