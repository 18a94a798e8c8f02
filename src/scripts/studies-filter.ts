/**
 * The studies page's progressive enhancement, loaded only there. The full list is already in the
 * HTML; this script:
 * - applies the filter and sort choices as they are made (hiding entries, reordering the lists),
 *   announces the new count in the form's status line and keeps the choice in the address (?area=…)
 *   so a filtered view can be shared;
 * - makes each study's "Link" copy its permalink, with a visible "Copied".
 * The filtering itself is the pure code in src/components/studies/filter.ts.
 */
import {
  FACETS,
  applyFilters,
  isSortKey,
  parseQuery,
  sortStudies,
  toQuery,
  DEFAULT_SORT,
  type FacetValues,
  type FilterState,
  type SortKey,
  type SortValues,
} from '../components/studies/filter.ts';

interface Entry {
  el: HTMLElement;
  facets: FacetValues;
  sort: SortValues;
}

function readEntry(el: HTMLElement): Entry {
  const d = el.dataset;
  const facets = Object.fromEntries(
    FACETS.map((f) => [f, d[`f${f[0]!.toUpperCase()}${f.slice(1)}`] ?? '']),
  ) as FacetValues;
  const treated = d.sTreated ? Number(d.sTreated) : null;
  return {
    el,
    facets,
    sort: { start: d.sStart ?? '', areaOrder: Number(d.sArea ?? 0), treated, title: d.sTitle ?? '' },
  };
}

function setupFilters(form: HTMLElement) {
  const lists = [...document.querySelectorAll<HTMLElement>('[data-study-list]')];
  const entries = new Map(lists.map((l) => [l, [...l.querySelectorAll<HTMLElement>('[data-study]')].map(readEntry)]));
  const total = [...entries.values()].reduce((n, e) => n + e.length, 0);
  const status = form.querySelector<HTMLElement>('[data-study-count]');
  const empty = document.querySelector<HTMLElement>('[data-study-empty]');
  const showing = form.dataset.showing ?? '{shown} / {total}';
  const all = form.dataset.all ?? '{total}';
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);

  const read = (): { state: FilterState; sort: SortKey } => {
    const state: FilterState = {};
    for (const f of FACETS) {
      const v = select(f)?.value;
      if (v) state[f] = v;
    }
    const s = select('sort')?.value;
    return { state, sort: isSortKey(s) ? s : DEFAULT_SORT };
  };

  const apply = (announce: boolean) => {
    const { state, sort } = read();
    let shown = 0;
    for (const [list, items] of entries) {
      const visible = new Set(applyFilters(items, state));
      for (const item of sortStudies(items, sort)) {
        item.el.hidden = !visible.has(item);
        list.append(item.el);
      }
      shown += visible.size;
      const section = list.closest<HTMLElement>('[data-study-section]');
      if (section) section.hidden = visible.size === 0;
    }
    if (empty) empty.hidden = shown > 0;
    const text = (shown === total ? all : showing).replace('{shown}', String(shown)).replace('{total}', String(total));
    if (status && (announce || status.textContent !== text)) status.textContent = text;
    history.replaceState(history.state, '', `${location.pathname}${toQuery(state, sort)}${location.hash}`);
  };

  // A shared address (?area=retina&sort=newest) sets the controls before the first filtering.
  const initial = parseQuery(location.search);
  for (const f of FACETS) {
    const el = select(f);
    const v = initial.state[f];
    if (el && v && [...el.options].some((o) => o.value === v)) el.value = v;
  }
  const sortEl = select('sort');
  if (sortEl) sortEl.value = initial.sort;
  if (location.search) apply(false);

  form.addEventListener('change', () => apply(true));
  form.querySelector('[data-study-reset]')?.addEventListener('click', () => {
    for (const el of form.querySelectorAll('select')) el.value = el.name === 'sort' ? DEFAULT_SORT : '';
    apply(true);
  });
}

function setupCopyLinks() {
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  document.body.append(live);
  document.addEventListener('click', async (e) => {
    const a = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[data-copy-study]') : null;
    if (!a || !navigator.clipboard) return;
    e.preventDefault();
    const url = new URL(a.getAttribute('href')!, location.href);
    url.search = '';
    history.replaceState(history.state, '', `${location.pathname}${location.search}${url.hash}`);
    const holder = a.parentElement!;
    try {
      await navigator.clipboard.writeText(url.href);
      holder.dataset.copied = '';
      live.textContent = holder.dataset.announce ?? '';
      setTimeout(() => {
        delete holder.dataset.copied;
        live.textContent = '';
      }, 2500);
    } catch {
      location.hash = url.hash;
    }
  });
}

const form = document.querySelector<HTMLElement>('[data-study-filters]');
if (form) setupFilters(form);
setupCopyLinks();
