/**
 * The MDX vocabulary: every component a chapter may use without importing it, with its props
 * and which data each id prop refers to. Charts come from the chart list (src/charts/index.ts).
 * `npm run check` rejects unknown components and props with this list, the build marks their
 * language, and CONTRIBUTING.md documents the same names. Components a chapter imports itself
 * (diagrams, islands) are allowed.
 */
import { CHARTS } from '../charts/index.ts';
import { FRAME_PROPS, type PropSpec } from '../charts/define.ts';

/** The fields <Fact field="..."> can print (src/data/facts.ts implements each, in every language). */
export const TRIAL_FACT_FIELDS = [
  'enrolled',
  'evaluated',
  'dose',
  'followUp',
  'start',
  'end',
  'improved',
  'institution',
] as const;

export const VOCABULARY: Readonly<Record<string, Readonly<Record<string, PropSpec>>>> = {
  Cite: { id: { required: true, help: 'a reference id from content/data/references.yaml', refersTo: 'reference' } },
  Term: { id: { required: true, help: 'a term id from content/data/glossary.yaml', refersTo: 'glossary' } },
  Fact: {
    trial: { required: true, help: 'a trial id from content/data/trials.yaml', refersTo: 'trial' },
    field: { required: true, help: `one of ${TRIAL_FACT_FIELDS.join(', ')}`, oneOf: TRIAL_FACT_FIELDS },
  },
  KeyFacts: { title: { help: 'heading of the box; defaults to "Key facts"' } },
  Callout: {
    title: { required: true, help: 'the box heading' },
    kind: { help: 'note (default) or warning' },
  },
  ...Object.fromEntries(CHARTS.map((c) => [c.name, { ...FRAME_PROPS, ...c.props }])),
};

/** Markdown also produces these lower-case HTML elements; they are always allowed. */
export function isHtmlElement(name: string): boolean {
  return /^[a-z]/.test(name);
}
