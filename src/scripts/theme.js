// Inlined in <head> so the stored theme applies before first paint (no flash of the wrong theme).
// It also wires the toggle button by delegation, so no other script is needed for it.
(function () {
  var root = document.documentElement;
  var KEY = 'theme';
  function stored() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  }
  function current() {
    return root.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  }
  function sync() {
    var dark = current() === 'dark';
    document.querySelectorAll('[data-theme-toggle]').forEach(function (b) {
      b.hidden = false;
      b.setAttribute('aria-pressed', String(dark));
    });
  }
  var s = stored();
  if (s === 'light' || s === 'dark') root.dataset.theme = s;
  document.addEventListener('click', function (e) {
    var b = e.target instanceof Element && e.target.closest('[data-theme-toggle]');
    if (!b) return;
    var next = current() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    try { localStorage.setItem(KEY, next); } catch (err) { /* private mode: theme lasts for this page */ }
    sync();
  });
  document.addEventListener('DOMContentLoaded', sync);
})();
