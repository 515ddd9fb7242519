// The search page's state (query, ticked filters, archive) as the address carries it, so a
// search can be shared and the browser's back and forward buttons step through searches.

/** What the reader asked for: the query, each filter's chosen values, whether the archive is searched. */
export interface SearchState {
  query: string;
  filters: Record<string, string[]>;
  archive: boolean;
}

/** The state an address carries: `?q=peak&kind=objective&status=At+risk&team=Platform`. */
export function stateOf(params: URLSearchParams, filterKeys: readonly string[]): SearchState {
  const filters: Record<string, string[]> = {};
  for (const key of filterKeys) {
    const values = params.getAll(key).filter((value) => value !== '');
    if (values.length) filters[key] = values;
  }
  return { query: params.get('q')?.trim() ?? '', filters, archive: params.get('archive') === '1' };
}

/** The address's query string for a state; empty values are left out. */
export function paramsOf(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const [key, values] of Object.entries(state.filters)) for (const value of values) params.append(key, value);
  if (state.archive) params.set('archive', '1');
  return params;
}

/** The state the form shows. */
export function stateOfForm(form: HTMLFormElement, filterKeys: readonly string[]): SearchState {
  const data = new FormData(form);
  const params = new URLSearchParams();
  for (const [key, value] of data) if (typeof value === 'string') params.append(key, value);
  return stateOf(params, filterKeys);
}

/** Sets the form's fields to a state (an address opened, or a step back or forward). */
export function showState(form: HTMLFormElement, state: SearchState): void {
  for (const element of form.elements) {
    if (element instanceof HTMLInputElement && element.type === 'checkbox') {
      element.checked =
        element.name === 'archive' ? state.archive : (state.filters[element.name] ?? []).includes(element.value);
    } else if (element instanceof HTMLSelectElement) {
      element.value = state.filters[element.name]?.[0] ?? '';
      // A value the list does not offer (an address from another build) selects nothing.
      if (element.selectedIndex < 0) element.value = '';
    } else if (element instanceof HTMLInputElement && element.name === 'q') {
      element.value = state.query;
    }
  }
}

/**
 * Pagefind's filters for a state: the values ticked in one filter are alternatives (`any`),
 * different filters must all match.
 */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(state.filters).map(([key, values]) => [key, { any: values }]));
}
