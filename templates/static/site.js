// Progressive enhancement only: every page works without this file.
// "Copy" buttons copy the text of the element named by data-copy.
document.addEventListener('click', async (event) => {
  const button = event.target.closest('button[data-copy]');
  if (!button) return;
  const source = document.getElementById(button.dataset.copy);
  if (!source) return;
  try {
    await navigator.clipboard.writeText(source.textContent.trim());
    button.textContent = button.dataset.copied || 'Copied';
  } catch (_) {
    const range = document.createRange();
    range.selectNodeContents(source);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    button.textContent = button.dataset.selected || 'Selected: press Ctrl+C';
  }
  button.setAttribute('aria-live', 'polite');
});
document.querySelectorAll('button[data-copy]').forEach((b) => { b.hidden = false; });
// Printing opens folded notes and research, so the paper carries everything; closing restores them.
let reopened = [];
window.addEventListener('beforeprint', () => {
  reopened = [...document.querySelectorAll('details:not([open]):not(.cite-provision):not(.filters)')];
  reopened.forEach((d) => { d.open = true; });
});
window.addEventListener('afterprint', () => { reopened.forEach((d) => { d.open = false; }); reopened = []; });
