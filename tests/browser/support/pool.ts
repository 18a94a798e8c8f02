/**
 * A pool of open pages in the run's one browser, for suites that visit many pages with the same
 * settings (pages.test.ts): most of a visit is waiting (the network, the next frame, a round trip
 * to the browser), so several pages are visited at once, and a page is reused for the next visit
 * instead of opening a new context (and a new renderer process) each time.
 *
 * A reused page is put back as a fresh one would be: the viewport, colour scheme and media it was
 * opened with, and empty lists of console errors and requests. It has no other state a check could
 * see: the site keeps nothing in cookies or storage unless a reader changes a setting, and the
 * pool's pages never do.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { Visit } from './visit';

interface Slot {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  failedRequests: string[];
  offsiteRequests: string[];
  /** The origin of the page being visited: requests elsewhere are off-site. */
  origin: string;
}

export interface PagePool {
  /** Opens `url` in a free page (waiting for one if all are busy); `close()` gives the page back. */
  visit(url: string): Promise<Visit>;
  /** Closes every page of the pool. */
  close(): Promise<void>;
}

export function pagePool(browser: Browser, size: number, options: BrowserContextOptions = {}): PagePool {
  const free: Slot[] = [];
  const waiting: ((slot: Slot) => void)[] = [];
  const all: Slot[] = [];
  let opened = 0;

  async function open(): Promise<Slot> {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    // Under load (two cores shared with other work) a long page can take more than Playwright's 30 s.
    page.setDefaultNavigationTimeout(90_000);
    const slot: Slot = { context, page, consoleErrors: [], failedRequests: [], offsiteRequests: [], origin: '' };
    page.on('console', (msg) => {
      if (msg.type() === 'error') slot.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => slot.consoleErrors.push(String(err)));
    page.on('request', (req) => {
      const u = req.url();
      if (u === 'about:blank') return;
      if (!u.startsWith(slot.origin) && !u.startsWith('data:') && !u.startsWith('blob:')) slot.offsiteRequests.push(u);
    });
    page.on('requestfailed', (req) => slot.failedRequests.push(`${req.url()} (${req.failure()?.errorText})`));
    page.on('response', (res) => {
      if (res.status() >= 400) slot.failedRequests.push(`${res.url()} (HTTP ${res.status()})`);
    });
    all.push(slot);
    return slot;
  }

  async function acquire(): Promise<Slot> {
    const slot = free.pop();
    if (slot) return slot;
    if (opened < size) {
      opened++;
      return open();
    }
    return new Promise((ok) => waiting.push(ok));
  }

  async function release(slot: Slot) {
    // Back to how the context opened it, for the next visit.
    await slot.page.emulateMedia({ media: 'screen', colorScheme: options.colorScheme ?? 'light' });
    if (options.viewport) await slot.page.setViewportSize(options.viewport);
    await slot.page.goto('about:blank');
    const next = waiting.shift();
    if (next) next(slot);
    else free.push(slot);
  }

  return {
    async visit(url) {
      const slot = await acquire();
      slot.consoleErrors.length = 0;
      slot.failedRequests.length = 0;
      slot.offsiteRequests.length = 0;
      slot.origin = new URL(url).origin;
      try {
        await slot.page.goto(url, { waitUntil: 'load' });
      } catch (err) {
        await release(slot);
        throw err;
      }
      return {
        page: slot.page,
        consoleErrors: slot.consoleErrors,
        failedRequests: slot.failedRequests,
        offsiteRequests: slot.offsiteRequests,
        close: () => release(slot),
      };
    },
    async close() {
      await Promise.all(all.map((s) => s.context.close()));
    },
  };
}
