/**
 * Pagefind's browser API, loaded once per page from our own origin with the
 * site's ranking: by the /search/ page when it opens and by the header dialog
 * when the reader shows intent to search (dialog.ts). Resolves once Pagefind
 * is ready to search, so that a first query waits only for its own index
 * chunk and fragments: its options set, its worker started (`init`), its
 * WebAssembly and index metadata loaded. Pagefind 1.6's `init()` only starts
 * that loading; `filters()` waits for it to finish (and fetches the two small
 * filter chunks, which the filters need anyway).
 */
import type { PagefindApi } from './pagefind-api.ts';
import { SEARCH_RANKING } from './ranking.ts';
import { withBase } from '../base-path.ts';

let pagefind: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const url = withBase('/pagefind/pagefind.js');
    // A runtime URL: the file is written by Pagefind after Vite has bundled the site.
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // Pagefind indexes dist/ and names its pages from there: under a base path its results' URLs need the base too.
    await api.options({ ranking: SEARCH_RANKING, baseUrl: withBase('/') });
    await api.init();
    await api.filters();
    return api;
  })();
  return pagefind;
}
