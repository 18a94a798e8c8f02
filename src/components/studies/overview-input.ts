/**
 * What the overview chart needs from the records: the studies in Japan as plain marks, and the
 * approvals and withdrawals of products that came out of them, with the references for those.
 */
import type { Product } from '../../schemas/product.ts';
import type { Trial } from '../../schemas/trial.ts';
import type { Lang } from '../../schemas/translation.ts';
import { localize } from '../../schemas/translation.ts';
import { formatPartialDate } from '../../lib/format.ts';
import type { MarkerInput, OverviewStudy } from '../../charts/studies-overview/layout.ts';
import type { StudyView } from './model.ts';

const APPROVALS = new Set(['conditional-approval', 'full-approval']);

export function overviewInput(
  trials: readonly Trial[],
  products: readonly Product[],
  japan: readonly StudyView[],
  lang: Lang,
): { studies: OverviewStudy[]; markers: MarkerInput[]; refs: string[] } {
  const inJapan = new Set(japan.map((v) => v.id));
  const byId = new Map(trials.map((t) => [t.id, t]));
  const ours = products.filter((p) => p.trial && inJapan.has(p.trial));
  const approvedTrials = new Set(
    ours.filter((p) => p.stages.some((st) => APPROVALS.has(st.stage))).map((p) => p.trial!),
  );
  const studies: OverviewStudy[] = japan.map((v) => ({
    id: v.id,
    title: v.title,
    field: v.field,
    fieldLabel: v.fieldLabel,
    area: v.area,
    start: v.sort.start,
    startLabel: v.sort.start ? formatPartialDate(v.sort.start, lang) : '',
    stopped: v.stage === 'stopped',
    approved: v.stage === 'approved' || approvedTrials.has(v.id),
    stageLabel: v.stageLabel,
  }));

  const refs: string[] = [];
  // The first approval date, with how many products were approved that day.
  const approvals = ours.flatMap((p) => p.stages.filter((st) => APPROVALS.has(st.stage)).map((st) => ({ p, st })));
  const markers: MarkerInput[] = [];
  const first = approvals.map((a) => a.st.date).sort()[0];
  if (first) {
    const that = approvals.filter((a) => a.st.date === first);
    markers.push({ kind: 'approval', date: first, dateLabel: formatPartialDate(first, lang), count: that.length });
    refs.push(...that.flatMap((a) => a.st.refs));
  }
  for (const p of ours) {
    for (const st of p.stages.filter((x) => x.stage === 'withdrawn')) {
      markers.push({
        kind: 'withdrawal',
        date: st.date,
        dateLabel: formatPartialDate(st.date, lang),
        what: localize(p, lang).name,
      });
      refs.push(...st.refs);
    }
  }
  if (refs.length === 0) refs.push(...(byId.get(japan[0]?.id ?? '')?.refs ?? []));
  return { studies, markers, refs: [...new Set(refs)] };
}
