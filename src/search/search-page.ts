/**
 * The search page's behaviour (markup: src/components/search/SearchPanel.astro).
 * Loads Pagefind's API from our own origin, searches as the reader types or
 * changes a filter with the search step the header dialog runs too
 * (find.ts), and draws the results with render.ts. Each keystroke marks
 * the results on screen as updating (aria-busy, dimmed) and replaces the
 * query in flight: Pagefind's `debouncedSearch` (through find.ts) waits
 * briefly for the next key, and a replaced query fetches nothing more. When
 * nothing matches, the page says so and points to the filters and indexes.
 *
 * Keyboard: the form is ordinary (Tab, Space on checkboxes); from the search
 * box the down arrow moves into the results, the up and down arrows move
 * between result links, Escape goes back to the search box, and Enter
 * follows the focused link.
 */
import { findResults, isReplaced, typingPause, viewsOf } from './find.ts';
import { loadPagefind } from './load-pagefind.ts';
import type { PagefindResult } from './pagefind-api.ts';
import { FIRST_RESULTS, paramsToState, stateToParams, statusText, type ResultView, type SearchState } from './results.ts';
import { resultCard } from './render.ts';

class SearchPanel extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #results!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #none!: HTMLElement;
  /** Results not shown yet: ranked views already fetched (rankedResults may fetch more than a page), then results whose data is not fetched. */
  #pending: Array<ResultView | PagefindResult> = [];
  #generation = 0;
  /** Aborts the query in flight when the next one starts. */
  #inFlight: AbortController | undefined;

  connectedCallback(): void {
    this.#form = this.querySelector<HTMLFormElement>('[data-search-form]')!;
    this.#input = this.#form.querySelector<HTMLInputElement>('input[name="q"]')!;
    this.#status = this.querySelector<HTMLElement>('[data-search-status]')!;
    this.#results = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    this.#more = this.querySelector<HTMLButtonElement>('[data-search-more]')!;
    this.#none = this.querySelector<HTMLElement>('[data-search-none]')!;

    this.querySelector<HTMLElement>('[data-search-nojs]')?.remove();
    this.#form.hidden = false;
    this.#restore(paramsToState(new URLSearchParams(location.search)));

    this.#input.addEventListener('input', (event) => void this.#search(typingPause(event)));
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

  /** Searches for what the form holds: typed, after `debounceMs` without another key (find.ts, typingPause); submitted or filtered, at once. */
  async #search(debounceMs?: number): Promise<void> {
    performance.mark('search:start');
    const generation = ++this.#generation;
    this.#inFlight?.abort();
    const inFlight = (this.#inFlight = new AbortController());
    const state = this.#state();
    const params = stateToParams(state).toString();
    history.replaceState(null, '', params ? `?${params}` : location.pathname);

    if (state.query.trim() === '' && state.kinds.length + state.conflicts.length === 0) {
      this.#render(generation, state, [], 0);
      return;
    }
    this.#updating(true);
    try {
      const found = await findResults(state, { signal: inFlight.signal, debounceMs });
      if (generation !== this.#generation) return;
      this.#pending = found.rest;
      this.#render(generation, state, found.views, found.count);
    } catch (error) {
      if (generation === this.#generation && !isReplaced(error)) this.#fail(error);
    }
  }

  /** What is on screen answers a query that has been replaced: marked as such, for the eye and for assistive technology. */
  #updating(on: boolean): void {
    for (const node of [this.#results, this.#status, this.#none]) {
      if (on) node.setAttribute('aria-busy', 'true');
      else node.removeAttribute('aria-busy');
    }
  }

  #render(generation: number, state: SearchState, views: ResultView[], count: number): void {
    if (generation !== this.#generation) return;
    this.#results.replaceChildren(...views.map(resultCard));
    this.#updating(false);
    this.#results.dataset['query'] = state.query.trim();
    this.#results.dataset['generation'] = String(generation);
    this.#more.hidden = this.#pending.length === 0 || views.length === 0;
    this.#status.textContent = statusText(count, state);
    this.#none.hidden = count > 0 || this.#status.textContent === '';
    // For measuring (tests/support/search.ts): when each search starts and its results show.
    performance.mark('search:results');
  }

  async #showMore(): Promise<void> {
    const next = this.#pending.slice(0, FIRST_RESULTS);
    this.#pending = this.#pending.slice(FIRST_RESULTS);
    const items = (await viewsOf(next)).map(resultCard);
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
    this.#updating(false);
    this.#status.textContent = 'Search could not load. The indexes below list every entry.';
    console.warn('Search failed:', error);
  }
}

customElements.define('search-panel', SearchPanel);
