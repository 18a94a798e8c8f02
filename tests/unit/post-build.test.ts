import { describe, expect, it } from 'vitest';
import { ISLAND_STYLE, tidyHtml } from '../../src/integrations/post-build';

describe('post-build', () => {
  it('removes the inline island style and nothing else', () => {
    expect(tidyHtml(`<div>${ISLAND_STYLE}<p>x</p></div>`)).toBe('<div><p>x</p></div>');
  });
});
