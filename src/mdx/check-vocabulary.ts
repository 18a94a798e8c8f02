/**
 * Checks a chapter's components against the MDX vocabulary: unknown components, unknown props and
 * missing required props, each with the list of what is allowed.
 */
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import type { Problem } from '../schemas/format-issues.ts';
import { jsxElements, type JsxNode } from './parse.ts';
import { VOCABULARY, isHtmlElement } from './vocabulary.ts';

/** Names a chapter imports itself (`import EyeDiagram from ...`): those are its own business. */
function importedNames(tree: Node): Set<string> {
  const names = new Set<string>();
  visit(tree, 'mdxjsEsm', (node: Node) => {
    const src = (node as Node & { value?: string }).value ?? '';
    for (const m of src.matchAll(/import\s+(?:(\w+)|\{([^}]*)\})/g)) {
      if (m[1]) names.add(m[1]);
      for (const part of (m[2] ?? '').split(',')) {
        const name = part
          .split(/\s+as\s+/)
          .pop()
          ?.trim();
        if (name) names.add(name);
      }
    }
  });
  return names;
}

/** `elements`: the tree's components, when the caller has listed them already (one walk of the tree, not three). */
export function checkVocabulary(tree: Node, file: string, elements: JsxNode[] = jsxElements(tree)): Problem[] {
  const problems: Problem[] = [];
  const imported = importedNames(tree);
  const known = Object.keys(VOCABULARY).join(', ');
  for (const el of elements) {
    const name = el.name ?? '';
    const line = el.position?.start.line;
    if (!name || isHtmlElement(name) || imported.has(name)) continue;
    const spec = VOCABULARY[name];
    if (!spec) {
      problems.push({
        file,
        line,
        where: `<${name}>`,
        message: `unknown component. Use one of: ${known}; or import your own component at the top of the file.`,
      });
      continue;
    }
    const given = new Set<string>();
    for (const attr of el.attributes ?? []) {
      if (attr.type !== 'mdxJsxAttribute' || !attr.name) continue;
      given.add(attr.name);
      const propSpec = spec[attr.name];
      if (!propSpec) {
        const allowed = Object.entries(spec)
          .map(([k, v]) => `${k} (${v.help})`)
          .join('; ');
        problems.push({ file, line, where: `<${name}>`, message: `unknown prop "${attr.name}". Allowed: ${allowed}.` });
      } else if (propSpec.maxLength && typeof attr.value === 'string' && attr.value.length > propSpec.maxLength) {
        problems.push({
          file,
          line,
          where: `<${name}>`,
          message: `${attr.name} is ${attr.value.length} characters; keep it under ${propSpec.maxLength}.`,
        });
      } else if (propSpec.oneOf && typeof attr.value === 'string') {
        for (const word of attr.value.split(/[\s,]+/).filter(Boolean)) {
          if (!propSpec.oneOf.includes(word)) {
            problems.push({
              file,
              line,
              where: `<${name}>`,
              message: `${attr.name}="${word}" is not allowed: use ${propSpec.oneOf.join(', ')}.`,
            });
          }
        }
      }
    }
    for (const [prop, p] of Object.entries(spec)) {
      if (p.required && !given.has(prop)) {
        problems.push({ file, line, where: `<${name}>`, message: `missing prop "${prop}": ${p.help}.` });
      }
    }
  }
  return problems;
}
