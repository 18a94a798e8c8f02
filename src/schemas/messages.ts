/**
 * Error messages that teach. Zod's defaults ("Invalid enum value") do not tell a writer
 * what to type instead, so every schema builds its messages from these helpers.
 */
import { z } from 'astro/zod';

export function oneOf<T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) => `${what} must be one of: ${values.join(', ')} (got ${JSON.stringify(issue.input)}).`,
  });
}

/** A full date. YAML already turns 2026-03-06 into a Date; text is accepted in the same form. */
export function isoDate(what: string) {
  return z
    .union([z.date(), z.string()], {
      error: (issue) =>
        issue.input === undefined
          ? `${what} is required: a date written YYYY-MM-DD, e.g. 2026-03-06.`
          : `${what} must be a date written YYYY-MM-DD, e.g. 2026-03-06 (got ${JSON.stringify(issue.input)}).`,
    })
    .transform((value, ctx) => {
      const date =
        value instanceof Date
          ? value
          : /^\d{4}-\d{2}-\d{2}$/.test(value)
            ? new Date(`${value}T00:00:00Z`)
            : new Date(NaN);
      if (Number.isNaN(date.getTime()) || (typeof value === 'string' && date.toISOString().slice(0, 10) !== value)) {
        ctx.addIssue({
          code: 'custom',
          message: `${what} must be a real date written YYYY-MM-DD, e.g. 2026-03-06 (got ${JSON.stringify(value)}).`,
        });
        return z.NEVER;
      }
      return date;
    });
}

export function text(what: string, min: number, max: number) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is required.` : `${what} must be text.`) })
    .trim()
    .min(min, { error: `${what} is too short: write at least ${min} characters.` })
    .max(max, { error: `${what} is too long: keep it under ${max} characters.` });
}

/** For z.strictObject: name the unknown keys and list the allowed ones. */
export function strictKeys(allowed: readonly string[], where: string) {
  return (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `Unknown ${where} key(s): ${(issue.keys ?? []).join(', ')}. Allowed keys: ${allowed.join(', ')}.`
      : undefined;
}
