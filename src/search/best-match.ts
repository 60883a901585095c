/**
 * The header dialog's exact-name line. Pagefind ranks words, not names, so
 * in its default UI a short name can come second to fourth ("UN" after
 * "UN CTITF", "HuM" after "Humanitarian"). The /search/ page reorders its
 * own list (results.ts, `exactNamesFirst`); the dialog's list is Pagefind's
 * UI and cannot be reordered, so above it this line names the page that goes
 * by exactly what the reader typed (or the few that share it), from the same index, looking at the same
 * first results the /search/ page looks at.
 *
 * The line sits between the search box and the results, so Tab reaches it
 * first; it is a polite live region, so a screen reader hears it appear.
 * `data-query` says which query it answers (the tests wait on it).
 */
import { loadPagefind } from './load-pagefind.ts';
import { exactMatches, resultView } from './results.ts';

/** As many results as the /search/ page shows at first. */
const LOOK_AT = 10;
const DEBOUNCE_MS = 120;
/** Names shared by more entities than this are rare; the list below has the rest. */
const MAX_SHOWN = 3;

/** Watches the Pagefind UI inside `root` and keeps its exact-name line up to date. */
export function showBestMatch(root: HTMLElement): void {
  const line = document.createElement('p');
  line.className = 'search-best-match';
  line.setAttribute('aria-live', 'polite');
  line.hidden = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const answer = (query: string, matches: ReadonlyArray<{ url: string; title: string; kind: string }> = []) => {
    line.dataset['query'] = query;
    line.hidden = matches.length === 0;
    // Several entities can go by one name ("ISIS": the organization and the host group): each gets its link.
    line.replaceChildren(
      ...(matches.length ? [matches.length > 1 ? 'Exact names: ' : 'Exact name: '] : []),
      ...matches.flatMap((match, i) => {
        const link = document.createElement('a');
        link.href = match.url;
        link.textContent = match.title;
        return [...(i > 0 ? ['; '] : []), link, ` (${match.kind})`];
      }),
    );
  };

  const update = async (input: HTMLInputElement) => {
    const current = ++generation;
    const query = input.value.trim();
    // Between the box (and its clear button) and Pagefind's results, which it adds after its own elements.
    if (!line.isConnected)
      input.parentElement?.insertBefore(line, input.parentElement.querySelector('.pagefind-ui__search-clear')?.nextSibling ?? input.nextSibling);
    if (query === '') return answer(query);
    try {
      const api = await loadPagefind();
      const search = await api.search(query);
      const views = (await Promise.all(search.results.slice(0, LOOK_AT).map((r) => r.data()))).map(resultView);
      if (current === generation) answer(query, exactMatches(views, query).slice(0, MAX_SHOWN));
    } catch {
      // Pagefind's own list reports a failed search; the line just stays away.
      if (current === generation) answer(query);
    }
  };

  // Pagefind's clear button empties the box without an input event.
  root.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('.pagefind-ui__search-clear')) return;
    clearTimeout(timer);
    generation++;
    answer('');
  });
  root.addEventListener('input', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.classList.contains('pagefind-ui__search-input')) return;
    clearTimeout(timer);
    timer = setTimeout(() => void update(input), DEBOUNCE_MS);
  });
}
