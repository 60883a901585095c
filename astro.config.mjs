// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { SITE_URL, siteAndBase } from './src/site-url.ts';
import { basePrefix } from './src/base-path.ts';
import { baseLinksIntegration } from './src/integrations/base-links.ts';
import { thesisSidebar } from './src/edition/sidebar.ts';
import { checkThesisIntegration } from './src/integrations/check-thesis.ts';
import { securityHeadersIntegration } from './src/integrations/security-headers.ts';
import { dropPagefindUiIntegration } from './src/integrations/drop-pagefind-ui.ts';
import { scrollableTablesIntegration } from './src/integrations/scrollable-tables.ts';
import { linksValidatorPlugins } from './src/integrations/links-validator.ts';

const { site, base } = siteAndBase(SITE_URL);

export default defineConfig({
  // The public address, from SITE_URL at build time (README, "Deploy"). Without
  // it there is no `site`: no canonical links, og:url or sitemap, rather than
  // ones on a made-up host (src/site-url.ts). A SITE_URL with a path
  // (https://example.edu/pff) makes that path the `base`: every page, asset
  // and link is then under /pff/ (src/base-path.ts).
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  // Published URLs never break (tests/published-urls.txt): a page that moves
  // keeps its old URL as a redirect here, e.g. '/old/': '/new/'.
  redirects: {},
  // Pages render four at a time (Astro's default is one): a page that waits for citations being formatted on a worker
  // thread (src/citation/format-pool.ts; /cite/ waits for all of them) no longer holds up the pages after it. Same
  // output; the generation about a second shorter on two cores.
  build: { concurrency: 4 },
  vite: {
    // Citations are formatted on worker threads (src/citation/format-pool.ts), whose module the bundled build must find.
    define: { __CITATION_FORMAT_WORKER__: JSON.stringify(new URL('./src/citation/format-worker.ts', import.meta.url).href) },
  },
  integrations: [
    checkThesisIntegration(),
    // Under a base path: the base in front of the chapter MDX's site-absolute links, before Starlight's link validator reads them.
    baseLinksIntegration(basePrefix(base)),
    starlight({
      title: 'Pakistani Foreign Fighters: A Knowledge Base',
      description:
        'The 2019 IMSIS thesis "Pakistani Foreign Fighters in Afghanistan, Kashmir and Syria: A Comparative Analysis of Drivers of Radicalization", in full, with its drivers, host groups, theories, organizations and interviewees as linked, citable data.',
      sidebar: thesisSidebar(),
      // The site's styles; notes in the margin of wide screens (src/edition/margin-notes.ts).
      customCss: ['./src/styles/site.css', './src/styles/margin-notes.css'],
      components: {
        // Citations: citation_* meta tags and JSON-LD in the head, "Cite this page" above the footer.
        Head: './src/components/overrides/Head.astro',
        Footer: './src/components/overrides/Footer.astro',
        // Search facets (kind, conflicts) around every page's content, and "Cite Table N" after each thesis table.
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        // The header's search button named by its visible text, and a dialog of our own loaded on intent (src/search/README.md).
        Search: './src/components/overrides/Search.astro',
        // A breadcrumb to the index of its kind above an entity page's title.
        PageTitle: './src/components/overrides/PageTitle.astro',
        // "On this page" as a label, not an <h2> ahead of the page's <h1>; same look, same Tab order.
        TableOfContents: './src/components/overrides/TableOfContents.astro',
        // The page's columns in a box that gives a thesis page with notes a margin for them on a wide screen.
        TwoColumnContent: './src/components/overrides/TwoColumnContent.astro',
      },
      // No edit links, no social links, no third-party requests of any kind.
      pagination: true,
      lastUpdated: false,
      // Fails the build on a broken link or #anchor in the chapter MDX.
      plugins: linksValidatorPlugins(basePrefix(base)),
      // Drops the 404 page's canonical URL, which names a page that does not exist.
      routeMiddleware: './src/route-data.ts',
    }),
    // The author's punctuation stays as printed: no "smart" quotes, dashes or ellipses.
    mdx({ smartypants: false }),
    // Wide tables: keyboard-scrollable regions while they overflow (WCAG 2.1.1).
    scrollableTablesIntegration(),
    // After Starlight (which writes the search index): Pagefind's unused ready-made UIs removed from dist/pagefind/.
    dropPagefindUiIntegration(),
    // After Starlight: hashes the built pages' inline scripts into dist/_headers.
    securityHeadersIntegration(),
  ],
});
