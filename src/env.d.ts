/**
 * What the route middleware (src/route-data.ts) gives every page besides
 * Starlight's own route data: the page's view (src/page-view.ts).
 */
declare namespace App {
  interface Locals {
    pageView: import('./page-view.ts').PageView;
  }
}

/** The URL of the citation worker's module, in the build (astro.config.mjs; src/citation/format-pool.ts). */
declare const __CITATION_FORMAT_WORKER__: string | undefined;
