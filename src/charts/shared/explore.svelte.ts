/**
 * Exploring a chart's marks, the same in every interactive chart: one tab stop (a roving
 * tabindex), arrow keys between marks, and a tooltip (shared/Tooltip.svelte, also announced) on
 * pointer hover, keyboard focus, Enter or Space, and a tap on a touch screen. Marks are elements
 * with `role="button"`, `data-index` and `tabindex={explorer.tabindex(i)}`, spreading
 * `explorer.handlers(i)`.
 */
import type { Placement } from './place.ts';

export interface ExplorerOptions {
  /** The mark an arrow key (or Home/End) moves to from `from`; undefined for other keys. */
  next: (from: number, key: string) => number | undefined;
  /** The positioned element the tooltip sits in, around a mark. */
  box: (mark: Element) => Element | null | undefined;
  /** Where to find the other marks (by `data-index`); default: the box. */
  scope?: (mark: Element) => Element | null | undefined;
  /** The part of the mark the tooltip points at; default: the mark. */
  anchor?: (mark: Element) => Element;
  /** 'center': under the anchor's middle; 'start': from its left edge (both kept inside the box). */
  align?: 'center' | 'start';
  /** How many marks there are now, if it can change (the tab stop stays on one of them). */
  count?: () => number;
}

/** Tooltip position as percentages of `box`, under `anchor`. */
export function placementOf(anchor: DOMRect, box: DOMRect, align: 'center' | 'start' = 'center'): Placement {
  const left =
    align === 'start'
      ? ((anchor.left - box.left) / box.width) * 100
      : ((anchor.left + anchor.width / 2 - box.left) / box.width) * 100;
  return {
    left,
    top: ((anchor.bottom - box.top) / box.height) * 100,
    above: ((anchor.top - box.top) / box.height) * 100,
    align,
  };
}

export class Explorer {
  /** The mark whose tooltip shows, and where. */
  active = $state<{ index: number; at: Placement } | null>(null);
  /** The mark that takes the chart's one tab stop. */
  focusable = $state(0);
  #o: ExplorerOptions;

  constructor(options: ExplorerOptions) {
    this.#o = options;
  }

  tabindex(index: number): 0 | -1 {
    const count = this.#o.count?.();
    const stop = count === undefined ? this.focusable : Math.max(0, Math.min(this.focusable, count - 1));
    return index === stop ? 0 : -1;
  }

  show(index: number, mark: Element) {
    const box = this.#o.box(mark);
    if (!box) return;
    const anchor = (this.#o.anchor?.(mark) ?? mark).getBoundingClientRect();
    this.active = { index, at: placementOf(anchor, box.getBoundingClientRect(), this.#o.align) };
  }

  hide() {
    this.active = null;
  }

  /** Forget the tab stop and the tooltip, e.g. when the chart re-lays itself out. */
  reset() {
    this.active = null;
    this.focusable = 0;
  }

  #key(e: KeyboardEvent, index: number) {
    const mark = e.currentTarget as Element;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.show(index, mark);
      return;
    }
    const to = this.#o.next(this.active?.index ?? index, e.key);
    if (to === undefined) {
      if (e.key === 'Escape') this.hide();
      return;
    }
    e.preventDefault();
    this.focusable = to;
    const scope = this.#o.scope?.(mark) ?? this.#o.box(mark);
    scope?.querySelector<HTMLElement | SVGElement>(`[data-index="${to}"]`)?.focus();
  }

  /** Event handlers for mark `index`. */
  handlers(index: number) {
    return {
      onpointerenter: (e: PointerEvent) => {
        if (e.pointerType !== 'touch') this.show(index, e.currentTarget as Element);
      },
      onpointerleave: (e: PointerEvent) => {
        if (e.pointerType !== 'touch') this.hide();
      },
      onfocus: (e: FocusEvent) => {
        this.focusable = index;
        this.show(index, e.currentTarget as Element);
      },
      onblur: () => this.hide(),
      // A tap: focus the mark (its tooltip shows, and stays until focus leaves).
      onclick: (e: MouseEvent) => {
        const mark = e.currentTarget as HTMLElement | SVGElement;
        mark.focus();
        this.show(index, mark);
      },
      onkeydown: (e: KeyboardEvent) => this.#key(e, index),
    };
  }
}
