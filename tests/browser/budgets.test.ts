/** Size budgets for every built page; the table is printed so a reviewer sees the figures. */
import { describe, expect, it } from 'vitest';
import { budgetProblems, measurePage, siteCssSize, table, kb } from '../../scripts/budgets';
import { builtPages } from './support/pages';

describe('size budgets', () => {
  const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
  const sizes = builtPages('dist').map((p) => measurePage('dist', p, base));
  const css = siteCssSize('dist');

  it('stay within budget on every page', () => {
    console.log(`${table(sizes)}\n\nsite CSS (all stylesheets, gzip): ${kb(css)}`);
    expect(budgetProblems(sizes, css)).toEqual([]);
  });

  it('ship no JavaScript files on pages without interactive islands', () => {
    const text = sizes.filter((s) => !s.hasIslands);
    expect(text.length).toBeGreaterThan(0);
    for (const s of text) expect(s.js, `/${s.page}`).toBe(0);
  });
});
