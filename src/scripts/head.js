// Inlined in <head>, the only script a text page runs before the reader acts (kept under 2 KB):
// 1. applies the stored theme before first paint (no flash) and wires the theme toggle;
// 2. opens search on click, "/" or Ctrl/Cmd+K by loading the search dialog on demand.
(function () {
  var root = document.documentElement;
  function stored() {
    try {
      return localStorage.getItem('theme');
    } catch (e) {
      return null;
    }
  }
  function current() {
    return root.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  }
  function sync() {
    var dark = current() === 'dark';
    document.querySelectorAll('[data-theme-toggle]').forEach(function (b) {
      b.classList.remove('is-pending');
      b.setAttribute('aria-pressed', String(dark));
    });
  }
  var s = stored();
  if (s === 'light' || s === 'dark') root.dataset.theme = s;

  var loading;
  function openSearch(opener) {
    var src = root.dataset.searchModule;
    if (!src) return false;
    loading = loading || import(src);
    loading.then(function (m) {
      m.open(opener);
    });
    return true;
  }
  document.addEventListener('click', function (e) {
    var t = e.target instanceof Element ? e.target : null;
    var toggle = t && t.closest('[data-theme-toggle]');
    if (toggle) {
      var next = current() === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      try {
        localStorage.setItem('theme', next);
      } catch (err) {
        /* private mode: lasts for this page */
      }
      sync();
      return;
    }
    var link = t && t.closest('[data-search-open]');
    if (link && !e.metaKey && !e.ctrlKey && openSearch(link)) e.preventDefault();
  });
  document.addEventListener('keydown', function (e) {
    var el = document.activeElement;
    var typing = el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
    if ((e.key === 'k' && (e.metaKey || e.ctrlKey)) || (e.key === '/' && !typing)) {
      if (openSearch(el)) e.preventDefault();
    }
  });
  document.addEventListener('DOMContentLoaded', sync);
})();
