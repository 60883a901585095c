/**
 * Starlight route middleware: adjusts what Starlight puts in each page's head.
 *
 * The 404 page: Starlight gives it a canonical URL and og:url of /404/, a
 * URL that does not exist (hosts serve the page from /404.html for any
 * missing path). A canonical URL must name the page a search engine should
 * index, and a "not found" page has none, so both go. tests/site/links.test.ts
 * checks every URL in every page, this one included.
 * https://starlight.astro.build/guides/route-data/
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.id !== '404') return;
  route.head = route.head.filter(
    ({ tag, attrs }) => !(tag === 'link' && attrs?.['rel'] === 'canonical') && !(tag === 'meta' && attrs?.['property'] === 'og:url'),
  );
});
