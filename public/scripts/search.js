// @ts-check
/**
 * The search dialog. Loaded only when a reader opens search (the inline head script imports it),
 * then it loads Pagefind's index. Results are built with DOM methods, never innerHTML: Pagefind's
 * excerpts are split on <mark> and inserted as text.
 */

const root = document.documentElement;
const base = root.dataset.searchBase || '/';
/** @type {HTMLDialogElement | null} */
let dialog = null;
/** @type {Element | null} */
let opener = null;
/** @type {any} */
let pagefind = null;
/** @type {Set<string>} */
const activeAreas = new Set();

/**
 * The dialog's words in the page's language, from the header's #search-strings element (rendered
 * from src/i18n/), so this file holds no language of its own. English is only a fallback.
 */
const FALLBACK = {
  title: 'Search',
  close: 'Close',
  label: 'Search the chapters and glossary',
  filter: 'Filter by area',
  results: 'Results',
  none: 'No results for “{q}”.',
  one: '1 page found for “{q}”.',
  many: '{n} pages found for “{q}”.',
};
/** @param {keyof typeof FALLBACK} key @param {Record<string, string | number>} [vars] */
export function str(key, vars = {}) {
  const source = document.getElementById('search-strings');
  const text = source?.dataset[key] || FALLBACK[key];
  return text.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? `{${name}}`));
}

/** @param {string} tag @param {Record<string, string>} [attrs] @param {(Node|string)[]} [children] */
function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

/** Pagefind marks matches with <mark>; keep those, and only those, and insert everything as text. */
export function excerptNodes(/** @type {string} */ html) {
  const parts = html.split(/<mark>|<\/mark>/);
  return parts.map((text, i) => {
    const plain = text
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    return i % 2 === 1 ? el('mark', {}, [plain]) : document.createTextNode(plain);
  });
}

async function loadPagefind() {
  if (pagefind) return pagefind;
  pagefind = await import(`${base}pagefind/pagefind.js`);
  await pagefind.options({ baseUrl: base, excerptLength: 24 });
  pagefind.init();
  return pagefind;
}

function build() {
  const input = /** @type {HTMLInputElement} */ (
    el('input', {
      type: 'search',
      id: 'search-input',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': 'search-count',
    })
  );
  const count = el('p', { id: 'search-count', class: 'search-count', 'aria-live': 'polite' });
  const results = el('ol', { class: 'search-results', 'aria-label': str('results') });
  const filters = el('fieldset', { class: 'search-filters', hidden: '' }, [el('legend', {}, [str('filter')])]);
  const close = el('button', { type: 'button', class: 'search-close' }, [str('close')]);
  const d = /** @type {HTMLDialogElement} */ (
    el('dialog', { class: 'search-dialog', 'aria-labelledby': 'search-title' }, [
      el('div', { class: 'search-head' }, [
        el('h2', { id: 'search-title', class: 'search-title' }, [str('title')]),
        close,
      ]),
      el('label', { for: 'search-input', class: 'search-label' }, [str('label')]),
      input,
      filters,
      count,
      results,
    ])
  );
  close.addEventListener('click', () => d.close());
  d.addEventListener('close', () => {
    if (opener instanceof HTMLElement) opener.focus();
  });
  d.addEventListener('click', (e) => {
    if (e.target === d) d.close();
  });
  // A search input eats the first Escape (it clears the field); readers expect Escape to close.
  d.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      d.close();
    }
  });
  let timer = 0;
  const run = () => search(input.value, count, results);
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(run, 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      const first = results.querySelector('a');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  });
  results.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...results.querySelectorAll('a')];
    const i = links.indexOf(/** @type {HTMLAnchorElement} */ (document.activeElement));
    const next = e.key === 'ArrowDown' ? links[i + 1] : i <= 0 ? input : links[i - 1];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  });
  loadPagefind().then(async (pf) => {
    const available = await pf.filters();
    const areas = Object.keys(available.area || {}).sort();
    if (areas.length < 2) return;
    for (const area of areas) {
      const id = `search-area-${area.replace(/\W+/g, '-').toLowerCase()}`;
      const box = /** @type {HTMLInputElement} */ (el('input', { type: 'checkbox', id, value: area }));
      box.addEventListener('change', () => {
        if (box.checked) activeAreas.add(area);
        else activeAreas.delete(area);
        run();
      });
      filters.append(el('span', { class: 'search-filter' }, [box, el('label', { for: id }, [area])]));
    }
    filters.hidden = false;
  });
  document.body.append(d);
  return d;
}

let searchId = 0;
/** @param {string} term @param {HTMLElement} count @param {HTMLElement} list */
async function search(term, count, list) {
  const id = ++searchId;
  const q = term.trim();
  if (!q) {
    list.replaceChildren();
    count.textContent = '';
    return;
  }
  const pf = await loadPagefind();
  const options = activeAreas.size ? { filters: { area: { any: [...activeAreas] } } } : {};
  const response = await pf.search(q, options);
  const data = await Promise.all(response.results.slice(0, 8).map((/** @type {any} */ r) => r.data()));
  if (id !== searchId) return;
  const n = response.results.length;
  count.textContent = str(n === 0 ? 'none' : n === 1 ? 'one' : 'many', { n, q });
  list.replaceChildren(
    ...data.map((/** @type {any} */ r) => {
      const subs = (r.sub_results || []).filter((/** @type {any} */ s) => s.url !== r.url).slice(0, 3);
      return el('li', { class: 'search-result' }, [
        el('a', { href: r.url, class: 'search-result-title' }, [r.meta?.title || r.url]),
        el('p', { class: 'search-excerpt' }, excerptNodes(r.excerpt || '')),
        ...(subs.length
          ? [
              el(
                'ul',
                { class: 'search-subs' },
                subs.map((/** @type {any} */ s) =>
                  el('li', {}, [
                    el('a', { href: s.url }, [s.title]),
                    el('p', { class: 'search-excerpt' }, excerptNodes(s.excerpt || '')),
                  ]),
                ),
              ),
            ]
          : []),
      ]);
    }),
  );
}

/** @param {Element | null} from */
export function open(from) {
  opener = from;
  dialog = dialog || build();
  if (!dialog.open) dialog.showModal();
  const input = /** @type {HTMLInputElement} */ (dialog.querySelector('#search-input'));
  input.focus();
  input.select();
}
