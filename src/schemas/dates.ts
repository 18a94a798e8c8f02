/**
 * Dates with honest precision. Sources often give only a year or a month ("August 2018"),
 * and the site must not invent a day. A partial date is written YYYY, YYYY-MM or YYYY-MM-DD.
 */
import { z } from 'astro/zod';

export type Precision = 'year' | 'month' | 'day';
const PARTIAL = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** YAML turns 2018-08-01 into a Date; bring it back to text so precision survives. */
export function partialDate(what: string) {
  return z
    .union([z.date(), z.string(), z.number()], {
      error: `${what} must be a date written YYYY, YYYY-MM or YYYY-MM-DD.`,
    })
    .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)))
    .refine((v) => PARTIAL.test(v), {
      error: (issue) =>
        `${what} must be written YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2018-08 for "August 2018" (got ${JSON.stringify(issue.input)}).`,
    });
}

export function precisionOf(date: string): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The first instant a partial date can mean, for sorting and scales. */
export function startOf(date: string): Date {
  const [y, m = '01', d = '01'] = date.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/** The last day a partial date can mean, so "2019" ends on 2019-12-31 when checking end >= start. */
export function endOf(date: string): Date {
  const [y, m, d] = date.split('-');
  if (d) return startOf(date);
  if (m) return new Date(Date.UTC(Number(y), Number(m), 0));
  return new Date(Date.UTC(Number(y), 11, 31));
}
