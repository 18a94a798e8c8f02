/** Registers `client:interact` (see ./directive.ts) with Astro. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export function interactDirective(): AstroIntegration {
  return {
    name: 'reprogrammed:client-interact',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'interact', entrypoint: fileURLToPath(new URL('./directive.ts', import.meta.url)) });
      },
    },
  };
}
