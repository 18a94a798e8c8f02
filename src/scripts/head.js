// Inlined in <head>, the only script a page runs before the reader acts (kept under 2 KB gzipped):
// 1. applies the stored theme before first paint (no flash) and wires the theme toggle;
// 2. opens search on click, "/" or Ctrl/Cmd+K by loading the search dialog on demand;
// 3. loads the reader tools (/scripts/reader.js: cards, permalinks that copy, embed codes, the
//    language switch that keeps the section, the contents tracker) on the first pointer, focus or
//    tap that needs them or a scroll by the reader's hand, never on load or on a scroll the page
//    makes, and hands them the events that came before they arrived (a first tap on a term opens
//    its card, not the link);
// 4. print: names the page's real address and fits a figure taller than a page onto one page
//    (printing cannot wait for a file), and the handout's print button.
(function () {
  var root = document.documentElement;
  function stored() {
    try {
      return localStorage.getItem('theme');
    } catch {
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
      } catch {
        /* private mode: lasts for this page */
      }
      sync();
      return;
    }
    if (t && t.closest('[data-print]')) print();
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
  var reader;
  var tools; // the reader module once it has started (every event before it replayed)
  var pending = [];
  var tap;
  var TOOLS = '.popover-host,[data-copy-link],.chart-tools,[data-lang-switch],[data-toc-details]';
  function load(type, el) {
    if (tools) return tools.start(type, el);
    pending.push([type, el]);
    if (reader || !root.dataset.readerModule) return;
    reader = import(root.dataset.readerModule).then(function (m) {
      pending.forEach(function (p) {
        m.start(p[0], p[1]);
      });
      pending = [];
      tools = m;
    });
  }
  ['pointerover', 'pointerdown', 'focusin', 'click'].forEach(function (type) {
    addEventListener(
      type,
      function (e) {
        var target = e.target instanceof Element ? e.target : null;
        var trigger = target && target.closest('[data-popover-trigger]');
        // A tap that began before the tools started is held whole: its click opens the card (now
        // or once the tools arrive), even if the tools arrive between finger down and click, when
        // their own handlers never saw the finger go down and would follow the link.
        if (type === 'click' && trigger && tap === trigger) {
          tap = null;
          e.preventDefault();
          load(type, trigger.closest(TOOLS));
          return;
        }
        // The language switch keeps the reader's section (reading.ts): a click before the tools
        // have started is held and replayed by them, so the link never goes to the top of the page.
        var sw = type === 'click' && !tools && target && target.closest('[data-lang-switch]');
        if (sw && !e.metaKey && !e.ctrlKey && !e.shiftKey) {
          e.preventDefault();
          load(type, sw);
          return;
        }
        if (type === 'pointerdown') tap = !tools && e.pointerType !== 'mouse' && trigger;
        var el = !tools && target && target.closest(TOOLS);
        if (el && type !== 'pointerdown') load(type, el);
      },
      true,
    );
  });
  // The contents list marks the section being read with CSS alone where the browser can
  // (scroll-target-group), so a scroll the page makes loads nothing. When the reader scrolls by hand
  // (wheel, touch, keys) the tracker loads to name the section for assistive technology too
  // (aria-current), and to mark it where CSS cannot.
  ['wheel', 'touchmove', 'keydown'].forEach(function (type) {
    addEventListener(
      type,
      function () {
        if (document.querySelector('[data-toc-link]')) load('scroll', null);
      },
      { once: true, passive: true },
    );
  });

  // Charts' code: the island runtime (named on <html> by the post-build step) is imported on the
  // first pointer, touch or focus inside a chart. The events seen until it is there are kept for the
  // charts to replay (src/integrations/interact/directive.ts); a click is held until its chart wakes.
  var seen = (window.__islandEvents = []);
  var islands;
  ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'click'].forEach(function (type) {
    addEventListener(
      type,
      function (e) {
        var isl = e.target instanceof Element && e.target.closest('astro-island');
        if (!isl || isl.hasAttribute('data-woken') || !root.dataset.islandsModule) return;
        seen.push(e);
        if (type === 'click') {
          e.preventDefault();
          e.stopPropagation();
        }
        // If the code cannot be fetched, stop holding clicks: the charts stay as the build drew them.
        islands =
          islands ||
          import(root.dataset.islandsModule).catch(function () {
            delete root.dataset.islandsModule;
          });
      },
      true,
    );
  });

  // A figure taller than a printed page is scaled to fit one, down to 0.55 (the nine-study results
  // chart needs it); a figure that would have to shrink further keeps its size and breaks across pages.
  // Zoom also widens the figure's layout (its rows re-flow side by side), so the largest zoom that fits
  // is found by a short search rather than by one division.
  var PAGE = 962; // an A4 page less print.css's margins, in CSS pixels
  var MIN_ZOOM = 0.55;
  function fitsAt(f, z) {
    f.style.zoom = z;
    return f.getBoundingClientRect().height <= PAGE;
  }
  function fit(on) {
    document.querySelectorAll('.chapter-body figure, .handout-picture figure').forEach(function (f) {
      f.style.zoom = '';
      if (!on || f.getBoundingClientRect().height <= PAGE) return;
      if (!fitsAt(f, MIN_ZOOM)) {
        f.style.zoom = '';
        return;
      }
      var lo = MIN_ZOOM;
      var hi = 1;
      for (var i = 0; i < 6; i++) {
        var mid = (lo + hi) / 2;
        if (fitsAt(f, mid)) lo = mid;
        else hi = mid;
      }
      f.style.zoom = Math.floor(lo * 100) / 100;
    });
  }
  var paper = matchMedia('print');
  paper.addEventListener('change', function () {
    fit(paper.matches);
  });
  addEventListener('afterprint', function () {
    fit(0);
  });
  document.addEventListener('DOMContentLoaded', function () {
    sync();
    // Without SITE the build prints only the path: name the address the reader is really on.
    document.querySelectorAll('[data-print-url]').forEach(function (el) {
      el.textContent = new URL(el.dataset.printPath || location.pathname, location.href).href;
    });
    document.querySelectorAll('[data-print]').forEach(function (b) {
      b.hidden = false;
    });
  });
})();
