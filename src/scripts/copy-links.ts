/** Copy helpers for teachers: permalinks that copy their address, and embed codes. */
/**
 * Heading and chart permalinks copy their address, show a visible "Copied" beside the link for two
 * seconds (the label comes from the page's language: data-copied-label) and tell screen readers.
 */
let status: HTMLElement | undefined;

/** Copies a permalink's address and shows "Copied" beside it (and tells screen readers). */
export async function copyLink(a: HTMLAnchorElement) {
  if (!navigator.clipboard) return;
  if (!status) {
    status = document.createElement('p');
    status.className = 'visually-hidden';
    status.setAttribute('aria-live', 'polite');
    document.body.append(status);
  }
  const url = new URL(a.getAttribute('href')!, location.href).href;
  try {
    await navigator.clipboard.writeText(url);
    const label = a.dataset.copiedLabel ?? document.documentElement.dataset.copiedLabel ?? 'Link copied';
    a.dataset.copied = label;
    status.textContent = label;
    window.setTimeout(() => {
      delete a.dataset.copied;
      if (status) status.textContent = '';
    }, 2500);
  } catch {
    /* Clipboard refused: the link still updates the address bar, which can be copied by hand. */
  }
}

function copyLinks() {
  document.addEventListener('click', (e) => {
    const a = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[data-copy-link]') : null;
    if (a) void copyLink(a);
  });
}

/** "Copy embed code" buttons: shown only when the clipboard can be used; copy every code block. */
function copyEmbeds() {
  if (!navigator.clipboard) return;
  document.querySelectorAll<HTMLButtonElement>('[data-copy-embed]').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const blocks = button.closest('details')?.querySelectorAll('[data-embed-code]') ?? [];
      const code = [...blocks].map((b) => b.textContent ?? '').join('\n');
      try {
        await navigator.clipboard.writeText(code);
        const label = button.textContent;
        button.textContent = button.dataset.copiedLabel ?? 'Copied';
        window.setTimeout(() => (button.textContent = label), 2000);
      } catch {
        /* The code is on screen to copy by hand. */
      }
    });
  });
}

copyLinks();
copyEmbeds();
