// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { SITE_URL } from './src/site-url.ts';
import { thesisSidebar } from './src/thesis/sidebar.ts';
import { checkThesisIntegration } from './src/integrations/check-thesis.ts';
import { securityHeadersIntegration } from './src/integrations/security-headers.ts';
import { scrollableTablesIntegration } from './src/integrations/scrollable-tables.ts';
import { linksValidatorPlugins } from './src/integrations/links-validator.ts';

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
      // Fails the build on a broken link or #anchor in the chapter MDX.
      plugins: linksValidatorPlugins(),
      // Search button: accessible name includes its visible shortcut (WCAG 2.5.3).
      components: { Search: './src/components/overrides/Search.astro' },
      // Drops the 404 page's canonical URL, which names a page that does not exist.
      routeMiddleware: './src/route-data.ts',
    }),
    // The author's punctuation stays as printed: no "smart" quotes, dashes or ellipses.
    mdx({ smartypants: false }),
    // Wide tables: keyboard-scrollable regions while they overflow (WCAG 2.1.1).
    scrollableTablesIntegration(),
    // After Starlight: hashes the built pages' inline scripts into dist/_headers.
    securityHeadersIntegration(),
  ],
});
