import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/index';

/** CONTRIBUTING.md documents every chart in the list: a section with a row for each prop. */
const guide = readFileSync(new URL('../../CONTRIBUTING.md', import.meta.url), 'utf8');

describe('CONTRIBUTING.md and the chart list', () => {
  it.each(CHARTS.map((c) => [c.name, c] as const))('documents <%s> and each of its props', (name, chart) => {
    const start = guide.indexOf(`#### ${name}:`);
    expect(start, `CONTRIBUTING.md needs a "#### ${name}: ..." section`).toBeGreaterThan(-1);
    const section = guide.slice(start, guide.indexOf('\n#### ', start + 1));
    for (const prop of Object.keys(chart.props)) expect(section, `${name}: prop ${prop}`).toContain(`| \`${prop}\` |`);
    expect(section).toContain(`<${name} `);
  });
});
