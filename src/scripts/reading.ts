/**
 * Reading helpers for chapters, loaded as one small module:
 * - marks the section being read in the contents (aria-current; browsers with scroll-target-group
 *   also show it with CSS alone, before this module loads),
 * - closes the phone contents list after a jump,
 * - heading and chart permalinks copy their address with a visible "Copied" (copy-links.ts),
 * - the language switcher keeps the reader's section.
 * Printing helpers (the printed address, figures fitted to a page) are in the inline head script,
 * because printing cannot wait for a file to load.
 */
import './copy-links.ts';

function trackSections() {
  // Where CSS can mark the link itself (scroll-target-group, :target-current in
  // TableOfContents.astro), aria-current still tells assistive technology which section is read.
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

/** The other language's address of the section being read: the nth section here is the nth there. */
export function sectionHref(link: HTMLAnchorElement): string {
  const alt = link.dataset.altHeadings?.split(' ').filter(Boolean) ?? [];
  const base = link.href.split('#')[0]!;
  const ids = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')].map((a) => a.dataset.tocLink!);
  let index = -1;
  ids.forEach((id, i) => {
    const h = document.getElementById(id);
    if (h && h.getBoundingClientRect().top <= 120) index = i;
  });
  return index >= 0 && alt[index] ? `${base}#${alt[index]}` : base;
}

/** The language switcher keeps the reader's section (a click that came before this module: reader.ts). */
function keepSectionOnLanguageSwitch() {
  const link = document.querySelector<HTMLAnchorElement>('[data-lang-switch]');
  if (!link?.dataset.altHeadings) return;
  link.addEventListener('click', () => {
    link.href = sectionHref(link);
  });
}

trackSections();
keepSectionOnLanguageSwitch();
