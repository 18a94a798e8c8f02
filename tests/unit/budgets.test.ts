import { describe, expect, it } from 'vitest';
import { BUDGETS, budgetProblems, type PageSize } from '../../scripts/budgets.ts';

const page = (path: string, html: number): PageSize => ({
  page: path,
  html,
  css: 0,
  js: 0,
  interactionJs: 0,
  inlineJs: 0,
  image: 0,
  hasIslands: false,
});

describe('chapter HTML budget (issue #19)', () => {
  it('fails a chapter page over the cap, in either language, and names it', () => {
    const over = BUDGETS.chapterHtml + 1;
    expect(budgetProblems([page('chapters/heart-failure/', over)], 0)).toEqual([
      expect.stringMatching(/^\/chapters\/heart-failure\/: chapter HTML .* over /),
    ]);
    expect(budgetProblems([page('ja/chapters/heart-failure/', over)], 0)).toHaveLength(1);
  });
  it('passes a chapter at the cap, and does not apply to other pages', () => {
    expect(budgetProblems([page('chapters/cornea/', BUDGETS.chapterHtml)], 0)).toEqual([]);
    expect(budgetProblems([page('studies/', BUDGETS.chapterHtml + 1)], 0)).toEqual([]);
    expect(budgetProblems([page('chapters/cornea/handout/', BUDGETS.chapterHtml + 1)], 0)).toEqual([]);
  });
});
