// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { remarkChapter } from './src/mdx/remark-chapter.ts';
import { smartPunctuation } from './src/mdx/smart-punctuation.ts';
import { rehypeHeadingLinks } from './src/lib/rehype-heading-links.ts';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import { postBuild } from './src/integrations/post-build.ts';
import { interactDirective } from './src/integrations/interact/index.ts';

// SITE and BASE_PATH let the same build serve from a domain root or a sub-path (GitHub Pages).
const site = process.env.SITE || 'http://localhost:4321';
const rawBase = process.env.BASE_PATH || '/';
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  // Stylesheets stay files: cacheable across pages, and never an inline <style> the CSP must hash.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [contentIntegrity(), interactDirective(), mdx(), svelte(), postBuild()],
  markdown: {
    // The unified processor (not the default Sätteri) because chapters need a remark plugin:
    // it numbers citations and computes reading time from the MDX tree.
    processor: unified({
      // Typographic quotes and dashes: remark-smartypants' output, run only on text it would change
      // (its own pass, `smartypants: true`, cost 40% of the chapters' compile: issue #19).
      remarkPlugins: [smartPunctuation, remarkChapter],
      rehypePlugins: [rehypeHeadingIds, rehypeHeadingLinks],
      smartypants: false,
    }),
    // Shiki writes inline styles, which the Content-Security-Policy forbids; chapters have no code.
    syntaxHighlight: false,
  },
  devToolbar: { enabled: false },
  prefetch: false,
  security: {
    // Astro hashes every script and style it emits into a CSP meta tag; the rest is locked to 'self'.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly, which needs this keyword (it allows no other eval).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
