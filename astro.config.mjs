// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { SITE_URL } from './src/site-url.ts';
import { thesisSidebar } from './src/thesis/sidebar.ts';
import { checkThesisIntegration } from './src/integrations/check-thesis.ts';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  integrations: [
    checkThesisIntegration(),
    starlight({
      title: 'Pakistani Foreign Fighters: A Knowledge Base',
      description:
        'The 2019 IMSIS thesis "Pakistani Foreign Fighters in Afghanistan, Kashmir and Syria: A Comparative Analysis of Drivers of Radicalization", in full, with its drivers, host groups, theories, organizations and interviewees as linked, citable data.',
      sidebar: thesisSidebar(),
      customCss: ['./src/styles/site.css'],
      // No edit links, no social links, no third-party requests of any kind.
      pagination: true,
      lastUpdated: false,
      components: {
        // Search (src/search/README.md): every page tagged with its kind and
        // conflicts for Pagefind filters, and the header's search button
        // named by its visible text, with the ranking /search/ uses.
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        Search: './src/components/overrides/Search.astro',
      },
    }),
    // The author's punctuation stays as printed: no "smart" quotes, dashes or ellipses.
    mdx({ smartypants: false }),
  ],
});
