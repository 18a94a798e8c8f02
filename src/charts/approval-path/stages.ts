/** A product's stages in date order, and its conditional period: what the chart draws, from the record. */
import type { Product } from '../../schemas/product.ts';
import { startOf } from '../../schemas/dates.ts';
import { conditionalEnd, midOf } from './dates.ts';
import type { Stage } from './strings.ts';

/** Stages after which a product is off the road: the track ends there. */
export const TERMINAL: readonly Stage[] = ['withdrawn', 'rejected'];
/** Stages that close a conditional period early. */
const CLOSES_PERIOD: readonly Stage[] = ['full-approval', 'withdrawn', 'rejected'];

/** Products in the order of their first stage (ties by name). */
export function byFirstStage(products: Product[]): Product[] {
  const first = (p: Product) => Math.min(...p.stages.map((s) => startOf(s.date).getTime()));
  return [...products].sort((a, b) => first(a) - first(b) || a.name.localeCompare(b.name));
}

/** Stages in date order (the data lists them so, but the chart does not rely on it). */
export function stagesOf(p: Product) {
  return p.stages
    .map((s, order) => ({ ...s, order }))
    .sort((a, b) => midOf(a.date) - midOf(b.date) || a.order - b.order);
}

/** How a product's conditional period is drawn: its end if known and not cut short by a later stage. */
export function conditionalPeriod(p: Product) {
  const stages = stagesOf(p);
  const i = stages.findIndex((s) => s.stage === 'conditional-approval');
  if (i < 0) return undefined;
  const approval = stages[i]!;
  const closing = stages.slice(i + 1).find((s) => CLOSES_PERIOD.includes(s.stage));
  const end = p.conditionalYears === undefined ? undefined : conditionalEnd(approval.date, p.conditionalYears);
  const cutShort = closing !== undefined && (end === undefined || midOf(closing.date) <= midOf(end));
  return { approval, end, closing: cutShort ? closing : undefined, years: p.conditionalYears };
}
