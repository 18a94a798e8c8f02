/**
 * Everything a chapter may use without importing it: the text components here and every chart in
 * the chart list. The names match the MDX vocabulary (src/mdx/vocabulary.ts), which
 * `npm run check` enforces.
 */
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Fact from './Fact.astro';
import KeyFacts from './KeyFacts.astro';
import Term from './Term.astro';
import { chartComponents, type AstroComponent } from '../../charts/components.ts';

/** Typed loosely on purpose: each component takes its own props, checked by `npm run check`. */
export const mdxComponents: Record<string, AstroComponent> & typeof chartComponents = {
  Callout,
  Cite,
  Fact,
  KeyFacts,
  Term,
  ...chartComponents,
};
