/// <reference types="astro/client" />

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate on the first pointer, touch or focus inside the island (src/integrations/interact). */
    'client:interact'?: boolean;
  }
}
