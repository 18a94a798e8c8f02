/** The path chart in words: each product's status, the summary, table, notes and references. */
import type { Product } from '../../schemas/product.ts';
import type { Lang } from '../../schemas/translation.ts';
import { FACTS_AS_OF } from '../../site.config.ts';
import { endOf, precisionOf, startOf } from '../../schemas/dates.ts';
import { formatPartialDate } from '../../lib/format.ts';
import type { ChartTable } from '../shared/table.ts';
import { conditionalEnd, when, yearOf } from './dates.ts';
import { conditionalPeriod, stagesOf } from './stages.ts';
import { strings } from './strings.ts';
import type { MarkKind } from './shapes.ts';

export function markLabel(p: Product, kind: MarkKind, date: string, lang: Lang, note?: string, extra?: string): string {
  const t = strings[lang];
  return t.markLabel(p.name, t.stage[kind], formatPartialDate(date, lang), note, extra);
}

/** One sentence: where the product stands at the as-of date. */
export function productStatus(p: Product, asOf = FACTS_AS_OF, lang: Lang = 'en'): string {
  const t = strings[lang].status;
  const asOfTime = endOf(asOf).getTime();
  const stages = stagesOf(p).filter((s) => startOf(s.date).getTime() <= asOfTime);
  const now = stages[stages.length - 1];
  if (!now) return t.none(p.name, formatPartialDate(asOf, lang));
  const d = formatPartialDate(now.date, lang);
  const at = when(now.date, lang);
  const approval = stages.find((s) => s.stage === 'conditional-approval');
  const after = approval ? when(approval.date, lang) : undefined;
  switch (now.stage) {
    case 'clinical-research':
      return t['clinical-research'](p.name, d);
    case 'trial':
      return t.trial(p.name, d);
    case 'filing':
      return t.filing(p.name, at);
    case 'conditional-approval': {
      const start = t.conditional(p.name, at);
      if (p.conditionalYears === undefined) return t.noPeriod(start);
      const end = conditionalEnd(now.date, p.conditionalYears);
      return startOf(end).getTime() > asOfTime ? t.endsAround(start, yearOf(end)) : t.wasDue(start, yearOf(end));
    }
    case 'full-approval':
      return t['full-approval'](p.name, at);
    case 'withdrawn':
      return t.withdrawn(p.name, at, after);
    case 'rejected':
      return t.rejected(p.name, at, after);
  }
}

/** The frame's text summary: per product, where it stands now. */
export function approvalSummary(products: Product[], asOf = FACTS_AS_OF, lang: Lang = 'en'): string {
  return strings[lang].summary(
    formatPartialDate(asOf, lang),
    products.map((p) => productStatus(p, asOf, lang)),
  );
}

/** Every stage and computed period end as a row. `cite` turns a reference id into a short citation. */
export function approvalTable(
  products: Product[],
  cite: (id: string) => string = (id) => id,
  lang: Lang = 'en',
): ChartTable {
  const t = strings[lang];
  const sources = (refs: string[]) => refs.map(cite).join('; ');
  return {
    columns: [...t.table.columns],
    rows: products.flatMap((p) => {
      const period = conditionalPeriod(p);
      return stagesOf(p).flatMap((s) => {
        const noPeriod = s.stage === 'conditional-approval' && p.conditionalYears === undefined;
        const note = t.table.joinNotes([s.note ?? '', noPeriod ? t.table.noPeriodNote : ''].filter(Boolean));
        const rows = [[p.name, p.company, t.stage[s.stage], formatPartialDate(s.date, lang), note, sources(s.refs)]];
        if (s.order === period?.approval.order && period.end) {
          rows.push([
            p.name,
            p.company,
            t.table.computed(t.stage['period-end']),
            t.approxYear(yearOf(period.end)),
            t.table.periodNote(period.years!, when(s.date, lang)) +
              (period.closing ? t.table.notReached(period.closing.stage, when(period.closing.date, lang)) : ''),
            sources(s.refs),
          ]);
        }
        return rows;
      });
    }),
  };
}

/** Caveats for the frame: each product's condition, and what conditional approval means. */
export function approvalNotes(products: Product[], asOf = FACTS_AS_OF, lang: Lang = 'en'): string[] {
  const t = strings[lang].notes;
  const notes = products.filter((p) => p.condition).map((p) => t.condition(p.name, p.condition!));
  notes.push(t.notFull, t.computedEnd(formatPartialDate(asOf, lang)));
  if (products.some((p) => p.stages.some((s) => precisionOf(s.date) === 'year'))) notes.push(t.yearOnly);
  return notes;
}

/** Every reference behind the drawn stages. */
export function approvalRefs(products: Product[]): string[] {
  return [...new Set(products.flatMap((p) => p.stages.flatMap((s) => s.refs)))];
}
