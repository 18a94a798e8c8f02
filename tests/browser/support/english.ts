/**
 * English interface text on Japanese pages (issue #18): the English strings of src/i18n/en.ts and
 * of every chart's strings.ts that differ in Japanese, and a scan of what a Japanese reader meets
 * (text and accessible names; code, scripts and text marked lang="en" left out).
 */
import type { Page } from 'playwright-core';
import { en } from '../../../src/i18n/en.ts';
import { ja } from '../../../src/i18n/ja.ts';

/** Words that are the same in both editions: names, units, formats. */
const ALLOW = new Set(['Reprogrammed', 'English', 'BibTeX', 'CSV', 'JSON', 'MIT', 'doi', 'iPS', 'HLA', 'PMDA']);

/** English fragments to look for: each en.ts value (split at {placeholders}) that differs in ja. */
function englishFragments(): string[] {
  const out = new Set<string>();
  for (const [key, value] of Object.entries(en)) {
    if (ja[key as keyof typeof ja] === value) continue;
    for (const part of value.split(/\{\w+\}/)) {
      const f = part.trim().replace(/^[:.,;–—“”"'(\s]+|[:.,;–—“”"')\s]+$/g, '');
      if (f.length >= 4 && /[A-Za-z]{3}/.test(f) && !ALLOW.has(f)) out.add(f);
    }
  }
  // Words the search dialog, citation cards and reference lists used to print in English.
  for (const w of ['Source', 'Close', 'Filter by area', 'Results', 'pages found', 'No results', 'Fields', 'Format'])
    out.add(w);
  return [...out];
}

/** The charts' English strings (each chart's strings.ts exports { en, ja }), where they differ from ja. */
async function chartFragments(): Promise<string[]> {
  const out = new Set<string>();
  const leaves = (e: unknown, j: unknown): void => {
    if (typeof e === 'string') {
      const f = e.trim().replace(/[:.]+$/, '');
      // Single lower-case words (trials, patients) double as field names: only phrases and labels count.
      if (e !== j && f.length >= 4 && /[A-Za-z]{3}/.test(f) && !/^[a-z]+$/.test(f) && !ALLOW.has(f)) out.add(f);
    } else if (e && typeof e === 'object')
      for (const [k, v] of Object.entries(e)) leaves(v, (j as Record<string, unknown> | undefined)?.[k]);
  };
  const modules = import.meta.glob('../../../src/charts/*/strings.ts');
  for (const load of Object.values(modules)) {
    for (const v of Object.values((await load()) as Record<string, unknown>))
      if (v && typeof v === 'object' && 'en' in v && 'ja' in v)
        leaves((v as { en: unknown }).en, (v as { ja: unknown }).ja);
  }
  return [...out];
}
export const FRAGMENTS = [...englishFragments(), ...(await chartFragments())];

/**
 * Text and accessible names a Japanese reader meets in `root` (default: the whole page), leaving
 * out code, scripts, and anything marked as written in another language.
 */
export async function readerText(page: Page, selector = 'body'): Promise<string[]> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    if (!root) return [];
    const foreign = (el: Element | null) => {
      const l = el?.closest('[lang]')?.getAttribute('lang') ?? 'ja';
      return !l.startsWith('ja');
    };
    const skip = (el: Element | null) => !el || el.closest('script, style, template, code, pre, noscript') !== null;
    const out: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim();
      if (text && !skip(el) && !foreign(el)) out.push(text);
    }
    for (const el of root.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-description]')) {
      if (skip(el) || foreign(el)) continue;
      for (const a of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description']) {
        const v = el.getAttribute(a)?.trim();
        if (v) out.push(`${a}=${v}`);
      }
    }
    return out;
  }, selector);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERNS = FRAGMENTS.map((f) => ({ f, re: new RegExp(`(?<![A-Za-z])${escape(f)}(?![A-Za-z])`) }));

/** Addresses and file names (https://…, /data/trials.csv) are not interface words. */
const stripAddresses = (t: string) =>
  t.replace(/https?:\/\/[\x21-\x7e]+|\/?[\w.-]*\/[\w./-]*|[\w.-]+\.(?:csv|json|xml|png)\b/g, ' ');

/** The English fragments found in the texts, each with where it was found. */
export function englishIn(texts: string[]): string[] {
  const found: string[] = [];
  for (const raw of texts) {
    const text = stripAddresses(raw);
    for (const { f, re } of PATTERNS) if (re.test(text)) found.push(`"${f}" in: ${text.slice(0, 120)}`);
  }
  return found;
}
