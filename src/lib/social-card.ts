/**
 * Social-card images (1200 x 630) drawn as SVG and turned into PNG at build time, with no network.
 * Pure layout here; the endpoint does the rasterising.
 */
const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!);

/** Greedy word wrap by character count; the last line gets an ellipsis if text is cut. */
export function wrapLines(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (next.length <= maxChars || !line) line = next;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s,.;:]+$/, '')}…`;
  return kept;
}

export interface CardInput {
  title: string;
  area: string;
  accent: string;
  siteName: string;
}

export function socialCardSvg({ title, area, accent, siteName }: CardInput): string {
  const lines = wrapLines(title, 26, 3);
  const font = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
  const titleY = 300 - (lines.length - 1) * 38;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#fbfaf7"/>
  <rect width="24" height="630" fill="${accent}"/>
  <circle cx="1040" cy="470" r="260" fill="${accent}" fill-opacity="0.08"/>
  <circle cx="1040" cy="470" r="150" fill="none" stroke="${accent}" stroke-opacity="0.35" stroke-width="10"/>
  <circle cx="1040" cy="470" r="60" fill="${accent}" fill-opacity="0.5"/>
  <text x="90" y="130" font-family="${font}" font-size="30" font-weight="700" letter-spacing="3" fill="${accent}">${escapeXml(area.toUpperCase())}</text>
  ${lines.map((l, i) => `<text x="90" y="${titleY + i * 76}" font-family="${font}" font-size="64" font-weight="700" fill="#1d1c1a">${escapeXml(l)}</text>`).join('\n  ')}
  <text x="90" y="560" font-family="${font}" font-size="30" font-weight="700" fill="#1d1c1a">${escapeXml(siteName)}</text>
  <text x="90" y="596" font-family="${font}" font-size="24" fill="#57544d">iPS-cell therapies, explained from the evidence</text>
</svg>`;
}

/** Light-theme accents (see src/styles/tokens.css), for images that have no CSS. */
export const AREA_ACCENTS: Record<string, string> = {
  basics: '#3b5a85',
  retina: '#8a5300',
  cornea: '#0e6b69',
  parkinsons: '#6a3d9c',
  'spinal-cord': '#1d5ea6',
  heart: '#a3303b',
  regulation: '#4b5563',
  manufacturing: '#47663a',
};
