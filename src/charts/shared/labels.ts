/**
 * The one label packer for the charts that write direct labels (timeline, approval path). Pure
 * and DOM-free (widths from shared/text.ts), so its promises are unit-tested: a placed label
 * stays inside [left, right], clear of every other placed label (by gapX and gapY) and of every
 * obstacle. Two ways to offer places, one collision model:
 *
 * - `bands`: each request lists its allowed slots (a band above or below its mark, running right
 *   or left of it); requests are taken in the caller's priority order, each gets its first free
 *   slot, until `max` labels are placed. The timeline's lanes use it.
 * - `stack`: labels hang below a track, each joined to its mark by a leader line running down
 *   from the track; each label goes as high as it can without touching another label, lying
 *   across another mark's leader, or letting its own leader run through a label. Marks are taken
 *   right to left, a mark whose label would cover a mark still to be placed waiting its turn.
 *   The approval path's rows use it.
 */
import { hasFullWidth, textWidth } from './text.ts';

/** An axis-aligned rectangle in pixels. */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
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
  /** Label height (px); `stack` only (a band's slots give their own). */
  height?: number;
  /** `bands` only: allowed slots, in order of preference. */
  slots?: Slot[];
}

export interface PlacedLabel extends Box {
  key: number;
  anchor: Anchor;
}

export interface PackOptions {
  strategy: 'bands' | 'stack';
  /** The labels' allowed horizontal extent. */
  left: number;
  right: number;
  /** How far a label starts before (start) or ends after (end) its mark's x. Default 0. */
  offset?: number;
  /** Least horizontal space between two labels. */
  gapX: number;
  /** Least vertical space between two labels that overlap horizontally. Default 0. */
  gapY?: number;
  /** Stop after this many labels (`bands`: direct labels are for a few marks only). */
  max?: number;
  /** Areas labels must stay clear of (e.g. other marks). */
  obstacles?: Box[];
}

/** True when the boxes share any area (touching edges do not count), widened by the gaps. */
export function overlaps(a: Box, b: Box, gapX = 0, gapY = 0): boolean {
  return a.x0 < b.x1 + gapX && b.x0 < a.x1 + gapX && a.y0 < b.y1 + gapY && b.y0 < a.y1 + gapY;
}

/** The box of a label of `width` at mark x, in `slot`, starting `offset` before (or ending after) the mark. */
export function labelBox(x: number, width: number, slot: Slot, offset = 0): Box {
  const x0 = slot.anchor === 'start' ? x - offset : x + offset - width;
  return { x0, x1: x0 + width, y0: slot.y0, y1: slot.y1 };
}

export function packLabels(requests: LabelRequest[], o: PackOptions): PlacedLabel[] {
  return o.strategy === 'bands' ? packBands(requests, o) : packStack(requests, o);
}

/** Free of every placed label and obstacle, and inside the bounds. */
function free(box: Box, placed: Box[], o: PackOptions): boolean {
  if (box.x0 < o.left || box.x1 > o.right) return false;
  if (placed.some((p) => overlaps(box, p, o.gapX, o.gapY ?? 0))) return false;
  return !(o.obstacles ?? []).some((b) => overlaps(box, b));
}

function packBands(requests: LabelRequest[], o: PackOptions): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const r of requests) {
    if (placed.length >= (o.max ?? Infinity)) break;
    for (const slot of r.slots ?? []) {
      const box = labelBox(r.x, r.width, slot, o.offset ?? 0);
      if (!free(box, placed, o)) continue;
      placed.push({ ...box, key: r.key, anchor: slot.anchor });
      break;
    }
  }
  return placed;
}

function packStack(requests: LabelRequest[], o: PackOptions): PlacedLabel[] {
  const placed: (PlacedLabel & { x: number })[] = [];
  const off = o.offset ?? 0;
  /** A leader at x runs down through the box (2 px of slack either side). */
  const covers = (box: Box, x: number) => x >= box.x0 - 2 && x <= box.x1 + 2;
  const pending = requests
    .map((_, i) => i)
    .sort((a, b) => requests[b]!.x - requests[a]!.x || requests[b]!.key - requests[a]!.key);

  /**
   * The highest free place for request i (preferred anchor first at each height). `strict`: its
   * label lies across no placed mark's leader and its leader through no placed label.
   * `clearOfPending`: it also covers no mark still to be placed, whose leader would otherwise have
   * to run down through it, so that the two labels would read as each other's.
   */
  function candidate(i: number, strict: boolean, clearOfPending: boolean): PlacedLabel | undefined {
    const r = requests[i]!;
    const h = r.height ?? 0;
    const anchors: Anchor[] = r.x - off + r.width <= o.right ? ['start', 'end'] : ['end', 'start'];
    const ys = [0, ...placed.map((b) => b.y1 + (o.gapY ?? 0))].sort((a, b) => a - b);
    for (const y of ys) {
      for (const anchor of anchors) {
        const box = labelBox(r.x, r.width, { anchor, y0: y, y1: y + h }, off);
        if (!free(box, placed, o)) continue;
        if (strict) {
          if (placed.some((b) => covers(box, b.x) && box.y0 < b.y0)) continue;
          if (placed.some((b) => covers(b, r.x) && b.y0 < y)) continue;
        }
        if (clearOfPending && pending.some((j) => j !== i && requests[j]!.x !== r.x && covers(box, requests[j]!.x)))
          continue;
        return { ...box, key: r.key, anchor };
      }
    }
    return undefined;
  }

  while (pending.length > 0) {
    let pick = pending.findIndex((i) => candidate(i, true, true));
    if (pick < 0) pick = 0;
    const i = pending[pick]!;
    const r = requests[i]!;
    const best = candidate(i, true, true) ??
      candidate(i, true, false) ??
      candidate(i, false, false) ??
        // Wider than the whole extent: start it at the mark, below everything else.
        {
          ...labelBox(
            r.x,
            r.width,
            {
              anchor: r.x < (o.left + o.right) / 2 ? 'start' : 'end',
              y0: Math.max(0, ...placed.map((b) => b.y1 + (o.gapY ?? 0))),
              y1: Math.max(0, ...placed.map((b) => b.y1 + (o.gapY ?? 0))) + (r.height ?? 0),
            },
            off,
          ),
          key: r.key,
          anchor: r.x < (o.left + o.right) / 2 ? ('start' as const) : ('end' as const),
        };
    pending.splice(pick, 1);
    placed.push({ ...best, x: r.x });
  }
  return requests.map((r) => {
    const { x: _x, ...p } = placed.find((b) => b.key === r.key)!;
    return p;
  });
}

/** The phrases of `text` cut at the character offsets `breaks` (from BudouX at build time). */
export function phrasesAt(text: string, breaks: readonly number[] | undefined): string[] | undefined {
  if (!breaks?.length) return undefined;
  const cuts = [0, ...breaks.filter((b) => b > 0 && b < text.length), text.length];
  return cuts.slice(1).map((end, i) => text.slice(cuts[i], end));
}

/** Japanese text's break units when no phrase breaks are given: each full-width character alone, Latin words whole. */
function cjkTokens(text: string): string[] {
  return text.match(/[A-Za-z0-9.,'’%-]+|\s+|./gsu) ?? [];
}

/**
 * Breaks a label into lines no wider than `width`: at spaces; for Japanese, at the phrase
 * boundaries given in `phrases` (BudouX's, made at build time), else between characters (a line
 * never starts with 、。・ or a closing bracket). A phrase longer than the width is broken
 * between characters.
 */
export function wrapLabel(text: string, width: number, size: number, phrases?: readonly string[]): string[] {
  if (textWidth(text, size) <= width) return [text];
  const cjk = hasFullWidth(text);
  const tokens = cjk
    ? (phrases && phrases.join('') === text ? [...phrases] : cjkTokens(text)).flatMap((p) =>
        textWidth(p, size) > width ? cjkTokens(p) : [p],
      )
    : text.split(' ');
  const join = cjk ? '' : ' ';
  const lines: string[] = [];
  let line = '';
  for (const w of tokens) {
    const next = line ? `${line}${join}${w}` : w;
    const noStart = cjk && /^[、。・：」）ー]/u.test(w);
    if (line && textWidth(next, size) > width && !noStart) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
