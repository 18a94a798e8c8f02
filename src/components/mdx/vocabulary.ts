/**
 * The MDX vocabulary: every component a chapter may use without importing it, with its props.
 * `npm run check` rejects unknown components and props with this list, and CONTRIBUTING.md
 * documents the same names. Components a chapter imports itself (diagrams, islands) are allowed.
 */
import { AREAS } from '../../schemas/areas.ts';
import { TRIAL_FACT_FIELDS } from '../../data/fact-fields.ts';

export interface PropSpec {
  required?: boolean;
  /** What the prop takes, shown in error messages. */
  help: string;
  /** Longest text allowed, e.g. so a chart title fits a browser tab and a search result. */
  maxLength?: number;
  /** The only values allowed (space-separated lists are checked word by word). */
  oneOf?: readonly string[];
}

const chartProps = {
  title: { required: true, help: 'what the chart shows, e.g. "Who improved in the Kyoto trial"', maxLength: 80 },
  takeaway: { required: true, help: 'one sentence: what the reader should notice', maxLength: 240 },
} satisfies Record<string, PropSpec>;

export const VOCABULARY: Record<string, Record<string, PropSpec>> = {
  Cite: { id: { required: true, help: 'a reference id from content/data/references.yaml' } },
  Term: { id: { required: true, help: 'a term id from content/data/glossary.yaml' } },
  Fact: {
    trial: { required: true, help: 'a trial id from content/data/trials.yaml' },
    field: { required: true, help: `one of ${TRIAL_FACT_FIELDS.join(', ')}`, oneOf: TRIAL_FACT_FIELDS },
  },
  KeyFacts: { title: { help: 'heading of the box; defaults to "Key facts"' } },
  Callout: {
    title: { required: true, help: 'the box heading' },
    kind: { help: 'note (default) or warning' },
  },
  Timeline: {
    ...chartProps,
    areas: { help: 'space-separated areas to show, e.g. "retina cornea"; default all', oneOf: AREAS },
  },
  TrialOutcomes: {
    ...chartProps,
    trial: { required: true, help: 'a trial id' },
    compare: { help: 'a second trial id to show side by side' },
  },
  CellScale: {
    ...chartProps,
    trials: { help: 'space-separated trial ids whose doses to show; default every trial with a dose' },
  },
  DoseCohorts: {
    ...chartProps,
    trial: { required: true, help: 'a trial id whose dose has cohorts' },
  },
  TrialCounts: {
    ...chartProps,
    counts: { required: true, help: 'space-separated ids from content/data/trial-counts.yaml' },
  },
  ApprovalPath: {
    ...chartProps,
    products: { help: 'space-separated product ids; default all' },
  },
};

/** Markdown also produces these lower-case HTML elements; they are always allowed. */
export function isHtmlElement(name: string): boolean {
  return /^[a-z]/.test(name);
}
