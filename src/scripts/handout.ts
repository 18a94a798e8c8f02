/**
 * The handout's print button (shown only with JavaScript) and, when the build did not know the
 * site's address, the chapter's address as the reader's browser sees it (never "localhost").
 */
document.querySelectorAll<HTMLButtonElement>('[data-print]').forEach((button) => {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
});
document.querySelectorAll<HTMLElement>('[data-print-url]').forEach((el) => {
  el.textContent = new URL(el.dataset.printPath ?? location.pathname, location.href).href;
});
