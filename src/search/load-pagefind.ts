/**
 * Pagefind's browser API, loaded once per page from our own origin with the
 * site's ranking: by the /search/ page when it opens and by the header dialog
 * when the reader shows intent to search (dialog.ts). `init()` fetches
 * Pagefind's WebAssembly and index metadata, so a first query waits only for
 * its own index chunk.
 */
import type { PagefindApi } from './pagefind-api.ts';
import { SEARCH_RANKING } from './ranking.ts';

let pagefind: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const url = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind.js`;
    // A runtime URL: the file is written by Pagefind after Vite has bundled the site.
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ ranking: SEARCH_RANKING });
    await api.init();
    return api;
  })();
  return pagefind;
}
