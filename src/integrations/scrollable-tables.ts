/**
 * Adds src/scripts/scrollable-tables.ts to every page, bundled (Astro's
 * injectScript 'page' stage: a module script from this site, so the
 * Content-Security-Policy allows it without a hash). An integration rather
 * than a Starlight component override, because the tables come from chapter
 * MDX and from several page components alike, and the overridable parts of
 * Starlight's layout belong to other features.
 */
import type { AstroIntegration } from 'astro';

export function scrollableTablesIntegration(): AstroIntegration {
  return {
    name: 'scrollable-tables',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('page', `import ${JSON.stringify(new URL('../scripts/scrollable-tables.ts', import.meta.url).pathname)};`);
      },
    },
  };
}
