/**
 * Site-wide settings a fork changes in one place. The repository address powers "Edit this page"
 * and "Report an error"; set REPO_URL when building a fork.
 */
export const SITE_NAME = 'Reprogrammed';
export const REPO_URL = (
  import.meta.env?.REPO_URL ??
  process.env.REPO_URL ??
  'https://github.com/reprogrammed-site/reprogrammed'
).replace(/\/$/, '');
export const REPO_BRANCH = 'main';
/** The date every chapter's facts are checked against; shown as "as of" where a page has no own date. */
export const FACTS_AS_OF = '2026-12-01';

export function editUrl(path: string): string {
  return `${REPO_URL}/edit/${REPO_BRANCH}/${path}`;
}

export function reportUrl(title: string, pageUrl: string): string {
  const body = `Page: ${pageUrl}\n\nWhat is wrong:\n\nWhat the source says (with a link or DOI):\n`;
  return `${REPO_URL}/issues/new?${new URLSearchParams({ title: `Error report: ${title}`, body, labels: 'content-error' })}`;
}
