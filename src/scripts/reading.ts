/**
 * Reading helpers for chapters, loaded as one small module:
 * - marks the section being read in the contents (aria-current),
 * - closes the phone contents list after a jump,
 * - heading permalinks also copy the section's address (for teachers), with a polite "Link copied",
 * - chart embed codes can be copied with one button.
 */
function trackSections() {
  const links = new Map<string, HTMLAnchorElement>();
  document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]').forEach((a) => links.set(a.dataset.tocLink!, a));
  if (links.size === 0) return;
  const headings = [...links.keys()]
    .map((id) => document.getElementById(id))
    .filter((h): h is HTMLElement => h !== null);
  let current = '';
  const update = () => {
    const offset = 120;
    let id = headings[0]?.id ?? '';
    for (const h of headings) if (h.getBoundingClientRect().top - offset <= 0) id = h.id;
    if (id === current) return;
    links.get(current)?.removeAttribute('aria-current');
    links.get(id)?.setAttribute('aria-current', 'true');
    current = id;
  };
  let queued = false;
  window.addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        update();
      });
    },
    { passive: true },
  );
  update();
  const details = document.querySelector<HTMLDetailsElement>('[data-toc-details]');
  links.forEach((a) =>
    a.addEventListener('click', () => {
      if (details && matchMedia('(max-width: 74.99rem)').matches) details.open = false;
    }),
  );
}

function copyLinks() {
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('aria-live', 'polite');
  document.body.append(status);
  document.addEventListener('click', async (e) => {
    const a = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[data-copy-link]') : null;
    if (!a || !navigator.clipboard) return;
    const url = new URL(a.getAttribute('href')!, location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      a.dataset.copied = '';
      status.textContent = 'Link to this section copied';
      setTimeout(() => {
        delete a.dataset.copied;
        status.textContent = '';
      }, 2000);
    } catch {
      /* Clipboard refused: the link still updates the address bar, which can be copied by hand. */
    }
  });
}

/** "Copy embed code" buttons: shown only when the clipboard can be used. */
function copyEmbeds() {
  if (!navigator.clipboard) return;
  document.querySelectorAll<HTMLButtonElement>('[data-copy-embed]').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const code = button.closest('details')?.querySelector('[data-embed-code]')?.textContent ?? '';
      try {
        await navigator.clipboard.writeText(code);
        const label = button.textContent;
        button.textContent = button.dataset.copiedLabel ?? 'Copied';
        setTimeout(() => (button.textContent = label), 2000);
      } catch {
        /* The code is on screen to copy by hand. */
      }
    });
  });
}

/** The language switcher keeps the reader's section: the nth section here is the nth there. */
function keepSectionOnLanguageSwitch() {
  const link = document.querySelector<HTMLAnchorElement>('[data-lang-switch]');
  const alt = link?.dataset.altHeadings?.split(' ').filter(Boolean) ?? [];
  if (!link || alt.length === 0) return;
  const base = link.href.split('#')[0]!;
  link.addEventListener('click', () => {
    const ids = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')].map((a) => a.dataset.tocLink!);
    let index = -1;
    ids.forEach((id, i) => {
      const h = document.getElementById(id);
      if (h && h.getBoundingClientRect().top <= 120) index = i;
    });
    link.href = index >= 0 && alt[index] ? `${base}#${alt[index]}` : base;
  });
}

trackSections();
copyLinks();
copyEmbeds();
keepSectionOnLanguageSwitch();
