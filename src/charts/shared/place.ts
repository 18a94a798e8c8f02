/**
 * Positions a tooltip through the CSSOM. A `style="..."` attribute would be blocked by the
 * Content-Security-Policy, but setting `node.style` properties from script is allowed.
 */
export interface Placement {
  /** Percentages of the positioned parent, e.g. 40 for 40%. */
  left: number;
  top: number;
}

export function place(node: HTMLElement, p: Placement) {
  const apply = (q: Placement) => {
    node.style.setProperty('left', `${q.left}%`);
    node.style.setProperty('top', `${q.top}%`);
    // Keep the tooltip inside the chart: anchor its right edge when the mark is near the right side.
    node.style.setProperty('translate', q.left > 60 ? '-100% 0' : '0 0');
  };
  apply(p);
  return { update: apply };
}
