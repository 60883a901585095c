/**
 * The header's search dialog (markup: src/components/overrides/Search.astro),
 * imported by dialog-bootstrap.ts once the reader shows intent. Importing it
 * loads Pagefind (its code, WebAssembly and index metadata: load-pagefind.ts),
 * so the first query only waits for its own index chunk and fragments.
 *
 * Results show as the reader types, and the newest query wins: each input
 * event aborts the query before it (no fragment is fetched for a query
 * already replaced, find.ts) and marks the results on screen as updating
 * (aria-busy, dimmed) until the new query's results replace them. The search
 * step is the one /search/ runs too (find.ts: hits only, exact names first,
 * sections at their headings). When nothing matches, the dialog says so and
 * offers the filters and the indexes. The search box is an ARIA combobox
 * over a listbox: the arrows move the highlighted result
 * (aria-activedescendant; focus stays in the box), Enter opens it, or the
 * first result when none is highlighted. Escape closes the dialog (the
 * bootstrap returns focus to the button). A link carries the query and
 * filters to /search/, for more results and sharing.
 */
import { findResults, isReplaced, typingPause, type Found } from './find.ts';
import { withBase } from '../base-path.ts';
import { loadPagefind } from './load-pagefind.ts';
import { el, excerpt, kindLine } from './render.ts';
import { stateToParams, statusText, type ResultView, type SearchState } from './results.ts';

class SiteSearch extends HTMLElement {
  #dialog!: HTMLDialogElement;
  #input!: HTMLInputElement;
  #kind!: HTMLSelectElement;
  #conflict!: HTMLSelectElement;
  #status!: HTMLElement;
  #list!: HTMLElement;
  #pageLink!: HTMLAnchorElement;
  #none!: HTMLElement;
  #options: HTMLElement[] = [];
  #active = -1;
  #generation = 0;
  /** Aborts the query in flight when the next one starts. */
  #inFlight: AbortController | undefined;
  /** The search in flight (or the last one): Enter with nothing highlighted waits for it. */
  #latest: Promise<void> = Promise.resolve();

  connectedCallback(): void {
    this.#dialog = this.querySelector('dialog')!;
    this.#input = this.#dialog.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    this.#kind = this.#dialog.querySelector<HTMLSelectElement>('select[name="kind"]')!;
    this.#conflict = this.#dialog.querySelector<HTMLSelectElement>('select[name="conflict"]')!;
    this.#status = this.#dialog.querySelector<HTMLElement>('[data-dialog-status]')!;
    this.#list = this.#dialog.querySelector<HTMLElement>('[role="listbox"]')!;
    this.#pageLink = this.#dialog.querySelector<HTMLAnchorElement>('a[data-search-page-link]')!;
    this.#none = this.#dialog.querySelector<HTMLElement>('[data-search-none]')!;

    this.#input.addEventListener('input', (event) => void this.#search(typingPause(event)));
    for (const select of [this.#kind, this.#conflict]) select.addEventListener('change', () => void this.#search());
    this.#input.addEventListener('keydown', (event) => this.#onKey(event));
    this.#list.addEventListener('click', (event) => {
      const option = event.target instanceof Element ? event.target.closest<HTMLElement>('[role="option"]') : null;
      if (option) this.#open(option, event.ctrlKey || event.metaKey || event.shiftKey);
    });
    // A click on the backdrop lands on the <dialog> itself; its content fills the box.
    this.#dialog.addEventListener('click', (event) => {
      if (event.target === this.#dialog) this.#dialog.close();
    });
    this.#dialog.querySelector('button[data-close-modal]')?.addEventListener('click', () => this.#dialog.close());

    void loadPagefind()
      .then(() => (this.dataset['searchReady'] = ''))
      .catch((error: unknown) => this.#fail(error));
    // Typed before this code arrived (Ctrl+K, then typing at once), and perhaps Enter too (dialog-bootstrap.ts).
    if (this.#input.value.trim() !== '') void this.#search();
    if (this.dataset['openBestMatch'] !== undefined) {
      delete this.dataset['openBestMatch'];
      this.#openBestMatch(false);
    }
  }

  /** The dialog's search for `query`, without filters: what it lists, in order (the browser tests check every name with it). */
  async find(query: string): Promise<ResultView[]> {
    return (await findResults({ query, kinds: [], conflicts: [] })).views;
  }

  #state(): SearchState {
    const chosen = (select: HTMLSelectElement) => (select.value === '' ? [] : [select.value]);
    return { query: this.#input.value, kinds: chosen(this.#kind), conflicts: chosen(this.#conflict) };
  }

  /** Searches for what the dialog holds: typed, after `debounceMs` without another key (find.ts, typingPause); filtered, at once. */
  #search(debounceMs?: number): Promise<void> {
    const generation = ++this.#generation;
    this.#inFlight?.abort();
    const inFlight = (this.#inFlight = new AbortController());
    const state = this.#state();
    const params = stateToParams(state).toString();
    this.#pageLink.href = withBase(`/search/${params ? `?${params}` : ''}`);
    if (state.query.trim() === '' && state.kinds.length + state.conflicts.length === 0) {
      this.#render(generation, state, { views: [], count: 0, rest: [] });
      return (this.#latest = Promise.resolve());
    }
    this.#updating(true);
    this.#latest = findResults(state, { signal: inFlight.signal, debounceMs }).then(
      (found) => this.#render(generation, state, found),
      (error: unknown) => {
        if (generation === this.#generation && !isReplaced(error)) this.#fail(error);
      },
    );
    return this.#latest;
  }

  /** What is on screen answers a query that has been replaced: marked as such, for the eye and for assistive technology. */
  #updating(on: boolean): void {
    for (const node of [this.#list, this.#status, this.#none]) {
      if (on) node.setAttribute('aria-busy', 'true');
      else node.removeAttribute('aria-busy');
    }
  }

  #render(generation: number, state: SearchState, found: Found): void {
    if (generation !== this.#generation) return;
    let n = 0;
    const option = (url: string, className: string, parts: Array<Node | string>) => {
      const li = el('li', className);
      li.id = `site-search-option-${n++}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset['url'] = url;
      li.append(...parts);
      return li;
    };
    this.#options = found.views.flatMap((view) => [
      option(view.url, 'search-option', [
        kindLine(view, 'span'),
        el('span', 'search-option-title', view.title),
        excerpt(view.excerpt, 'search-result-excerpt', 'span'),
      ]),
      // A section of the page above: its heading, with the page's name for those who hear the list.
      ...view.sections.map((section) =>
        option(section.url, 'search-option search-option-section', [
          el('span', 'sr-only', `${view.title}: `),
          el('span', 'search-option-title', section.title),
          excerpt(section.excerpt, 'search-result-excerpt', 'span'),
        ]),
      ),
    ]);
    this.#list.replaceChildren(...this.#options);
    this.#list.hidden = this.#options.length === 0;
    this.#input.setAttribute('aria-expanded', String(this.#options.length > 0));
    this.#highlight(-1);
    this.#status.textContent = statusText(found.count, state);
    this.#none.hidden = found.count > 0 || this.#status.textContent === '';
    this.#updating(false);
    // States the tests and the benchmark wait for: which query the list answers, and how many times it was drawn.
    this.#list.dataset['query'] = state.query.trim();
    this.#list.dataset['generation'] = String(generation);
  }

  #highlight(index: number): void {
    this.#options[this.#active]?.setAttribute('aria-selected', 'false');
    this.#active = index;
    const option = this.#options[index];
    if (!option) {
      this.#input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    this.#input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  #onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = this.#active + (event.key === 'ArrowDown' ? 1 : -1);
      this.#highlight(Math.max(-1, Math.min(next, this.#options.length - 1)));
    } else if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      const newTab = event.ctrlKey || event.metaKey || event.shiftKey;
      const highlighted = this.#options[this.#active];
      if (highlighted) this.#open(highlighted, newTab);
      else this.#openBestMatch(newTab);
    }
  }

  /** Nothing highlighted: the best match, once the search for what is typed has answered. */
  #openBestMatch(newTab: boolean): void {
    void this.#latest.then(() => {
      const best = this.#options[0];
      if (best) this.#open(best, newTab);
    });
  }

  #open(option: HTMLElement, newTab: boolean): void {
    const target = option.dataset['url'] ?? '';
    if (newTab) {
      window.open(target, '_blank', 'noopener');
      return;
    }
    this.#dialog.close();
    location.assign(target);
  }

  #fail(error: unknown): void {
    this.#updating(false);
    this.#status.textContent = 'Search could not load. The search page links to every index.';
    console.warn('Search failed:', error);
  }
}

customElements.define('site-search', SiteSearch);
