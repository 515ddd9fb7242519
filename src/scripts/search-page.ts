// Starts Pagefind's UI on the search page and runs the query from the header form (`?q=`).
interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
declare const PagefindUI: new (options: Record<string, unknown>) => PagefindUIInstance;

const element = document.querySelector<HTMLElement>('#search');
if (element && typeof PagefindUI === 'function') {
  const ui = new PagefindUI({ element, bundlePath: element.dataset.bundle, showSubResults: false, showImages: false, resetStyles: false, openFilters: ['kind'] });
  const term = new URLSearchParams(location.search).get('q');
  if (term) ui.triggerSearch(term);
  const header = document.querySelector<HTMLInputElement>('#site-search-input');
  if (header && term) header.value = term;
}

// Pagefind's input has no visible label of its own; the page heading is one.
const labelInput = () => {
  const input = document.querySelector<HTMLInputElement>('#search input');
  if (input) input.setAttribute('aria-labelledby', 'search-title');
  else requestAnimationFrame(labelInput);
};
labelInput();
