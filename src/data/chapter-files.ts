/**
 * Which chapter files exist, per language: English at the top of content/chapters/, translations
 * in a folder per language with the same file name. Every reader of chapter files lists them here.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LANG, LANGS, type Lang } from '../schemas/translation.ts';

/** Languages with a folder of translations (every language but English). */
export const TRANSLATION_LANGS = LANGS.filter((l) => l !== DEFAULT_LANG);

/** Chapter file names (`cornea.mdx`) in one folder, sorted; none if the folder is missing. */
export function chapterFileNames(abs: string, ext: RegExp = /\.mdx$/): string[] {
  return existsSync(abs)
    ? readdirSync(abs)
        .filter((f) => ext.test(f))
        .sort()
    : [];
}

/**
 * The file a reader of `lang` gets for each English chapter, relative to the chapters folder:
 * the translation if there is one (`ja/cornea.mdx`), else the English original.
 */
export function chapterFilesFor(abs: string, lang: Lang): string[] {
  return chapterFileNames(abs).map((f) =>
    lang !== DEFAULT_LANG && existsSync(join(abs, lang, f)) ? `${lang}/${f}` : f,
  );
}

/** The chapter id (slug) of a file: `ja/cornea.mdx` → `cornea`. */
export function chapterIdOf(file: string): string {
  return file.replace(/^[a-z]{2}\//, '').replace(/\.mdx?$/, '');
}
