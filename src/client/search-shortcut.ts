// `/` moves focus to the search box from anywhere but a text field, as on most sites with search.
const input = document.querySelector<HTMLInputElement>('#site-search-input');
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || !input) return;
  const target = event.target as HTMLElement;
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
  event.preventDefault();
  input.focus();
});
