// The search page: runs the reader's query with Pagefind's own client (`pagefind.js`, written by
// the build into the index's folder) and draws the results. The query and the filters live in
// the address (search-state.ts): a query from the header form arrives as `?q=`, a search can be
// shared, and back and forward step through earlier searches. With `archive=1`, the archive's
// index (src/render/search-archive.ts) is searched too.
import { pagefindOptions } from '../render/search-options.ts';
import { resultItem, type ResultData } from './search-results.ts';
import { pagefindFilters, paramsOf, showState, stateOf, stateOfForm, type SearchState } from './search-state.ts';
import { plural } from '../model/plural.ts';

interface Pagefind {
  options(options: object): Promise<void>;
  mergeIndex(bundle: string): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options: { filters: object },
  ): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

/** Results drawn at once, and added by each "Show more results". */
const pageSize = 10;

const root = document.querySelector<HTMLElement>('#search');
const form = document.querySelector<HTMLFormElement>('#search-form');
if (root && form) start(root, form);

function start(root: HTMLElement, form: HTMLFormElement): void {
  const message = root.querySelector<HTMLElement>('.search-message')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const more = root.querySelector<HTMLButtonElement>('.search-more')!;
  const input = form.querySelector<HTMLInputElement>('#search-input')!;
  const archive = form.querySelector<HTMLInputElement>('#search-archive');
  const filterKeys = [
    ...new Set(
      [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('.search-filter [name]')].map((e) => e.name),
    ),
  ];
  const kindLabels = new Map(
    [...form.querySelectorAll<HTMLInputElement>('input[name="kind"]')].map((box) => [
      box.value,
      box.parentElement?.textContent?.trim() ?? box.value,
    ]),
  );
  const kindLabel = (kind: string) => kindLabels.get(kind) ?? kind;

  const opened = stateOf(new URLSearchParams(location.search), filterKeys);
  // Pagefind's client cannot drop an index it has merged: the archive is chosen for the page's life.
  const withArchive = archive !== null && opened.archive;
  let pagefind: Promise<Pagefind> | undefined;
  const client = () => (pagefind ??= load(root, withArchive));

  form.hidden = false;
  // Filters of archived cycles match nothing unless the archive is searched.
  for (const option of form.querySelectorAll<HTMLElement>('[data-archive-only]')) option.hidden = !withArchive;
  showState(form, opened);
  // A page shown again from the back-forward cache keeps what the browser restored; the address decides.
  addEventListener('pageshow', () => showState(form, stateOf(new URLSearchParams(location.search), filterKeys)));

  let searchId = 0;
  let shown: { data(): Promise<ResultData> }[] = [];
  const run = async (state: SearchState) => {
    const id = ++searchId;
    if (!state.query && !Object.keys(state.filters).length) {
      list.replaceChildren();
      more.hidden = true;
      message.textContent = '';
      return;
    }
    const search = await (await client()).search(state.query || null, { filters: pagefindFilters(state) });
    if (!search || id !== searchId) return;
    shown = search.results;
    const count = shown.length;
    const about = state.query ? ` for “${state.query}”` : '';
    message.textContent = count
      ? `${plural(count, 'result')}${about}`
      : `No results${about}${Object.keys(state.filters).length ? ' with these filters' : ''}`;
    list.replaceChildren();
    await draw(id, 0);
  };
  const draw = async (id: number, from: number) => {
    const page = await Promise.all(shown.slice(from, from + pageSize).map((result) => result.data()));
    if (id !== searchId) return;
    list.append(...page.map((data) => resultItem(data, kindLabel)));
    more.hidden = shown.length <= from + pageSize;
  };
  more.addEventListener('click', () => {
    const first = list.children.length;
    void draw(searchId, first).then(() => list.children[first]?.querySelector('a')?.focus());
  });

  /** Puts the form's state into the address: a new entry, or the current one while the reader types. */
  let typing = false;
  const commit = (replace: boolean) => {
    const state = stateOfForm(form, filterKeys);
    const url = `${location.pathname}${paramsOf(state).size ? `?${paramsOf(state)}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) {
      if (replace) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    void run(state);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    // The first keystroke of a query starts a new entry; the ones after it only change it.
    const replace = typing;
    typing = true;
    timer = setTimeout(() => commit(replace), 150);
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    if (event.target === archive) return reloadWithArchive(form, filterKeys);
    typing = false;
    commit(false);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    typing = false;
    commit(true);
  });
  form.querySelector('.search-clear')?.addEventListener('click', () => {
    for (const element of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('.search-filter [name]')) {
      if (element instanceof HTMLInputElement) element.checked = false;
      else element.value = '';
    }
    typing = false;
    commit(false);
  });
  addEventListener('popstate', () => {
    const state = stateOf(new URLSearchParams(location.search), filterKeys);
    if (state.archive !== withArchive) return location.reload();
    typing = false;
    showState(form, state);
    void run(state);
  });

  const header = document.querySelector<HTMLInputElement>('#site-search-input');
  if (header && opened.query) header.value = opened.query;
  void run(opened);
}

/** Pagefind's client with the site's options, and the archive's index merged in when asked for. */
async function load(root: HTMLElement, withArchive: boolean): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${root.dataset.bundle}pagefind.js`)) as Pagefind;
  await pagefind.options(pagefindOptions);
  if (withArchive && root.dataset.archiveBundle) await pagefind.mergeIndex(root.dataset.archiveBundle);
  await pagefind.init();
  return pagefind;
}

/** The archive choice reloads the page with the query and filters kept (see `load`). */
function reloadWithArchive(form: HTMLFormElement, filterKeys: readonly string[]): void {
  location.search = paramsOf(stateOfForm(form, filterKeys)).toString();
}
