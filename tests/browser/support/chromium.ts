/**
 * Finds Debian's Chromium, installing it with apt when we are root and can, and otherwise stops
 * with the exact command to run. Never downloads a browser build and never skips silently.
 *
 * One browser serves the whole run: the global setup starts it (`startBrowserServer`) and every
 * test file connects to it with `launch()`; closing the connection leaves the browser running for
 * the next file. Run outside the suite (no global setup), `launch()` starts a browser of its own.
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean) as string[];
  for (const c of candidates) if (existsSync(c)) return c;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log("Chromium not found: installing Debian's chromium with apt-get…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'Browser tests need Chromium and none was found.\n' +
      '  Install it with:  sudo apt-get install -y chromium\n' +
      '  or point CHROMIUM_PATH at a Chromium binary.',
  );
}

/** The run's one browser, started by the global setup; test files reach it by its WebSocket address. */
export function startBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}

/** A connection to the run's browser (or, outside the suite, a browser of this file's own). */
export function launch(): Promise<Browser> {
  let endpoint: string | undefined;
  try {
    endpoint = inject('browserEndpoint');
  } catch {
    endpoint = undefined;
  }
  if (endpoint) return chromium.connect(endpoint);
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}
