/**
 * Everything a chapter may use without importing it. The names here are the MDX vocabulary
 * documented in CONTRIBUTING.md; `npm run check` rejects components not listed here.
 */
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Fact from './Fact.astro';
import KeyFacts from './KeyFacts.astro';
import Term from './Term.astro';
import Timeline from './charts/Timeline.astro';
import ApprovalPath from './charts/ApprovalPath.astro';
import CellScale from './charts/CellScale.astro';
import DoseCohorts from './charts/DoseCohorts.astro';
import TrialCounts from './charts/TrialCounts.astro';
import TrialOutcomes from './charts/TrialOutcomes.astro';

export const mdxComponents = {
  ApprovalPath,
  Callout,
  CellScale,
  Cite,
  DoseCohorts,
  Fact,
  KeyFacts,
  Term,
  Timeline,
  TrialCounts,
  TrialOutcomes,
};
