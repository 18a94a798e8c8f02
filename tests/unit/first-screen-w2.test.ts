/** Text in one round trip (issue #19, target 3): the bench's first-screen figure (scripts/bench/page-weight.ts). */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstScreenBytes } from '../../scripts/bench/page-weight';

const html =
  '<html><head><style>p{margin:0}</style></head><body><p>Intro</p><p>Tom &amp; Jerry</p><p>Intro</p><p>Later text</p></body></html>';

describe('first-screen bytes', () => {
  it('counts the gzip bytes from the start up to the end of the last text on screen, escaped as built', () => {
    const upTo = html.indexOf('Tom &amp; Jerry') + 'Tom &amp; Jerry'.length;
    expect(firstScreenBytes(html, { text: 'Tom & Jerry', before: 0 }, 0)).toBe(gzipSync(html.slice(0, upTo)).length);
  });

  it('finds the right occurrence of a text repeated before it, and adds stylesheets the head waits for', () => {
    const second = html.indexOf('Intro', html.indexOf('Intro') + 1) + 'Intro'.length;
    expect(firstScreenBytes(html, { text: 'Intro', before: 1 }, 100)).toBe(
      gzipSync(html.slice(0, second)).length + 100,
    );
    expect(firstScreenBytes(html, { text: 'Not in the page', before: 0 }, 0)).toBeUndefined();
  });
});
