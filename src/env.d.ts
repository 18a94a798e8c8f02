/// <reference types="astro/client" />

// A module (not a global script), so the block below adds to Astro's types instead of replacing them.
export {};

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate on the first pointer, touch or focus inside the island (src/integrations/interact). */
    'client:interact'?: boolean;
  }
}
