// Starts Pagefind's UI on the search page and runs the query from the header form (`?q=`).
// With `?archive=1`, the archive's index (see src/render/search-archive.ts) is searched too.
import { pagefindOptions } from '../render/search-options.ts';

interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
declare const PagefindUI: new (options: Record<string, unknown>) => PagefindUIInstance;

const params = new URLSearchParams(location.search);
const element = document.querySelector<HTMLElement>('#search');
const archive = document.querySelector<HTMLInputElement>('#search-archive');
const withArchive = archive !== null && params.get('archive') === '1';

if (element && typeof PagefindUI === 'function') {
  // The UI hands the options it does not know itself on to Pagefind's client.
  const ui = new PagefindUI({
    element,
    bundlePath: element.dataset.bundle,
    showSubResults: false,
    showImages: false,
    resetStyles: false,
    openFilters: ['kind'],
    ...(withArchive ? { mergeIndex: [{ bundlePath: archive?.dataset.bundle }] } : {}),
    ...pagefindOptions,
  });
  const term = params.get('q');
  if (term) ui.triggerSearch(term);
  const header = document.querySelector<HTMLInputElement>('#site-search-input');
  if (header && term) header.value = term;
}

// The choice reloads the page with the query kept: Pagefind's client cannot drop an index it has merged.
// The box follows the address, never a state the browser restores (a form restored on reload,
// a page shown again from the back-forward cache after the box was clicked).
if (archive) {
  archive.checked = withArchive;
  addEventListener('pageshow', () => (archive.checked = withArchive));
  archive.closest<HTMLElement>('.search-archive')!.hidden = false;
  archive.addEventListener('change', () => {
    const next = new URLSearchParams(location.search);
    const term = document.querySelector<HTMLInputElement>('.pagefind-ui__search-input')?.value.trim();
    if (term) next.set('q', term);
    else next.delete('q');
    if (archive.checked) next.set('archive', '1');
    else next.delete('archive');
    location.search = next.toString();
  });
}

// Pagefind's input has no visible label of its own; the page heading is one.
const labelInput = () => {
  const input = document.querySelector<HTMLInputElement>('#search input');
  if (input) input.setAttribute('aria-labelledby', 'search-title');
  else requestAnimationFrame(labelInput);
};
labelInput();
