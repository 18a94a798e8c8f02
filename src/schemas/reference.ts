/**
 * A source readers can check. One record per paper, news story, release, registry entry or report.
 */
import { z } from 'astro/zod';
import { partialDate } from './dates.ts';
import { slugId } from './ids.ts';
import { isoDate, oneOf, strictKeys, text } from './messages.ts';
import { jaFields } from './translation.ts';

export const REFERENCE_TYPES = [
  'journal-article',
  'news',
  'press-release',
  'registry-record',
  'report',
  'web-page',
] as const;
/** How sure we are the bibliographic details are right (see shared/facts/references.md). */
export const REFERENCE_STATUS = ['confirmed', 'partly-confirmed', 'unverified'] as const;

const shape = {
  id: slugId('id'),
  type: oneOf(REFERENCE_TYPES, 'type'),
  /** People, as "Family, G." strings; leave empty and set `organisation` for releases. */
  authors: z.array(z.string().min(1)).default([]),
  organisation: z.string().optional(),
  title: text('title', 3, 400),
  /** Journal, newspaper or publisher. */
  venue: text('venue', 2, 200),
  year: z.number({ error: 'year must be a number, e.g. 2025.' }).int().min(1900).max(2100),
  /** Publication date, as precise as known. */
  date: partialDate('date').optional(),
  volume: z.string().optional(),
  issue: z.string().optional(),
  pages: z.string().optional(),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, {
      error: 'doi must look like 10.1038/s41586-025-08700-0 (no https://doi.org/ prefix).',
    })
    .optional(),
  url: z.url({ protocol: /^https?$/, error: 'url must be a full http(s) address.' }).optional(),
  /** When a web source was read (YYYY-MM-DD). Required for web sources without a DOI. */
  accessed: isoDate('accessed').optional(),
  pmid: z.string().regex(/^\d+$/).optional(),
  /** Language of the source, e.g. en or ja. */
  language: z
    .string()
    .regex(/^[a-z]{2}$/)
    .default('en'),
  status: oneOf(REFERENCE_STATUS, 'status').default('confirmed'),
  /** What this source supports, and any doubt about it. */
  note: z.string().optional(),
  /**
   * Japanese for a title or venue the site wrote itself (a descriptive title of an untitled page);
   * a source's own title stays as published.
   */
  ja: jaFields(['title', 'venue', 'organisation']),
};

export const referenceSchema = z
  .strictObject(shape, { error: strictKeys(Object.keys(shape), 'reference') })
  .refine((r) => r.authors.length > 0 || r.organisation, {
    error: 'give authors or an organisation, so the citation says who wrote it.',
    path: ['authors'],
  })
  .refine((r) => r.doi || r.url, { error: 'give a doi or a url so readers can check the source.', path: ['doi'] })
  .refine((r) => r.doi || !r.url || r.accessed, {
    error: 'a web source without a doi needs `accessed: YYYY-MM-DD`, the day it was read.',
    path: ['accessed'],
  });

export type Reference = z.infer<typeof referenceSchema>;
