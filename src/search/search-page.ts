/**
 * The search page's behaviour (markup: src/components/search/SearchPanel.astro).
 * Loads Pagefind's API from our own origin, searches as the reader types or
 * changes a filter, and writes the results with text nodes only (no HTML
 * strings, no inline handlers: fit for a strict Content Security Policy).
 *
 * Keyboard: the form is ordinary (Tab, Space on checkboxes); from the search
 * box the down arrow moves into the results, the up and down arrows move
 * between result links, Escape goes back to the search box, and Enter
 * follows the focused link.
 */
import { loadPagefind } from './load-pagefind.ts';
import { searchTerm } from './names.ts';
import type { PagefindResult } from './pagefind-api.ts';
import {
  FIRST_RESULTS,
  pagefindFilters,
  paramsToState,
  rankedResults,
  resultView,
  stateToParams,
  statusText,
  type ExcerptPart,
  type ResultView,
  type SearchState,
} from './results.ts';

/** Results shown at first and added by "more". */
const PAGE_SIZE = FIRST_RESULTS;
/** Wait this long after a keystroke before searching, so fast typing searches once. */
const DEBOUNCE_MS = 120;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerpt(parts: ExcerptPart[], className: string): HTMLElement {
  const p = el('p', className);
  for (const part of parts) p.append(part.marked ? el('mark', undefined, part.text) : document.createTextNode(part.text));
  return p;
}

function renderResult(view: ResultView): HTMLLIElement {
  const li = el('li', 'search-result');
  li.dataset['kind'] = view.kind;
  const kind = el('p', 'search-result-kind');
  kind.append(el('span', 'search-result-badge', view.kind));
  if (view.conflicts.length > 0) kind.append(document.createTextNode(` · ${view.conflicts.join(', ')}`));
  const heading = el('h2', 'search-result-title');
  const link = el('a', undefined, view.title);
  link.href = view.url;
  heading.append(link);
  li.append(kind, heading, excerpt(view.excerpt, 'search-result-excerpt'));
  if (view.sections.length > 0) {
    const list = el('ul', 'search-result-sections');
    list.setAttribute('aria-label', `Sections of ${view.title}`);
    for (const section of view.sections) {
      const item = el('li');
      const a = el('a', undefined, section.title);
      a.href = section.url;
      item.append(a, excerpt(section.excerpt, 'search-result-excerpt'));
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

class SearchPanel extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #results!: HTMLOListElement;
  #more!: HTMLButtonElement;
  /** Results not shown yet: ranked views already fetched (rankedResults may fetch more than a page), then results whose data is not fetched. */
  #pending: Array<ResultView | PagefindResult> = [];
  #generation = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    this.#form = this.querySelector<HTMLFormElement>('[data-search-form]')!;
    this.#input = this.#form.querySelector<HTMLInputElement>('input[name="q"]')!;
    this.#status = this.querySelector<HTMLElement>('[data-search-status]')!;
    this.#results = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    this.#more = this.querySelector<HTMLButtonElement>('[data-search-more]')!;

    this.querySelector<HTMLElement>('[data-search-nojs]')?.remove();
    this.#form.hidden = false;
    this.#restore(paramsToState(new URLSearchParams(location.search)));

    this.#input.addEventListener('input', () => this.#schedule());
    this.#form.addEventListener('change', (event) => {
      if (event.target !== this.#input) void this.#search();
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search();
    });
    this.#more.addEventListener('click', () => void this.#showMore());
    this.#input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' && this.#links()[0]) {
        event.preventDefault();
        this.#links()[0]?.focus();
      }
    });
    this.#results.addEventListener('keydown', (event) => this.#moveFocus(event));

    // Fetch Pagefind's code and index metadata now, so the first search is quick.
    void loadPagefind()
      .then(() => (this.#state().query !== '' || this.#hasFilters() ? this.#search() : undefined))
      .catch((error: unknown) => this.#fail(error));
    if (this.#state().query === '' && !this.#hasFilters()) this.#input.focus();
  }

  #state(): SearchState {
    const data = new FormData(this.#form);
    return {
      query: String(data.get('q') ?? ''),
      kinds: data.getAll('kind').map(String),
      conflicts: data.getAll('conflict').map(String),
    };
  }

  #hasFilters(): boolean {
    const { kinds, conflicts } = this.#state();
    return kinds.length + conflicts.length > 0;
  }

  #restore(state: SearchState): void {
    this.#input.value = state.query;
    for (const box of this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = (box.name === 'kind' ? state.kinds : state.conflicts).includes(box.value);
    }
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#search(), DEBOUNCE_MS);
  }

  async #search(): Promise<void> {
    clearTimeout(this.#timer);
    performance.mark('search:start');
    const generation = ++this.#generation;
    const state = this.#state();
    const params = stateToParams(state).toString();
    history.replaceState(null, '', params ? `?${params}` : location.pathname);

    if (state.query.trim() === '' && state.kinds.length + state.conflicts.length === 0) {
      this.#render(generation, state, [], 0);
      return;
    }
    this.#results.setAttribute('aria-busy', 'true');
    try {
      const api = await loadPagefind();
      const search = await api.search(state.query.trim() === '' ? null : searchTerm(state.query), { filters: pagefindFilters(state) });
      if (generation !== this.#generation) return;
      const { views, unfetched } = await rankedResults(search.results, state.query, PAGE_SIZE);
      if (generation !== this.#generation) return;
      this.#pending = [...views.slice(PAGE_SIZE), ...unfetched];
      this.#render(generation, state, views.slice(0, PAGE_SIZE), search.results.length);
    } catch (error) {
      if (generation === this.#generation) this.#fail(error);
    }
  }

  #render(generation: number, state: SearchState, views: ResultView[], count: number): void {
    if (generation !== this.#generation) return;
    this.#results.replaceChildren(...views.map(renderResult));
    this.#results.removeAttribute('aria-busy');
    this.#results.dataset['query'] = state.query.trim();
    this.#results.dataset['generation'] = String(generation);
    this.#more.hidden = this.#pending.length === 0 || views.length === 0;
    this.#status.textContent = statusText(count, state);
    // For measuring (tests/support/search.ts): when each search starts and its results show.
    performance.mark('search:results');
  }

  async #showMore(): Promise<void> {
    const next = this.#pending.slice(0, PAGE_SIZE);
    this.#pending = this.#pending.slice(PAGE_SIZE);
    const items = (await Promise.all(next.map(async (r) => ('data' in r ? resultView(await r.data()) : r)))).map(renderResult);
    this.#results.append(...items);
    this.#more.hidden = this.#pending.length === 0;
    // Keep the reader's place: move to the first of the new results.
    (items[0]?.querySelector('a') ?? this.#input).focus();
  }

  #links(): HTMLAnchorElement[] {
    return [...this.#results.querySelectorAll<HTMLAnchorElement>('a[href]')];
  }

  #moveFocus(event: KeyboardEvent): void {
    const links = this.#links();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = index + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) this.#input.focus();
      else links[Math.min(next, links.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.#input.focus();
    }
  }

  #fail(error: unknown): void {
    this.#results.removeAttribute('aria-busy');
    this.#status.textContent = 'Search could not load. The indexes below list every entry.';
    console.warn('Search failed:', error);
  }
}

customElements.define('search-panel', SearchPanel);
