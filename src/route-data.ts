/**
 * Starlight route middleware: adjusts what Starlight puts in each page.
 * https://starlight.astro.build/guides/route-data/
 *
 * - The 404 page: Starlight gives it a canonical URL and og:url of /404/, a
 *   URL that does not exist (hosts serve the page from /404.html for any
 *   missing path). A canonical URL must name the page a search engine should
 *   index, and a "not found" page has none, so both go.
 *   tests/site/links.test.ts checks every URL in every page, this one included.
 * - "On this page": Starlight lists the headings of the Markdown only; the
 *   sections that components add at the end of a page ("Notes on this text",
 *   "Footnotes", "Cite this page") are added here, each only where the page
 *   has it, so that the list is complete and every entry leads somewhere.
 * - Every page: its view (src/page-view.ts), computed once here, which the
 *   overrides in src/components/overrides/ render (`Astro.locals.pageView`).
 * - Entity pages: previous and next lead to the entities of the same kind
 *   (in the index's order), and the sidebar marks the kind's index as the
 *   page's parent (not as the current page: aria-current stays Starlight's).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase, withoutBase } from './base-path.ts';
import { loadKnowledge } from './knowledge/index.ts';
import { entityNavigation } from './knowledge/views.ts';
import { pageView } from './page-view.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  // Pages are looked up by their site path, without the base the site may be served under.
  const view = await pageView(withoutBase(context.url.pathname));
  context.locals.pageView = view;
  if (route.id === '404') {
    route.head = route.head.filter(
      ({ tag, attrs }) => !(tag === 'link' && attrs?.['rel'] === 'canonical') && !(tag === 'meta' && attrs?.['property'] === 'og:url'),
    );
    return;
  }
  const { page } = view;
  if (page.kind === 'entity') {
    const nav = entityNavigation(await loadKnowledge(), page.entity, page.id);
    const link = (l: { label: string; href: string } | undefined) =>
      l && { type: 'link' as const, label: l.label, href: withBase(l.href), isCurrent: false, badge: undefined, attrs: {} };
    route.pagination = { prev: link(nav.prev), next: link(nav.next) };
    markParent(route.sidebar, withBase(nav.index.href));
  }
  const toc = route.toc;
  if (!toc) return;
  const add = (slug: string, text: string) => {
    if (!toc.items.some((item) => item.slug === slug)) toc.items.push({ depth: 2, slug, text, children: [] });
  };
  if (view.endsWith.notes) add('notes-on-this-text', 'Notes on this text');
  if (view.endsWith.footnotes) add('footnotes-label', 'Footnotes');
  if (view.cite) add('cite', view.cite.isThesis ? 'Cite this thesis' : 'Cite this page');
});

type SidebarEntries = App.Locals['starlightRoute']['sidebar'];

/** Marks the sidebar link to `href` as the current page's parent (styled in site.css). */
function markParent(entries: SidebarEntries, href: string): void {
  for (const entry of entries) {
    if (entry.type === 'group') markParent(entry.entries, href);
    else if (entry.href === href) entry.attrs = { ...entry.attrs, 'data-parent-of-current': '' };
  }
}
