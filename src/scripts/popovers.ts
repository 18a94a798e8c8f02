/**
 * Opens citation and glossary cards on hover, keyboard focus or tap; Escape or moving away closes
 * them. Each trigger is described (aria-describedby) by its card, so screen readers hear the
 * reference without opening anything, and every trigger is a real link that works without this.
 * A numbered citation is described by its entry in the page's reference list: its card is made from
 * that entry when first needed, so the page does not carry every reference twice (issue #19).
 */
const OPEN = 'is-open';
let openCard: HTMLElement | null = null;
let closeTimer: number | undefined;
/** Set while Escape returns focus to a trigger, so that focus does not reopen the card. */
let returningFocus = false;

const made = new WeakMap<Element, HTMLElement>();

/** A card from a reference-list entry: its kind of source on top, then the entry as written. */
function cardFromEntry(entry: Element): HTMLElement {
  let card = made.get(entry);
  if (card) return card;
  card = document.createElement('span');
  card.className = 'popover-card';
  card.setAttribute('data-popover-card', '');
  card.setAttribute('data-pagefind-ignore', '');
  card.setAttribute('role', 'tooltip');
  for (const node of entry.childNodes) {
    const copy = node.cloneNode(true);
    if (copy instanceof Element && copy.classList.contains('kind')) copy.className = 'card-kind';
    card.append(copy);
  }
  made.set(entry, card);
  return card;
}

/** A trigger's card: the element that describes it, or one made from its reference-list entry. */
function cardFor(trigger: Element): HTMLElement | null {
  const id = trigger.getAttribute('aria-describedby');
  const el = id ? document.getElementById(id) : null;
  if (!el) return null;
  return el.hasAttribute('data-popover-card') ? el : cardFromEntry(el);
}

/** Narrow windows show cards as a sheet (see popovers.css); this matches its media query. */
const SHEET = '(max-width: 40rem)';
const EDGE = 8;

/**
 * Keeps an open card wholly inside the window. Beside the trigger on wide screens: shifted
 * sideways if it would cross an edge, flipped above the line if there is no room below. As a
 * sheet on narrow screens: at the bottom, or at the top when the trigger would be hidden under it.
 */
export function place(card: HTMLElement, trigger: Element) {
  card.classList.remove('flip-up', 'sheet-top');
  card.style.removeProperty('left');
  card.style.removeProperty('width');
  // The visible window: on phones the layout can be wider than the screen if something overflows.
  const vv = window.visualViewport;
  const view = {
    left: vv?.offsetLeft ?? 0,
    top: vv?.offsetTop ?? 0,
    w: vv?.width ?? document.documentElement.clientWidth,
    h: vv?.height ?? window.innerHeight,
  };
  view.w = Math.min(view.w, document.documentElement.clientWidth);
  const t = trigger.getClientRects()[0] ?? trigger.getBoundingClientRect();
  if (matchMedia(SHEET).matches) {
    card.style.left = `${Math.round(view.left + EDGE)}px`;
    card.style.width = `${Math.round(view.w - 2 * EDGE)}px`;
    const sheet = card.getBoundingClientRect();
    if (t.bottom > sheet.top - EDGE) card.classList.add('sheet-top');
    return;
  }
  // Beside the trigger: measure where "left: 0" puts the card (the origin of its containing
  // block, which for a term broken over two lines is not the trigger's box), then shift it so it
  // starts under the trigger and never crosses either edge.
  let rect = card.getBoundingClientRect();
  let left = t.left;
  if (left + rect.width > view.w - EDGE) left = view.w - EDGE - rect.width;
  left = Math.max(EDGE, left);
  card.style.left = `${Math.round(left - rect.left)}px`;
  rect = card.getBoundingClientRect();
  if (rect.bottom > view.h - EDGE && t.top - rect.height - EDGE > 0) card.classList.add('flip-up');
}

function open(card: HTMLElement, host: HTMLElement) {
  window.clearTimeout(closeTimer);
  // Show the shared card beside the citation that asked for it.
  if (card.parentElement !== host) host.append(card);
  if (openCard && openCard !== card) openCard.classList.remove(OPEN);
  card.classList.add(OPEN);
  place(card, host.querySelector('[data-popover-trigger]') ?? host);
  openCard = card;
}

/** Opens the card of a trigger (used when the reader script arrives after the first event). */
export function openFor(trigger: Element) {
  const host = trigger.closest<HTMLElement>('.popover-host');
  const card = cardFor(trigger);
  if (host && card) open(card, host);
}

function close() {
  openCard?.classList.remove(OPEN);
  openCard = null;
}

function closeSoon() {
  window.clearTimeout(closeTimer);
  closeTimer = window.setTimeout(close, 250);
}

export function initPopovers(root: Document = document) {
  root.querySelectorAll<HTMLElement>('.popover-host').forEach((host) => {
    const trigger = host.querySelector<HTMLElement>('[data-popover-trigger]');
    const card = trigger && cardFor(trigger);
    if (!trigger || !card) return;
    host.addEventListener('pointerenter', (e) => {
      if (e.pointerType === 'mouse') open(card, host);
    });
    host.addEventListener('pointerleave', (e) => {
      if (e.pointerType === 'mouse') closeSoon();
    });
    trigger.addEventListener('focus', () => {
      if (!returningFocus) open(card, host);
    });
    host.addEventListener('focusout', (e) => {
      if (!host.contains(e.relatedTarget as Node | null)) closeSoon();
    });
    // Touch: the first tap shows the card, a second tap follows the link. Whether the card was
    // already open is read at pointerdown, because the tap's focus event opens it before the click.
    let tapOpensCard = false;
    trigger.addEventListener('pointerdown', (e) => {
      tapOpensCard = e.pointerType !== 'mouse' && !(card.classList.contains(OPEN) && card.parentElement === host);
    });
    trigger.addEventListener('click', (e) => {
      if (tapOpensCard) {
        e.preventDefault();
        open(card, host);
      }
      tapOpensCard = false;
    });
  });
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && openCard) {
      const trigger = openCard.closest('.popover-host')?.querySelector<HTMLElement>('[data-popover-trigger]');
      close();
      returningFocus = true;
      trigger?.focus();
      returningFocus = false;
    }
  });
  window.addEventListener('resize', () => {
    const trigger = openCard?.closest('.popover-host')?.querySelector('[data-popover-trigger]');
    if (openCard && trigger) place(openCard, trigger);
  });
  root.addEventListener('pointerdown', (e) => {
    if (openCard && !openCard.closest('.popover-host')?.contains(e.target as Node)) close();
  });
}

initPopovers();
