/**
 * Runs the content checks (`npm run check`) before Astro reads any content, so a build with bad
 * content stops with every problem listed, each naming file, field and fix. It runs first because
 * Astro's own YAML reader quietly turns an impossible date such as 2026-02-30 into 2 March.
 * In `astro dev` problems are logged as warnings so the server keeps running while you fix them.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../data/check-content.ts';
import { formatProblem } from '../schemas/format-issues.ts';
import { socialCardsFromFrontmatter } from '../pages/og/_cards.ts';
import { warmCardsInBackground } from '../pages/og/_render.ts';

export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
}

export function contentIntegrity(): AstroIntegration {
  return {
    name: 'reprogrammed:content-integrity',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { errors, warnings, chapters } = await checkContent(fileURLToPath(config.root));
        for (const w of warnings) logger.warn(formatProblem(w));
        if (errors.length === 0) {
          logger.info('content checks passed');
          // Social cards depend only on the chapters' frontmatter: start drawing those not yet
          // cached now, on libvips' thread, while Astro compiles the chapters on the main thread.
          if (command === 'build') warmCardsInBackground(socialCardsFromFrontmatter(chapters));
          return;
        }
        const list = errors.map((e) => `  ${formatProblem(e)}`).join('\n');
        const message = `Content check found ${errors.length} problem(s):\n${list}\nFix them and build again (\`npm run check\` lists them in a second).`;
        if (command === 'dev') logger.error(message);
        else throw new ContentCheckError(message);
      },
    },
  };
}
