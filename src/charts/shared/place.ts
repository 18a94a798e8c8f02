/**
 * Positions a tooltip through the CSSOM. A `style="..."` attribute would be blocked by the
 * Content-Security-Policy, but setting `node.style` properties from script is allowed.
 *
 * The tooltip keeps its natural width: near a side it slides along (staying wholly inside the
 * chart) instead of squeezing into the room left of or right of the mark, and near the bottom
 * of the window it flips above the mark.
 */
export interface Placement {
  /** Percentages of the positioned parent, e.g. 40 for 40%: the mark's middle (or left edge, `start`). */
  left: number;
  /** Just under the mark. */
  top: number;
  /** Just above the mark, where the tooltip goes when there is no room under it. */
  above?: number;
  align?: 'center' | 'start';
}

/** Left edge (px) of a tooltip `w` wide for a mark at `x` in a box `W` wide: inside the box when it fits. */
export function fitLeft(x: number, w: number, W: number, align: 'center' | 'start' = 'center'): number {
  const want = align === 'start' ? x : x - w / 2;
  return Math.max(0, Math.min(want, W - w));
}

/** Whether a tooltip whose bottom would be at `bottom` (px from the window top) flips above its mark. */
export function flipsAbove(bottom: number, viewport: number, roomAbove: number, height: number): boolean {
  return bottom > viewport && roomAbove >= height;
}

const GAP = 14;

export function place(node: HTMLElement, p: Placement) {
  const apply = (q: Placement) => {
    const parent = node.offsetParent as HTMLElement | null;
    node.style.setProperty('top', `${q.top}%`);
    node.style.setProperty('translate', '0 0');
    node.removeAttribute('data-flip');
    if (!parent) {
      node.style.setProperty('left', `${q.left}%`);
      node.style.setProperty('translate', q.left > 60 ? '-100% 0' : '0 0');
      return;
    }
    // Measure at the left edge, where the tooltip can take its natural width.
    node.style.setProperty('left', '0px');
    const W = parent.clientWidth;
    const w = node.offsetWidth;
    node.style.setProperty('left', `${fitLeft((q.left / 100) * W, w, W, q.align)}px`);
    if (q.above === undefined) return;
    const rect = node.getBoundingClientRect();
    const parentTop = parent.getBoundingClientRect().top;
    const roomAbove = parentTop + (q.above / 100) * parent.clientHeight - GAP;
    if (flipsAbove(rect.bottom, window.innerHeight, roomAbove, rect.height)) {
      node.style.setProperty('top', `${q.above}%`);
      node.style.setProperty('translate', `0 calc(-100% - ${GAP * 2}px)`);
      node.setAttribute('data-flip', 'above');
    }
  };
  apply(p);
  return { update: apply };
}
