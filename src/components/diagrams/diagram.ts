/**
 * What every chapter diagram shares besides its drawing: its props (the language of its words),
 * the three texts its frame needs (title, description, caption), and picking the page's language.
 * A diagram file is then its words and its drawing: `const t = wordsFor(TEXT, Astro.props)` and
 * `<DiagramFrame id="…" words={t} viewBox="…">`.
 */
import type { Lang } from '../../schemas/translation.ts';

export interface DiagramProps {
  /** Language of the labels, title, description and caption; default English. */
  lang?: Lang;
}

/** The words a diagram's frame shows: an accessible title and description, and the caption. */
export interface DiagramWords {
  title: string;
  desc: string;
  caption: string;
}

/** The diagram's words in the page's language. */
export function wordsFor<T extends DiagramWords>(text: Record<Lang, T>, props: DiagramProps): T {
  return text[props.lang ?? 'en'];
}
