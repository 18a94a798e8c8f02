/**
 * A chart's drawing as a small, reviewable snapshot file: every top-level <svg> in the rendered
 * HTML, with Svelte's hashed class names and hydration comments stripped and one element per
 * line, so a diff shows which mark moved, not a 100 KB line.
 */
export function svgSnapshot(html: string): string {
  const out: string[] = [];
  const tag = /<(\/?)svg\b[^>]*>/g;
  let depth = 0;
  let start = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (!m[1]) {
      if (depth++ === 0) start = m.index;
    } else if (--depth === 0) out.push(html.slice(start, m.index + m[0].length));
  }
  return (
    out
      .map((svg) =>
        svg
          .replace(/<!--[\s\S]*?-->/g, '')
          .replace(/\s*\bsvelte-[a-z0-9]+\b/g, '')
          .replace(/ class=""/g, '')
          .replace(/>\s*</g, '>\n<'),
      )
      .join('\n\n') + '\n'
  );
}
