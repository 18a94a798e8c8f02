/**
 * The house style check: banned forms from `content/style/*.yaml` (a YAML list of
 * `{ pattern, message, fix, lang? }`) reported wherever readers meet text. Japanese rules (ja.yaml,
 * from docs/ja-style.md) run over the Japanese chapters, the `ja:` text in data files and Japanese
 * interface strings; English rules (en.yaml) over the English chapters, data and interface strings.
 * Each match names the file, the line, the banned form and the fix. No Astro, no build: a second.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { Problem } from '../schemas/format-issues.ts';
import { CHAPTERS_DIR, DATA_DIR } from './collections.ts';

export const STYLE_DIR = 'content/style';

/**
 * Japanese style matches in the Japanese chapters fail the check: the chapters were restyled to
 * docs/ja-style.md (J2-DONE, 21:35 UTC) and are clean. English matches always fail it.
 */
export const JA_CHAPTER_STYLE_ERRORS = true;
/**
 * Japanese style matches in `ja:` data and in interface strings (charts, diagrams) fail the check
 * too: the last ones were fixed on 1 Dec 2026. Set false only while a style pass is under way.
 */
export const JA_STYLE_ERRORS = true;

export type StyleLang = 'ja' | 'en' | 'any';
export type TextLang = 'ja' | 'en';

export interface StyleRule {
  pattern: RegExp;
  message: string;
  fix: string;
  lang: StyleLang;
  /** Where the rule is written, for messages: content/style/ja.yaml:12. */
  source: string;
}

/** A stretch of reader-facing text: where it starts and which language's rules apply. */
export interface TextSpan {
  text: string;
  /** Line (1-based) of the span's first character in its file. */
  line: number;
  lang: TextLang;
}

export interface StyleResult {
  errors: Problem[];
  warnings: Problem[];
  rules: number;
}

const LANGS: readonly StyleLang[] = ['ja', 'en', 'any'];
const JAPANESE = /[\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Han}]/u;

/** Reads every rule file; a rule that cannot be used is a problem of its own, never silently skipped. */
export function readStyleRules(root = '.', dir = STYLE_DIR): { rules: StyleRule[]; problems: Problem[] } {
  const rules: StyleRule[] = [];
  const problems: Problem[] = [];
  const abs = join(root, dir);
  if (!existsSync(abs)) return { rules, problems };
  for (const name of readdirSync(abs).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const rel = join(dir, name);
    const fileLang = basename(name).replace(/\.ya?ml$/, '');
    const defaultLang: StyleLang = (LANGS as readonly string[]).includes(fileLang) ? (fileLang as StyleLang) : 'any';
    const lineCounter = new LineCounter();
    const source = readFileSync(join(abs, name), 'utf8');
    const doc = parseDocument(source, { lineCounter });
    if (doc.errors.length) {
      for (const err of doc.errors)
        problems.push({
          file: rel,
          line: err.linePos?.[0]?.line,
          message: `YAML syntax: ${err.message.split('\n')[0]}`,
        });
      continue;
    }
    if (doc.contents === null) continue;
    if (!isSeq(doc.contents)) {
      problems.push({
        file: rel,
        message: 'a style file is a YAML list of rules, each "- pattern: ...", with message and fix.',
      });
      continue;
    }
    doc.contents.items.forEach((item, i) => {
      const line =
        item && typeof item === 'object' && 'range' in item && item.range
          ? lineCounter.linePos(item.range[0]).line
          : undefined;
      const where = `rule #${i + 1}`;
      const raw = (isMap(item) ? item.toJSON() : null) as Record<string, unknown> | null;
      if (!raw) {
        problems.push({ file: rel, line, where, message: 'each rule is a map: { pattern, message, fix, lang? }.' });
        return;
      }
      const unknown = Object.keys(raw).filter((k) => !['pattern', 'message', 'fix', 'lang'].includes(k));
      if (unknown.length)
        problems.push({
          file: rel,
          line,
          where,
          message: `unknown key(s) ${unknown.join(', ')}: a rule has pattern, message, fix and optionally lang.`,
        });
      for (const key of ['pattern', 'message', 'fix'] as const) {
        if (typeof raw[key] !== 'string' || !(raw[key] as string).trim())
          problems.push({
            file: rel,
            line,
            where,
            message: `${key} is missing: give it as text (${key === 'pattern' ? 'a JavaScript regular expression' : key === 'fix' ? 'what to write instead' : 'why the form is banned'}).`,
          });
      }
      const lang = raw.lang ?? defaultLang;
      if (!(LANGS as readonly unknown[]).includes(lang))
        problems.push({ file: rel, line, where, message: `lang must be ja, en or any (got "${String(lang)}").` });
      if (typeof raw.pattern !== 'string' || !raw.pattern.trim()) return;
      let pattern: RegExp;
      try {
        // English rules ignore case ("Our sources", "our sources"); Japanese has no case.
        pattern = new RegExp(raw.pattern, lang === 'en' ? 'giu' : 'gu');
      } catch (err) {
        problems.push({
          file: rel,
          line,
          where,
          message: `pattern is not a valid regular expression: ${(err as Error).message}. Escape ( ) [ ] . ? * + with a backslash to match them literally.`,
        });
        return;
      }
      if (pattern.test('')) {
        problems.push({
          file: rel,
          line,
          where,
          message: 'pattern matches empty text, so it would flag every line: make it match at least one character.',
        });
        return;
      }
      if (
        typeof raw.message !== 'string' ||
        typeof raw.fix !== 'string' ||
        !(LANGS as readonly unknown[]).includes(lang)
      )
        return;
      rules.push({
        pattern,
        message: raw.message.trim(),
        fix: raw.fix.trim(),
        lang: lang as StyleLang,
        source: line ? `${rel}:${line}` : rel,
      });
    });
  }
  return { rules, problems };
}

/** Replaces a range with spaces, keeping newlines, so lines and columns stay where they were. */
function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

/** Attributes whose values readers see (chart titles, takeaways, callout titles, alt text). */
const TEXT_ATTRIBUTES = new Set(['title', 'takeaway', 'alt', 'caption', 'label', 'description', 'summary']);
/** Frontmatter keys readers see. */
const TEXT_FRONTMATTER = new Set(['title', 'description', 'keywords']);

/**
 * The reader-facing text of one chapter, as one span with everything else blanked: frontmatter
 * keys and non-text fields, imports, comments, code, link targets, URLs, component names and
 * attributes such as ids (but not titles and takeaways).
 */
export function chapterText(source: string): string {
  let text = source;
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (fm) {
    const kept = fm[0]
      .split('\n')
      .map((l) => {
        const m = /^(\s*)([\w-]+)(\s*:\s*)(.*)$/.exec(l);
        if (!m) return /^\s+-\s/.test(l) ? l : blank(l);
        return TEXT_FRONTMATTER.has(m[2]!) ? blank(m[1]! + m[2]! + m[3]!) + m[4]! : blank(l);
      })
      .join('\n');
    text = kept + text.slice(fm[0].length);
  }
  const replacers: [RegExp, (m: string, ...g: string[]) => string][] = [
    [/^(?:import|export)\s.*$/gm, blank],
    [/\{\/\*[\s\S]*?\*\/\}/g, blank],
    [/^```[\s\S]*?^```/gm, blank],
    [/`[^`\n]*`/g, blank],
    [/\]\([^)\n]*\)/g, (m) => ']' + blank(m.slice(1))],
    [/https?:\/\/[^\s)<>"']+/g, blank],
    [
      /<\/?[A-Za-z][\w.]*((?:\s+[\w:-]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*\/?>/g,
      (m) => {
        let out = blank(m);
        for (const a of m.matchAll(/([\w:-]+)=(?:"([^"]*)"|'([^']*)')/g)) {
          if (!TEXT_ATTRIBUTES.has(a[1]!)) continue;
          const value = a[2] ?? a[3] ?? '';
          const at = a.index + a[1]!.length + 2;
          out = out.slice(0, at) + value + out.slice(at + value.length);
        }
        return out;
      },
    ],
  ];
  for (const [re, fn] of replacers) text = text.replace(re, fn as (m: string) => string);
  return text;
}

/** Keys whose values are ids, dates, codes or links, never prose. */
const NON_TEXT_KEYS = new Set([
  'id',
  'refs',
  'ref',
  'url',
  'doi',
  'pmid',
  'date',
  'accessed',
  'year',
  'status',
  'language',
  'type',
  'area',
  'areas',
  'kind',
  'trial',
  'trials',
  'product',
  'products',
  'registry',
  'stage',
  'order',
  'slug',
  'chapter',
  'chapters',
  'sources',
  'source',
  'unit',
  'reading',
  'nct',
  'jrct',
  'volume',
  'issue',
  'pages',
]);
/** Reference fields copied from the source itself (bibliography), or never shown (note). */
const REFERENCE_SOURCE_KEYS = new Set(['title', 'venue', 'authors', 'organisation', 'note']);

/**
 * The prose in one data file, one span per text value: Japanese inside a `ja:` block, English
 * elsewhere. Spans are the raw source of the value, so lines are exact.
 */
export function dataSpans(source: string, file: string): TextSpan[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  if (doc.errors.length) return [];
  const spans: TextSpan[] = [];
  const isReferences = /(^|\/)references(\.ya?ml$|\/)/.test(file);
  const walk = (node: YamlNode | null | undefined, key: string | undefined, inJa: boolean, depth: number): void => {
    if (!node) return;
    if (isScalar(node)) {
      if (typeof node.value !== 'string' || !node.range || !key) return;
      if (NON_TEXT_KEYS.has(key)) return;
      if (isReferences && !inJa && depth <= 2 && REFERENCE_SOURCE_KEYS.has(key)) return;
      spans.push({
        text: source.slice(node.range[0], node.range[1]),
        line: lineCounter.linePos(node.range[0]).line,
        lang: inJa ? 'ja' : 'en',
      });
      return;
    }
    if (isSeq(node)) for (const item of node.items) walk(item as YamlNode, key, inJa, depth + 1);
    if (isMap(node))
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
        walk(pair.value as YamlNode, k, inJa || k === 'ja', depth + 1);
      }
  };
  walk(doc.contents as YamlNode, undefined, false, 0);
  return spans;
}

/**
 * Interface strings in code (dictionaries, chart strings, diagrams): each string literal and, in
 * .astro files, each text node, with its language judged by whether it contains Japanese.
 */
export function interfaceSpans(source: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const literal = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`|>([^<>{}]+)</g;
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (index: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  // Comments are for maintainers, not readers.
  const code = source.replace(
    /\/\*[\s\S]*?\*\/|(^|[^:'"`])\/\/.*$|<!--[\s\S]*?-->/gm,
    (m, pre: string | undefined) => (pre ?? '') + blank(m.slice((pre ?? '').length)),
  );
  for (const m of code.matchAll(literal)) {
    const text = m[1] ?? m[0];
    if (!text.trim()) continue;
    spans.push({
      text,
      line: lineOf(m.index! + (m[1] !== undefined ? 1 : 0)),
      lang: JAPANESE.test(text) ? 'ja' : 'en',
    });
  }
  return spans;
}

/** Every match of every rule in the spans, as problems naming the line, the form and the fix. */
export function matchRules(file: string, spans: readonly TextSpan[], rules: readonly StyleRule[]): Problem[] {
  const problems: Problem[] = [];
  for (const span of spans) {
    for (const rule of rules) {
      if (rule.lang !== 'any' && rule.lang !== span.lang) continue;
      rule.pattern.lastIndex = 0;
      for (const m of span.text.matchAll(rule.pattern)) {
        const before = span.text.slice(0, m.index);
        const line = span.line + (before.match(/\n/g)?.length ?? 0);
        problems.push({
          file,
          line,
          message: `style: "${m[0].replace(/\s+/g, ' ').trim()}" ${rule.message} Write: ${rule.fix} (rule: ${rule.source})`,
        });
      }
    }
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function listFiles(root: string, dir: string, test: (name: string) => boolean, recursive = true): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  const out: string[] = [];
  for (const name of readdirSync(abs).sort()) {
    const rel = join(dir, name);
    if (statSync(join(root, rel)).isDirectory()) {
      if (recursive) out.push(...listFiles(root, rel, test, recursive));
    } else if (test(name)) out.push(rel);
  }
  return out;
}

/** The interface files: dictionaries, chart strings and diagrams. */
export const INTERFACE_FILES = (root: string): string[] => [
  ...listFiles(root, 'src/i18n', (n) => n.endsWith('.ts')),
  ...listFiles(root, 'src/charts', (n) => n === 'strings.ts'),
  ...listFiles(root, 'src/components/diagrams', (n) => n.endsWith('.astro')),
];

export function checkStyle(
  root = '.',
  opts: {
    chaptersDir?: string;
    dataDir?: string;
    styleDir?: string;
    /** Japanese matches in data and interface strings are errors (else warnings). */
    jaErrors?: boolean;
    /** Japanese matches in chapters are errors (else warnings). */
    jaChapterErrors?: boolean;
  } = {},
): StyleResult {
  const { rules, problems } = readStyleRules(root, opts.styleDir);
  const errors: Problem[] = [...problems];
  const warnings: Problem[] = [];
  if (!rules.length) return { errors, warnings, rules: 0 };
  const chaptersDir = opts.chaptersDir ?? CHAPTERS_DIR;
  const jaErrors = opts.jaErrors ?? JA_STYLE_ERRORS;
  const jaChapterErrors = opts.jaChapterErrors ?? JA_CHAPTER_STYLE_ERRORS;
  const report = (rel: string, spans: TextSpan[], chapter = false): void => {
    for (const lang of ['ja', 'en'] as const) {
      const found = matchRules(
        rel,
        spans.filter((s) => s.lang === lang),
        rules,
      );
      const strict = lang === 'en' || (chapter ? jaChapterErrors : jaErrors);
      (strict ? errors : warnings).push(...found);
    }
  };
  for (const rel of listFiles(root, chaptersDir, (n) => n.endsWith('.mdx'))) {
    const lang: TextLang = rel.slice(chaptersDir.length + 1).startsWith('ja/') ? 'ja' : 'en';
    report(rel, [{ text: chapterText(readFileSync(join(root, rel), 'utf8')), line: 1, lang }], true);
  }
  for (const rel of listFiles(root, opts.dataDir ?? DATA_DIR, (n) => /\.ya?ml$/.test(n)))
    report(rel, dataSpans(readFileSync(join(root, rel), 'utf8'), rel));
  for (const rel of INTERFACE_FILES(root)) report(rel, interfaceSpans(readFileSync(join(root, rel), 'utf8')));
  return { errors, warnings, rules: rules.length };
}
