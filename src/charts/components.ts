/**
 * Every chart's Astro component, keyed by its name, found by folder (`<folder>/Chart.astro`) for
 * each chart in the list. The MDX vocabulary, embed pages and the gallery render charts through it.
 */
import { CHARTS } from './index.ts';
import { kebab } from './define.ts';

type AstroComponent = (props: Record<string, unknown>) => unknown;

const wrappers = import.meta.glob<{ default: AstroComponent }>('./*/Chart.astro', { eager: true });

export const chartComponents: Record<string, AstroComponent> = Object.fromEntries(
  CHARTS.map((c) => {
    const wrapper = wrappers[`./${kebab(c.name)}/Chart.astro`];
    if (!wrapper) throw new Error(`Chart "${c.name}" has no wrapper: add src/charts/${kebab(c.name)}/Chart.astro.`);
    return [c.name, wrapper.default];
  }),
);
