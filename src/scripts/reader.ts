/**
 * Everything a reader's tools need, in one module that no page loads up front: the inline head
 * script (head.js) imports it on the reader's first pointer, focus, tap or scroll near a citation,
 * term, permalink, chart tool, the contents or the language switch, then hands over the events that came first.
 * Built to /scripts/reader.js by src/pages/scripts/reader.js.ts.
 */
import { openFor } from './popovers.ts';
import { copyLink } from './copy-links.ts';
import { sectionHref } from './reading.ts';

/** Replays an event the head script saw before this module arrived. */
export function start(type: string, el: Element | null) {
  if (!el) return;
  const trigger = el.closest('.popover-host')?.querySelector('[data-popover-trigger]');
  if (trigger && (type === 'click' || (type === 'focusin' && document.activeElement === trigger))) openFor(trigger);
  if (trigger && type === 'pointerover' && el.closest('.popover-host')?.matches(':hover')) openFor(trigger);
  if (type === 'click' && el.matches('a[data-copy-link]')) void copyLink(el as HTMLAnchorElement);
  // A click on the language switch held by the head script: go, keeping the section.
  if (type === 'click' && el.matches('a[data-lang-switch]')) location.assign(sectionHref(el as HTMLAnchorElement));
}
