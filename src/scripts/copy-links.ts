/**
 * Copy helpers for teachers, loaded by every page with a chart or heading permalinks (a module is
 * evaluated once however many components import it).
 */
/**
 * Heading and chart permalinks copy their address, show a visible "Copied" beside the link for two
 * seconds (the label comes from the page's language: data-copied-label) and tell screen readers.
 */
function copyLinks() {
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('aria-live', 'polite');
  document.body.append(status);
  const fallback = document.documentElement.dataset.copiedLabel ?? 'Link copied';
  document.addEventListener('click', async (e) => {
    const a = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[data-copy-link]') : null;
    if (!a || !navigator.clipboard) return;
    const url = new URL(a.getAttribute('href')!, location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      const label = a.dataset.copiedLabel ?? fallback;
      a.dataset.copied = label;
      status.textContent = label;
      window.setTimeout(() => {
        delete a.dataset.copied;
        status.textContent = '';
      }, 2500);
    } catch {
      /* Clipboard refused: the link still updates the address bar, which can be copied by hand. */
    }
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
