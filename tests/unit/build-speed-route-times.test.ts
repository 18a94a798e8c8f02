/**
 * The scale bench's per-route render times (scripts/bench/scale.ts) from Astro's build log, including
 * routes whose time a warning pushed onto the next line (every handout of a synthetic copy warns).
 */
import { describe, expect, it } from 'vitest';
import { routeTimes } from '../../scripts/bench/scale';

const LOG = [
  ' generating static routes ',
  '06:26:17   ├─ /404.html (+253ms) ',
  '06:26:18   ├─ /chapters/synthetic-0001/handout/index.html06:26:18 [WARN] [content] The collection "teaching" does not exist or is empty.',
  ' (+138ms) ',
  '06:26:18   ├─ /chapters/synthetic-0001/index.html (+20ms) ',
  '06:26:19   ├─ /ja/chapters/synthetic-0001/index.html (+1.5s) ',
  '06:26:19   ├─ /og/synthetic-0001.png (+3ms) ',
  '06:26:19   ├─ /ja/og/synthetic-0001.png (+4ms) ',
  '06:26:19   └─ /robots.txt (+1ms) ',
].join('\n');

describe('scale bench route times', () => {
  it('sums render times by kind, a warning between a path and its time included', () => {
    expect(routeTimes(LOG)).toEqual({
      'other HTML': { ms: 391, count: 2 },
      'chapter HTML': { ms: 1520, count: 2 },
      'social card PNG': { ms: 7, count: 2 },
      'other files': { ms: 1, count: 1 },
    });
  });
});
