/**
 * Every internal link goes through `href`, so the site works at a domain root and under a
 * sub-path (BASE_PATH) alike.
 */
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

export function href(path = ''): string {
  const clean = path.replace(/^\/+/, '');
  return `${BASE}${clean}`;
}

export const chapterHref = (id: string) => href(`chapters/${id}/`);
