/** Opens a page and records what a reader's browser would complain about. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

export interface Visit {
  page: Page;
  consoleErrors: string[];
  failedRequests: string[];
  offsiteRequests: string[];
  close: () => Promise<void>;
}

export async function visit(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<Visit> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  // Under load (two cores shared with other work) a long page can take more than Playwright's 30 s.
  page.setDefaultNavigationTimeout(90_000);
  const origin = new URL(url).origin;
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  const offsiteRequests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  page.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) offsiteRequests.push(u);
  });
  page.on('requestfailed', (req) => failedRequests.push(`${req.url()} (${req.failure()?.errorText})`));
  page.on('response', (res) => {
    if (res.status() >= 400) failedRequests.push(`${res.url()} (HTTP ${res.status()})`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, consoleErrors, failedRequests, offsiteRequests, close: () => context.close() };
}
