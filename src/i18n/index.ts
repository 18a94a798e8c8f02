/**
 * UI strings per language. `t(lang)` returns a lookup that fills {placeholders}.
 * Content (chapters, data) is translated in content/; this is only the interface around it.
 */
import { en, type UiKey } from './en.ts';
import { ja } from './ja.ts';
import type { Lang } from '../schemas/translation.ts';

const DICTIONARIES: Record<Lang, Record<UiKey, string>> = { en, ja };

export type { UiKey };

export function t(lang: Lang) {
  const dict = DICTIONARIES[lang];
  return (key: UiKey, vars: Record<string, string | number> = {}) =>
    dict[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** "/ja/" prefix for Japanese pages; English lives at the root. */
export function langPrefix(lang: Lang): string {
  return lang === 'en' ? '' : `${lang}/`;
}
