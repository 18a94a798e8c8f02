/**
 * Which charts a chapter's handout must draw. The handout keeps one picture (ChapterExcerpt.astro):
 * the first diagram, else the first chart that is not a timeline. Every other chart would be drawn
 * only to be dropped, which cost ~20 ms a handout: 2,000 handouts at 1,000 chapters (issue #19).
 * Diagrams are imported by the chapter itself (`import X from '.../components/diagrams/X.astro'`).
 */
import { mdxComponentsOf } from './parse.ts';

const DIAGRAM_IMPORT = /^import\s+(\w+)\s+from\s+['"][^'"]*\/components\/diagrams\//gm;

/** The names of the charts in `chartNames` that cannot be the handout's picture for this MDX source. */
export function chartsLeftOffHandout(source: string, chartNames: readonly string[]): string[] {
  const used = mdxComponentsOf(source).flatMap((el) => (el.name ? [el.name] : []));
  const hasDiagram = [...source.matchAll(DIAGRAM_IMPORT)].some((m) => used.includes(m[1]!));
  const picture = hasDiagram ? undefined : used.find((name) => chartNames.includes(name) && name !== 'Timeline');
  return chartNames.filter((name) => name !== picture);
}
