import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import DoublingCounter from '../../src/islands/DoublingCounter.svelte';

/** The page's words without tags or hydration comments. */
const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('doubling counter server render', () => {
  it('renders the English counter complete; the grow and divide buttons are live before hydration (their first tap is replayed), reset is off at zero', () => {
    const { body } = render(DoublingCounter, { props: { target: 2000000, targetLabel: 'a two-million-cell dose' } });
    expect(text(body)).toContain('After 0 divisions: 1 cell');
    expect(text(body)).toContain('Starting from one cell, 21 rounds of division give more than 2 million cells.');
    expect(body).not.toMatch(/<button[^>]*disabled[^>]*>Grow to a dose<\/button>/);
    expect(body).not.toMatch(/<button[^>]*disabled[^>]*>Divide every cell<\/button>/);
    expect(body).toMatch(/<button[^>]*disabled[^>]*>Start again<\/button>/);
    expect(body).not.toMatch(/style="/);
  });

  it('renders in Japanese with lang="ja", and no English left', () => {
    const { body } = render(DoublingCounter, {
      props: { target: 2000000, targetLabel: '200万個の細胞を使う1回の投与', lang: 'ja' },
    });
    expect(text(body)).toContain('分裂前：細胞1個');
    expect(text(body)).toContain('1個の細胞から始めると、21回の分裂で200万個を超えます。');
    expect(body).not.toMatch(/<button[^>]*disabled[^>]*>すべての細胞を分裂させる<\/button>/);
    expect(body).toMatch(/<button[^>]*disabled[^>]*>最初から<\/button>/);
    expect(text(body)).not.toMatch(/[A-Za-z]{2,}/);
    expect(body).not.toMatch(/style="/);
  });
});
