/**
 * What a chart is: one declaration per chart folder (`src/charts/<folder>/chart.ts`), listed once
 * in `src/charts/index.ts`. The declaration says the chart's name (the MDX tag), its props and
 * which data each id prop refers to, which props make its id, how it loads its data for a
 * language, and its gallery examples. Everything else (the MDX vocabulary, `npm run check`, chart
 * ids, embed pages, CSV downloads, the gallery) reads the list. Pure: no Astro, no DOM.
 */
import type { Lang } from '../schemas/translation.ts';
import type { Trial } from '../schemas/trial.ts';
import type { TimelineEvent } from '../schemas/event.ts';
import type { Product } from '../schemas/product.ts';
import type { TrialCount } from '../schemas/trial-count.ts';
import type { CellScale } from '../schemas/cell-scale.ts';
import type { Reference } from '../schemas/reference.ts';
import type { ChartTable } from './shared/table.ts';

/** The kinds of record a prop can name by id (space-separated lists allowed). */
export type DataKind = 'reference' | 'glossary' | 'trial' | 'event' | 'product' | 'trialCount';

/** One prop of a component a chapter may use. */
export interface PropSpec {
  required?: boolean;
  /** What the prop takes, shown in error messages and the docs. */
  help: string;
  /** Longest text allowed, e.g. so a chart title fits a browser tab and a search result. */
  maxLength?: number;
  /** The only values allowed (space-separated lists are checked word by word). */
  oneOf?: readonly string[];
  /** The records the prop's ids point at: `npm run check` reports ids that do not exist. */
  refersTo?: DataKind;
}

/** The records a chart can load, by collection. */
export interface ChartRecords {
  trials: Trial;
  events: TimelineEvent;
  products: Product;
  trialCounts: TrialCount;
  cellScales: CellScale;
  references: Reference;
}

/**
 * How a chart reads data: the build passes Astro's content collections, tests pass fixtures.
 * Records come as written (English); `localize(record, lang)` gives a language's text.
 */
export interface ChartData {
  get<C extends keyof ChartRecords>(collection: C, id: string): Promise<ChartRecords[C] | undefined>;
  all<C extends keyof ChartRecords>(collection: C): Promise<ChartRecords[C][]>;
}

/** The props a chapter gave a chart (all text), without title and takeaway. */
export type ChartInput = Readonly<Record<string, string | undefined>>;

/** What a chart's frame shows around the drawing, and what the drawing gets. */
export interface ChartModel<View> {
  /** Plain-text summary of what the chart shows, for everyone who cannot see it. */
  summary: string;
  /** Reference ids behind the chart, in order. */
  refs: string[];
  /** The chart's data: the "Show data" table and the CSV download. */
  table: ChartTable;
  notes: string[];
  /** Colours the frame by therapy area. */
  area?: string | undefined;
  /** The renderer's props (without `uid` and `lang`, which the wrapper adds). */
  view: View;
}

/** One example in the chart gallery: props here, title and takeaway in the chart's strings. */
export interface ChartExample {
  props: ChartInput;
}

/** The words the gallery uses for a chart: the same shape in every chart's strings. */
export interface GalleryStrings {
  heading: string;
  intro: string;
  /** Title and takeaway of each of the declaration's `examples`, in order. */
  examples: readonly { title: string; takeaway: string }[];
}

export interface ChartDefinition<View = unknown, Name extends string = string> {
  /** The MDX tag, e.g. "TrialOutcomes"; its folder is the kebab-case form ("trial-outcomes"). */
  name: Name;
  /** What the chart shows, in one line, for the docs. */
  about: string;
  /** Props besides `title` and `takeaway` (every chart has those). */
  props: Record<string, PropSpec>;
  /** The props whose values make the chart's id, in order (e.g. trial then compare). */
  idProps: readonly string[];
  load(input: ChartInput, lang: Lang, data: ChartData): Promise<ChartModel<View>>;
  examples: readonly ChartExample[];
  /** Each language's gallery words. */
  gallery: Readonly<Record<Lang, GalleryStrings>>;
}

export function defineChart<View, const Name extends string>(
  definition: ChartDefinition<View, Name>,
): ChartDefinition<View, Name> {
  return definition;
}

/** Every chart's own props: what it shows and what to notice. */
export const FRAME_PROPS = {
  title: { required: true, help: 'what the chart shows, e.g. "Who improved in the Kyoto trial"', maxLength: 80 },
  takeaway: { required: true, help: 'one sentence: what the reader should notice', maxLength: 240 },
} as const satisfies Record<string, PropSpec>;

/** A space- or comma-separated id list, as props write them. */
export function idList(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/** "TrialOutcomes" → "trial-outcomes": the chart's folder, gallery anchor and id prefix. */
export function kebab(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

/** Stable chart ids (for embeds, downloads and anchors) from the chart's name and its id props. */
export function chartIdOf(chart: Pick<ChartDefinition, 'name' | 'idProps'>, input: ChartInput): string {
  const values = chart.idProps.map((k) => input[k]).filter((v): v is string => typeof v === 'string');
  const rest = idList(values.join(' ')).join('-');
  return `${kebab(chart.name)}--${rest || 'all'}`;
}

const FILES: Record<keyof ChartRecords, string> = {
  trials: 'trials.yaml',
  events: 'events.yaml',
  products: 'products.yaml',
  trialCounts: 'trial-counts.yaml',
  cellScales: 'cell-scales.yaml',
  references: 'references.yaml',
};

/** A record a chart needs, or an error naming the chart, the id and the file to add it to. */
export async function need<C extends keyof ChartRecords>(
  data: ChartData,
  chart: string,
  collection: C,
  id: string,
): Promise<ChartRecords[C]> {
  const record = await data.get(collection, id);
  if (!record) throw new Error(`<${chart}>: no record "${id}" in content/data/${FILES[collection]}.`);
  return record;
}
