import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/charts/shared/text';
import { strings as approval } from '../../../src/charts/approval-path/strings';
import { strings as timeline } from '../../../src/charts/timeline/strings';
import { fixtureEvents } from '../../fixtures/data/timeline';

/** The estimates the charts used before they shared one (approval path; trial counts, in em). */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const formerApproval = (text: string, font: number, bold = false) => {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : bold ? 0.6 : 0.56;
  return Math.ceil(em * font);
};
const formerCountsEm = (text: string) => {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(ch) ? 1 : 0.55;
  return em;
};

/** Labels the charts draw: stage names, dates, as-of labels, area and kind names, event titles. */
const labels = [
  ...Object.values(approval.en.stage),
  ...Object.values(approval.ja.stage),
  approval.en.noPeriod,
  approval.ja.noPeriod,
  approval.en.asOfLabel('20 November 2026'),
  approval.ja.asOfLabel('2026年11月20日'),
  ...Object.values(timeline.en.area),
  ...Object.values(timeline.ja.area),
  ...Object.values(timeline.en.kind),
  ...fixtureEvents.map((e) => e.title),
  'March 2026',
  '2026年3月6日',
];

describe('one text-width estimate for every chart', () => {
  it('counts a full-width character as 1 em, bold or not', () => {
    expect(textWidth('条件及び期限付承認', 13, true)).toBe(9 * 13);
    expect(textWidth('被殻', 12)).toBe(24);
    expect(textWidth('2026年3月6日', 13)).toBe(Math.ceil((6 * 0.6 + 3) * 13));
  });

  it('makes bold Latin text wider, and only Latin text', () => {
    expect(textWidth('Conditional approval', 13, true)).toBeGreaterThan(textWidth('Conditional approval', 13));
    expect(textWidth('治験', 13, true)).toBe(textWidth('治験', 13));
  });

  it.each(labels)('stays near the path-to-approval chart’s former estimate: %s', (label) => {
    for (const bold of [false, true]) {
      const before = formerApproval(label, 13, bold);
      expect(Math.abs(textWidth(label, 13, bold) - before) / before).toBeLessThan(0.25);
    }
  });

  it('sorts trial-count values into short and long exactly as the former estimate did', () => {
    const values = ['32', '1,200', '36.7%', 'more than 60', 'more than 1,200', '60以上', '1200以上', '60', '100%'];
    const before = values.map((v) => formerCountsEm(v) > 6 * 0.55 + 1e-9);
    const after = values.map((v) => textWidth(v, 16) > textWidth('000000', 16));
    expect(after).toEqual(before);
  });
});
