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

/** Characters a Japanese line may not start with (kinsoku): closing brackets, punctuation, small kana. */
const NO_START = /^[、。，．・：；？！ー）」』】〉》〕］｝ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々]/u;
/** Characters a Japanese line may not end with: opening brackets. */
const NO_END = /[（「『【〈《〔［｛]$/u;

/**
 * Japanese wrap by character count (Japanese has no spaces between words): lines break between
 * any two characters except where kinsoku forbids, and Latin words (iPS, ReHeart) stay whole.
 */
export function wrapJapanese(text: string, maxChars: number, maxLines: number): string[] {
  // A title "分野：説明" breaks after its colon when the head fits on one line.
  const colon = text.indexOf('：');
  if (colon > 0 && colon + 1 <= maxChars && colon < text.length - 1) {
    const lines = [text.slice(0, colon + 1), ...wrapJapanese(text.slice(colon + 1), maxChars, maxLines - 1)];
    if (lines.length <= maxLines) return lines;
  }
  const tokens = text.match(/[A-Za-z0-9.%-]+|\s+|./gsu) ?? [];
  const lines: string[] = [];
  let line = '';
  const width = (s: string) => [...s].reduce((n, c) => n + (/[\x20-\x7e]/.test(c) ? 0.55 : 1), 0);
  for (const tok of tokens) {
    if (!line && !tok.trim()) continue;
    if (width(line + tok) <= maxChars || !line) {
      line += tok;
      continue;
    }
    // Kinsoku: pull a forbidden line-starter back onto this line; push a dangling opener forward.
    if (NO_START.test(tok)) {
      line += tok;
      continue;
    }
    let carry = '';
    while (line.length > 1 && NO_END.test(line)) {
      carry = line.slice(-1) + carry;
      line = line.slice(0, -1);
    }
    lines.push(line.trimEnd());
    line = carry + (tok.trim() ? tok : '');
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[、。：\s]+$/u, '')}…`;
  return kept;
}

export interface CardInput {
  title: string;
  area: string;
  accent: string;
  siteName: string;
  /** Japanese cards wrap by character, use a Japanese font and a Japanese tagline. */
  lang?: 'en' | 'ja';
}

/** How a card is set in each language. */
const CARD: Record<
  'en' | 'ja',
  { tagline: string; font: string; wrap: (title: string) => string[]; size: number; tracking: number; caps: boolean }
> = {
  en: {
    tagline: 'iPS-cell therapies, explained from the evidence',
    font: 'DejaVu Sans, Liberation Sans, Arial, sans-serif',
    wrap: (title) => wrapLines(title, 26, 3),
    size: 64,
    tracking: 3,
    caps: true,
  },
  ja: {
    tagline: 'iPS細胞による治療を、根拠からわかりやすく',
    // Japanese glyphs come from a CJK system font (Debian: fonts-noto-cjk, else Droid Sans Fallback).
    font: 'Noto Sans CJK JP, Noto Sans JP, Droid Sans Fallback, IPAGothic, sans-serif',
    wrap: (title) => wrapJapanese(title, 15, 3),
    size: 60,
    tracking: 0,
    caps: false,
  },
};

export function socialCardSvg({ title, area, accent, siteName, lang = 'en' }: CardInput): string {
  const set = CARD[lang];
  const lines = set.wrap(title);
  const font = set.font;
  const titleY = 300 - (lines.length - 1) * 38;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#fbfaf7"/>
  <rect width="24" height="630" fill="${accent}"/>
  <circle cx="1040" cy="470" r="260" fill="${accent}" fill-opacity="0.08"/>
  <circle cx="1040" cy="470" r="150" fill="none" stroke="${accent}" stroke-opacity="0.35" stroke-width="10"/>
  <circle cx="1040" cy="470" r="60" fill="${accent}" fill-opacity="0.5"/>
  <text x="90" y="130" font-family="${font}" font-size="30" font-weight="700" letter-spacing="${set.tracking}" fill="${accent}">${escapeXml(set.caps ? area.toUpperCase() : area)}</text>
  ${lines.map((l, i) => `<text x="90" y="${titleY + i * 76}" font-family="${font}" font-size="${set.size}" font-weight="700" fill="#1d1c1a">${escapeXml(l)}</text>`).join('\n  ')}
  <text x="90" y="560" font-family="${font}" font-size="30" font-weight="700" fill="#1d1c1a">${escapeXml(siteName)}</text>
  <text x="90" y="596" font-family="${font}" font-size="24" fill="#57544d">${escapeXml(set.tagline)}</text>
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
