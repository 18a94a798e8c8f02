/**
 * Opens citation and glossary cards on hover, keyboard focus or tap; Escape or moving away closes
 * them. The cards are also each trigger's accessible description, so screen readers hear the
 * reference without opening anything, and every trigger is a real link that works without this.
 */
const OPEN = 'is-open';
let openCard: HTMLElement | null = null;
let closeTimer: number | undefined;
/** Set while Escape returns focus to a trigger, so that focus does not reopen the card. */
let returningFocus = false;

/** A trigger's card is the element that describes it; a source cited twice shares one card. */
function cardFor(trigger: Element): HTMLElement | null {
  const id = trigger.getAttribute('aria-describedby');
  return id ? document.getElementById(id) : null;
}

function open(card: HTMLElement, host: HTMLElement) {
  window.clearTimeout(closeTimer);
  // Show the shared card beside the citation that asked for it.
  if (card.parentElement !== host) host.append(card);
  if (openCard && openCard !== card) openCard.classList.remove(OPEN);
  card.classList.add(OPEN);
  card.classList.remove('align-right');
  const rect = card.getBoundingClientRect();
  if (rect.right > document.documentElement.clientWidth - 8) card.classList.add('align-right');
  openCard = card;
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
  root.addEventListener('pointerdown', (e) => {
    if (openCard && !openCard.closest('.popover-host')?.contains(e.target as Node)) close();
  });
}

initPopovers();
