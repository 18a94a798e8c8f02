/**
 * Print for teachers: every chapter has a one-page handout in both languages. (That each handout
 * prints on at most two A4 pages with its key facts, questions and real address, and that no figure
 * of a printed chapter is split across pages, is checked on the one visit of each page in
 * pages.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from './support/pages';

const pages = builtPages();
const chapters = pages.filter((p) => /^(ja\/)?chapters\/[a-z0-9-]+\/$/.test(p));
const handouts = pages.filter((p) => /^(ja\/)?chapters\/[a-z0-9-]+\/handout\/$/.test(p));

describe('handouts', () => {
  it('every chapter has a handout in both languages', () => {
    expect(chapters.length).toBeGreaterThan(0);
    expect(chapters.filter((c) => c.startsWith('ja/')).length).toBe(chapters.length / 2);
    const missing = chapters.filter((c) => !handouts.includes(`${c}handout/`));
    expect(missing, 'chapters without /handout/ (src/pages/chapters/[id]/handout.astro)').toEqual([]);
  });
});
