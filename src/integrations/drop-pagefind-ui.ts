/**
 * Removes Pagefind's ready-made interfaces from dist/pagefind/ after the
 * build. Starlight runs Pagefind in its own astro:build:done hook
 * (@astrojs/starlight integrations/pagefind.ts, `index.writeFiles()`), and
 * Pagefind 1.x always writes its default, modular and component UIs and its
 * highlighter beside the index: neither Starlight's `pagefind` option nor
 * Pagefind's `writeFiles()` can leave them out. The site searches with
 * Pagefind's JS API only (src/search/), so they would be shipped unused.
 *
 * Listed after Starlight in astro.config.mjs, so its hook runs after the
 * index is written. The search tests load pagefind.js, its worker and
 * WebAssembly from what is left.
 */
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** What Pagefind writes for its own interfaces; nothing of the site loads these. */
export const PAGEFIND_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
] as const;

export function dropPagefindUiIntegration(): AstroIntegration {
  return {
    name: 'drop-pagefind-ui',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const folder = new URL('pagefind/', dir);
        await Promise.all(PAGEFIND_UI_FILES.map((file) => rm(fileURLToPath(new URL(file, folder)), { force: true })));
        logger.info(`removed Pagefind's unused UI files from ${fileURLToPath(folder)}`);
      },
    },
  };
}
