/**
 * A throwaway copy of the project for tests that build a site. node_modules is a real folder of
 * symlinks to the project's packages (not one symlink), so Astro's and Vite's caches
 * (node_modules/.astro, .vite) are written inside the copy and never touch the project's own.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');

export function tempProject(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const p of ['content', 'src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(REPO, p))) cpSync(join(REPO, p), join(dir, p), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(REPO, 'node_modules'))) {
    if (['.astro', '.vite', '.cache', '.vite-temp'].includes(entry)) continue;
    symlinkSync(join(REPO, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

/**
 * The environment for a child build. Vitest puts Vite's own variables (BASE_URL, MODE, DEV, PROD,
 * SSR) into process.env; passed on, they would override the child build's configuration.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of [
    'BASE_URL',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
    'TEST',
    'NODE_ENV',
  ])
    delete env[key];
  return { ...env, ...extra };
}
