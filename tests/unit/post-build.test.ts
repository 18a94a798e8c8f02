import { describe, expect, it } from 'vitest';
import { chartTables, ISLAND_STYLE, tidyHtml } from '../../src/integrations/post-build';

describe('post-build', () => {
  it('removes the inline island style and nothing else', () => {
    expect(tidyHtml(`<div>${ISLAND_STYLE}<p>x</p></div>`)).toBe('<div><p>x</p></div>');
  });

  it("reads each chart's data table, keeping numbers as numbers and text as text", () => {
    const html = `<figure data-chart="c1"><details><table><thead><tr><th>Group</th><th>People</th></tr></thead>
      <tbody><tr><th>Low, "small" dose</th><td class="num">3</td></tr><tr><th>&lt;script&gt;</th><td>n/a</td></tr></tbody></table></details></figure>`;
    expect(chartTables(html).get('c1')).toEqual({
      columns: ['Group', 'People'],
      rows: [
        ['Low, "small" dose', 3],
        ['<script>', 'n/a'],
      ],
    });
  });
});
