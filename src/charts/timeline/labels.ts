/**
 * Direct labels for the timeline, chosen without a DOM: shortening long titles (widths from the
 * shared estimate, shared/text.ts), and a greedy placement that never lets two labels overlap.
 * Pure, so the no-overlap promise is unit-tested.
 */
import { hasFullWidth, textWidth } from '../shared/text.ts';

/** An axis-aligned rectangle in pixels. */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** True when the boxes share any area (touching edges do not count). `gap` widens the x test. */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Japanese text's break units: each full-width character alone, Latin words and numbers ("iPS", "2.5") whole. */
function cjkTokens(text: string): string[] {
  return text.match(/[A-Za-z0-9.,'’%-]+|\s+|./gsu) ?? [];
}

const TRAILING = new Set([
  'a',
  'an',
  'the',
  'of',
  'for',
  'to',
  'with',
  'and',
  'in',
  'on',
  'from',
  'by',
  'at',
  'its',
  'as',
]);

/** Japanese punctuation and particles a shortened label should not end on. */
const CJK_TRAILING = /[、。・：；（「『〜\s]+$/u;

/**
 * The title if it fits in `maxWidth`, else whole words from its start and an ellipsis. Text in
 * Japanese (no spaces between words) is cut between characters instead.
 */
export function shortLabel(title: string, maxWidth: number, size: number): string {
  if (textWidth(title, size) <= maxWidth) return title;
  if (hasFullWidth(title)) {
    const tokens = cjkTokens(title);
    let n = 0;
    while (n < tokens.length && textWidth(`${tokens.slice(0, n + 1).join('')}…`, size) <= maxWidth) n++;
    const head = tokens.slice(0, Math.max(1, n)).join('').replace(CJK_TRAILING, '');
    return `${head || tokens[0]}…`;
  }
  const words = title.split(/\s+/);
  const kept: string[] = [];
  for (const w of words) {
    if (textWidth(`${[...kept, w].join(' ')}…`, size) > maxWidth) break;
    kept.push(w);
  }
  // Never end on "to", "of", "the"...: "Japan passes law for…" reads worse than "Japan passes law…".
  while (kept.length > 1 && TRAILING.has(kept[kept.length - 1]!.toLowerCase())) kept.pop();
  const head = kept.length ? kept.join(' ') : words[0]!;
  return `${head.replace(/[,;:.]$/, '')}…`;
}

export type Anchor = 'start' | 'end';

/** One place a label may go: a band (its top and bottom) and which side of the mark it runs. */
export interface Slot {
  anchor: Anchor;
  y0: number;
  y1: number;
}

export interface LabelRequest {
  key: number;
  /** The mark's x in px. */
  x: number;
  width: number;
  /** Narrower versions of the label (shorter cuts), tried in order when `width` finds no slot. */
  fallbacks?: number[];
  /** Allowed slots, in order of preference. */
  slots: Slot[];
}

export interface PlacedLabel extends Box {
  key: number;
  anchor: Anchor;
  /** Which version was placed: 0 = `width`, 1 = the first fallback... */
  choice: number;
}

export interface PlaceOptions {
  /** The labels' allowed horizontal extent. */
  left: number;
  right: number;
  /** How far the label starts before (start) or ends after (end) the mark's x. */
  offset: number;
  /** Minimum horizontal space between two labels. */
  gap: number;
  /**
   * Minimum vertical space between two labels that overlap horizontally, so labels in touching
   * bands (one lane's bottom, the next lane's top) never read as one block. Default 0.
   */
  yGap?: number;
  /** Stop after this many labels: direct labels are for a few marks only. */
  max: number;
  /** Areas labels must stay clear of (e.g. other marks). */
  obstacles?: Box[];
}

export function labelBox(x: number, width: number, slot: Slot, offset: number): Box {
  const x0 = slot.anchor === 'start' ? x - offset : x + offset - width;
  return { x0, x1: x0 + width, y0: slot.y0, y1: slot.y1 };
}

/**
 * Greedy placement: requests are taken in priority order, each gets its first slot that stays in
 * bounds and clear of every label placed so far (and every obstacle), trying its full width in
 * every slot before any narrower fallback, or no label at all.
 */
export function placeLabels(requests: LabelRequest[], o: PlaceOptions): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const obstacles = o.obstacles ?? [];
  for (const r of requests) {
    if (placed.length >= o.max) break;
    const widths = [r.width, ...(r.fallbacks ?? [])];
    found: for (let choice = 0; choice < widths.length; choice++) {
      for (const slot of r.slots) {
        const box = labelBox(r.x, widths[choice]!, slot, o.offset);
        if (box.x0 < o.left || box.x1 > o.right) continue;
        const padded = { ...box, y0: box.y0 - (o.yGap ?? 0), y1: box.y1 + (o.yGap ?? 0) };
        if (placed.some((p) => overlaps(padded, p, o.gap))) continue;
        if (obstacles.some((b) => overlaps(box, b))) continue;
        placed.push({ ...box, key: r.key, anchor: slot.anchor, choice });
        break found;
      }
    }
  }
  return placed;
}

/**
 * Breaks a label into lines no wider than `width`: at spaces, or between characters for text in
 * Japanese (a line never starts with 、。・ or a closing bracket).
 */
export function wrapLabel(text: string, width: number, size: number): string[] {
  if (textWidth(text, size) <= width) return [text];
  const cjk = hasFullWidth(text);
  const tokens = cjk ? cjkTokens(text) : text.split(' ');
  const join = cjk ? '' : ' ';
  const lines: string[] = [];
  let line = '';
  for (const w of tokens) {
    const next = line ? `${line}${join}${w}` : w;
    const noStart = cjk && /^[、。・：」）ー]$/u.test(w);
    if (line && textWidth(next, size) > width && !noStart) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
