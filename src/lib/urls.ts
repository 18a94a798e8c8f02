/**
 * Every internal link goes through these helpers, so the site works at a domain root and under a
 * sub-path (BASE_PATH), in English at the root and in Japanese under /ja/.
 */
import { DEFAULT_LANG, LANGS, type Lang } from '../schemas/translation.ts';

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

export function href(path = ''): string {
  const clean = path.replace(/^\/+/, '');
  return `${BASE}${clean}`;
}

/** A page's path in a given language, without the base: localPath('ja', 'glossary/') -> ja/glossary/. */
export function localPath(lang: Lang, path = ''): string {
  return `${lang === DEFAULT_LANG ? '' : `${lang}/`}${path.replace(/^\/+/, '')}`;
}

/** A page in a given language: localHref('ja', 'glossary/') -> /ja/glossary/. */
export function localHref(lang: Lang, path = ''): string {
  return href(localPath(lang, path));
}

/** The language a page is offered in besides `lang` (the site has two). */
export function otherLang(lang: Lang): Lang {
  return LANGS.find((l) => l !== lang) ?? DEFAULT_LANG;
}

/** Leading "<lang>/" of any language that lives under its own folder. */
const LANG_FOLDER = new RegExp(`^(${LANGS.filter((l) => l !== DEFAULT_LANG).join('|')})(/|$)`);

export const chapterHref = (id: string, lang: Lang = 'en') => localHref(lang, `chapters/${id}/`);

/** The same page in the other language, from the current path (base path and /ja/ aware). */
export function counterpartPath(pathname: string, to: Lang): string {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\//, '');
  const withoutLang = rest.replace(LANG_FOLDER, '');
  return localHref(to, withoutLang);
}
