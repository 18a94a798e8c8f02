/** Sizes the path chart is drawn and packed at (px unless said). */
export const GEOMETRY = {
  /** Narrowest container that gets the time axis, px; narrower ones get the stacked list. */
  minWidth: 520,
  /** Inset of the time axis at each side, % of the track. */
  pad: 4,
  r: 7,
  trackY: 20,
  /** Top of the first label lane, px. */
  labelTop: 38,
  line: 16,
  font: 13,
  /** Text offset from a label's leader line, px. */
  dx: 5,
  gapX: 10,
  gapY: 6,
  bottom: 10,
  axisHeight: 46,
  /** Smallest distance between year labels at minWidth, px. */
  minTickGap: 44,
};
