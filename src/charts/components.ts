/**
 * Every chart's Astro component, keyed by its name, found by folder (`<folder>/Chart.astro`) for
 * each chart in the list. The MDX vocabulary, embed pages and the gallery render charts through it.
 */
import { CHARTS, type ChartName } from './index.ts';
import { kebab } from './define.ts';

/** An Astro component; each chart takes its own props (checked by `npm run check`, not here). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AstroComponent = (props: any) => any;

const wrappers = import.meta.glob<{ default: AstroComponent }>('./*/Chart.astro', { eager: true });

export const chartComponents = Object.fromEntries(
  CHARTS.map((c) => {
    const wrapper = wrappers[`./${kebab(c.name)}/Chart.astro`];
    if (!wrapper) throw new Error(`Chart "${c.name}" has no wrapper: add src/charts/${kebab(c.name)}/Chart.astro.`);
    return [c.name, wrapper.default];
  }),
) as Record<ChartName, AstroComponent>;
