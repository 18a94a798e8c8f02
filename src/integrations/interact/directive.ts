/**
 * `client:interact`: hydrate an island on the reader's first pointer, touch or keyboard focus inside
 * it, not when it scrolls into view. Charts are complete SVG from the build, so until someone
 * reaches for one there is nothing to run and nothing to download.
 *
 * The event that woke the island happened before its handlers existed, so once hydrated the same
 * kind of event is replayed on the same element: focus shows the tooltip, a tap or click acts.
 *
 * This code and Astro's island element are not in the page: the head script imports them on the first
 * event inside any island and keeps the events it saw (`__islandEvents`), which the island wakes on.
 *
 * The island's props may live in a file rather than in the page (`data-props`, written by
 * src/integrations/post-build.ts): then they are fetched together with the island's code, and set
 * on the island before it hydrates. If they cannot be fetched the chart stays as the build drew it.
 */
import type { ClientDirective } from 'astro';

const WAKE = ['pointerover', 'pointerdown', 'touchstart', 'focusin'] as const;

const interact: ClientDirective = (load, _options, el) => {
  let woken = false;
  let clicked: Element | null = null;
  const onClick = (e: Event) => {
    // A click that lands while the code is loading would be lost: keep it to replay.
    if (!(e.target instanceof Element)) return;
    clicked = e.target;
    e.preventDefault();
    e.stopPropagation();
  };
  const wake = async (event: Event) => {
    if (woken) return;
    woken = true;
    // From here this island holds its own clicks (the head script stops holding them).
    el.setAttribute('data-woken', '');
    for (const type of WAKE) el.removeEventListener(type, wake, true);
    el.addEventListener('click', onClick, true);
    const url = el.getAttribute('data-props');
    if (url) {
      // Props and code together; the island only hydrates once its props are set (setting them
      // before `load` resolves is safe: the island ignores the change until its code is there).
      const code = [el.getAttribute('component-url'), el.getAttribute('renderer-url')].filter(Boolean) as string[];
      const props = await Promise.all([
        fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${url}: HTTP ${r.status}`)))),
        ...code.map((src) => import(/* @vite-ignore */ src)),
      ]).then(
        ([text]) => text as string,
        () => null,
      );
      if (props === null) {
        el.removeEventListener('click', onClick, true);
        return;
      }
      el.setAttribute('props', props);
    }
    const hydrate = await load();
    await hydrate();
    el.removeEventListener('click', onClick, true);
    const target = event.target instanceof HTMLElement || event.target instanceof SVGElement ? event.target : null;
    if (event.type === 'focusin' && target && document.activeElement === target) {
      target.dispatchEvent(new FocusEvent('focus'));
      target.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    } else if (event.type === 'pointerover' && target) {
      target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      target.dispatchEvent(new PointerEvent('pointerenter'));
      target.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      target.dispatchEvent(new MouseEvent('mouseenter'));
    }
    if (clicked && clicked.isConnected) {
      // One click: HTML elements have click(); SVG elements get a dispatched click event instead.
      if (clicked instanceof HTMLElement) clicked.click();
      else clicked.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }
  };
  for (const type of WAKE) el.addEventListener(type, wake, { capture: true, passive: true });
  // The head script loads this code on the first event inside a chart and keeps the events it saw
  // before this ran: wake now with the first of them inside this island, and replay its click.
  const early = ((globalThis as { __islandEvents?: Event[] }).__islandEvents ?? []).filter(
    (e) => e.target instanceof Node && el.contains(e.target),
  );
  const click = early.find((e) => e.type === 'click');
  const first = early.find((e) => e.type !== 'click') ?? click;
  if (click?.target instanceof Element) clicked = click.target;
  if (first) void wake(first);
};

export default interact;
