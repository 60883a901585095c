/**
 * starlight-links-validator, set up for this project: fails the build on a
 * broken link or #anchor written in the chapter MDX, naming file and line.
 * (tests/site/links.test.ts then crawls every built page, custom routes
 * included, for what this cannot see.)
 *
 * Two adjustments, both for reasons outside our code:
 *
 * 1. Links into our own routes (src/pages/: /drivers/…, /data/…) are excluded:
 *    the validator knows the headings of Starlight's pages only and reports
 *    every link to a custom page as invalid.
 *    https://starlight-links-validator.vercel.app/configuration#exclude
 *
 * 2. The validator files each page's headings under an id computed from
 *    <srcDir>/content/docs/, the default place of Starlight's docs. Ours live
 *    in content/docs/ at the project root (a glob loader with that base), so
 *    its ids come out as '///content/docs/chapters/introduction/' instead of
 *    'chapters/introduction/', and every link would be "invalid". Upstream
 *    does not support other docs folders
 *    (https://github.com/HiDeoo/starlight-links-validator/issues/160), so a
 *    small hook re-files the collected data under the ids the validator
 *    looks up, just before it validates. If a future version changes how it
 *    stores them, the build fails with every link reported: loud, not silent.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { slug } from 'github-slugger';
import starlightLinksValidator from 'starlight-links-validator';
import { withoutBase } from '../base-path.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Where our docs collection lives (src/content.config.ts: glob base './content/docs'). */
const DOCS_DIR = join(projectRoot, 'content', 'docs');

/** First path segments served by src/pages/ routes, e.g. ['data', 'drivers', …]. */
export function customRouteSegments(pagesDir: string = join(projectRoot, 'src', 'pages')): string[] {
  if (!existsSync(pagesDir)) return [];
  return readdirSync(pagesDir, { withFileTypes: true })
    .map((entry) => (entry.isDirectory() ? entry.name : entry.name.replace(/\.(astro|ts|js|md|mdx|html)$/, '')))
    .filter((name) => name !== 'index' && !name.startsWith('['))
    .sort();
}

/** Is `link` (as written in MDX) a link into one of the custom routes? */
export function isCustomRouteLink(link: string, segments: readonly string[]): boolean {
  const first = /^\/([^/?#]+)/.exec(link)?.[1];
  return first !== undefined && segments.includes(first);
}

/**
 * The prefix the validator puts before a page id when the docs folder is not
 * <srcDir>/content/docs: its own id rule (each segment of the path relative
 * to <srcDir>/content/docs through github-slugger, '..' becoming '') applied
 * to our docs folder. '' when the docs are where the validator expects them.
 */
export function misfiledPrefix(srcDir: string, docsDir: string): string {
  const rel = relative(join(srcDir, 'content', 'docs'), docsDir);
  if (rel === '') return '';
  return `${rel
    .split(sep)
    .map((segment) => slug(segment))
    .join('/')}/`;
}

/**
 * Re-files ids that start with `prefix` under the id the validator looks up:
 * `filed` (the base path's folder, 'pff/', or '') and the rest ('' → '/').
 */
export function refileValidationData<T>(data: Map<string, T>, prefix: string, filed = ''): void {
  if (prefix === '' || prefix === filed) return;
  for (const [id, entry] of [...data]) {
    if (!id.startsWith(prefix)) continue;
    data.delete(id);
    data.set(`${filed}${id.slice(prefix.length)}` || '/', entry);
  }
}

function refileForOurDocsFolder(): StarlightPlugin {
  return {
    name: 'links-validator-docs-folder',
    hooks: {
      'config:setup'({ addIntegration, astroConfig, command }) {
        if (command !== 'build') return;
        const misfiled = misfiledPrefix(fileURLToPath(astroConfig.srcDir), DOCS_DIR);
        // Under a base path the validator files every id inside the base's folder ('pff/…', posix.join of both).
        const baseFolder = astroConfig.base.replace(/^\/+|\/+$/g, '');
        const filed = baseFolder === '' ? '' : `${baseFolder}/`;
        const prefix = misfiled === '' || filed === '' ? misfiled : posix.join(filed, misfiled);
        addIntegration({
          name: 'links-validator-docs-folder',
          hooks: {
            // Added before the validator's own integration, so this runs first.
            'astro:build:done': () => {
              // The validator's store (declared global in its libs/store.ts).
              const data = globalThis._starlightLinksValidatorValidationData;
              if (data) refileValidationData(data, prefix, filed);
            },
          },
        });
      },
    },
  };
}

/**
 * The Starlight plugins, in order: pass them all to `starlight({ plugins })`.
 * `basePrefix` is the site's base path ('' or '/pff'): the validator sees the
 * links with it (src/integrations/base-links.ts), the custom routes without.
 */
export function linksValidatorPlugins(basePrefix = ''): StarlightPlugin[] {
  const segments = customRouteSegments();
  return [refileForOurDocsFolder(), starlightLinksValidator({ exclude: ({ link }) => isCustomRouteLink(withoutBase(link, basePrefix), segments) })];
}
