/**
 * What the route middleware (src/route-data.ts) gives every page besides
 * Starlight's own route data: the page's view (src/page-view.ts).
 */
declare namespace App {
  interface Locals {
    pageView: import('./page-view.ts').PageView;
  }
}
