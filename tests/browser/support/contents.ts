/**
 * The contents link marked as the section being read. Where the page lets the browser mark it with
 * CSS alone (the list is a `scroll-target-group`, and the link matches `:target-current`), that is
 * the mark a reader sees before any script loads; otherwise the reading script's `aria-current`.
 */
import type { Page } from 'playwright-core';

export function currentSection(page: Page): Promise<{ id: string | null; by: 'css' | 'aria-current' }> {
  return page.evaluate(() => {
    const list = document.querySelector('[data-toc-link]')?.closest('ol');
    const css = Boolean(list && getComputedStyle(list).getPropertyValue('scroll-target-group').trim() === 'auto');
    const link = document.querySelector<HTMLElement>(
      css ? '[data-toc-link]:target-current' : '[data-toc-link][aria-current="true"]',
    );
    return { id: link?.dataset.tocLink ?? null, by: css ? 'css' : 'aria-current' };
  });
}
