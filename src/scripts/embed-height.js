/**
 * Embed pages report their height to the page that frames them, whenever it changes (a narrower
 * frame, an opened "Show data"), as { type: 'reprogrammed:height', height }. The snippet under each
 * chart listens for it and sets the frame's height, so no chart is cut at any width.
 */
if (window.parent !== window) {
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'reprogrammed:height', height }, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  document.addEventListener('toggle', report, true);
  report();
}
