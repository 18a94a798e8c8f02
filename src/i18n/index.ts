/**
 * UI strings per language. `t(lang)` returns a lookup that fills {placeholders}.
 * Content (chapters, data) is translated in content/; this is only the interface around it.
 */
import { en, type UiKey } from './en.ts';
import { ja } from './ja.ts';
import type { Lang } from '../schemas/translation.ts';
import { SITE_NAME } from '../site.config.ts';

const DICTIONARIES: Record<Lang, Record<UiKey, string>> = { en, ja };

export type { UiKey };

export function t(lang: Lang) {
  const dict = DICTIONARIES[lang];
  return (key: UiKey, vars: Record<string, string | number> = {}) => {
    // {site} is the site's name from site.config.ts, in every string.
    const all: Record<string, string | number> = { site: SITE_NAME, ...vars };
    return dict[key].replace(/\{(\w+)\}/g, (_, name: string) => String(all[name] ?? `{${name}}`));
  };
}
