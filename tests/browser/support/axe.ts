/**
 * axe-core (WCAG 2.2 AA) run inside an open page. The source is injected once per page and
 * `axe.run` is called directly: @axe-core/playwright's AxeBuilder re-injects the source and opens
 * a blank page for every analysis (2-10 s a page on this machine against 0.3-3 s), and only
 * violations are gathered in full (`resultTypes`), so passing nodes cost no selector building.
 * A page with an iframe is handed to AxeBuilder, which also audits frames.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Rules whose outcome can change with the colour scheme (the rest see the same DOM and CSS boxes). */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

// axe-core as @axe-core/playwright itself resolves it (the same version the builder would use).
const require = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

const summarise = (violations: Violation[]) =>
  violations.map(
    (x) =>
      `${x.id}: ${x.help} (${x.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join('; ')})`,
  );

export interface AxeScope {
  /** Only these rules (still within the WCAG tags); by default every rule of the tags runs. */
  rules?: string[] | undefined;
  /** Every rule of the tags but these. */
  skip?: string[] | undefined;
  /** Only inside elements matching this selector (axe's `include` context); default: the whole page. */
  within?: string | undefined;
}

/**
 * Violations on the page as "rule: help (first three targets)". With an array, the run is limited
 * to those rules (as `{ rules }`).
 */
export async function axeViolations(page: Page, scope: string[] | AxeScope = {}): Promise<string[]> {
  const { rules, skip, within } = Array.isArray(scope) ? { rules: scope } : scope;
  if (within && (await page.locator(within).count()) === 0) return [];
  if ((await page.locator('iframe').count()) > 0) {
    const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
    if (rules) builder.withRules(rules);
    if (skip) builder.disableRules(skip);
    if (within) builder.include(within);
    return summarise((await builder.analyze()).violations as Violation[]);
  }
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    ({ tags, rules, skip, within }) => {
      const axe = (
        window as unknown as {
          axe: { run: (c: unknown, o: object) => Promise<{ violations: Violation[] }> };
        }
      ).axe;
      const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
      const off = Object.fromEntries((skip ?? []).map((id) => [id, { enabled: false }]));
      return axe
        .run(within ? { include: [[within]] } : document, { runOnly, rules: off, resultTypes: ['violations'] })
        .then((r) =>
          r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })),
        );
    },
    { tags: AXE_TAGS, rules, skip, within },
  );
  return summarise(violations);
}
