/**
 * Puts the site's base path in front of the root-absolute links of the
 * chapter MDX, for a site deployed under a path (README, "Deploy").
 *
 * scripts/import-thesis.ts writes the chapters with site paths
 * ('/references/#bose-1999', '/interviews/3/'): the MDX stays the same
 * wherever the site is served. Under the base '/pff' the page must link to
 * '/pff/references/#bose-1999', so this hast plugin of Astro's Markdown
 * processor (Sätteri, Astro's default) adds the base to every string `href`
 * of the rendered tree: HTML elements from Markdown links, and MDX JSX
 * elements, which covers `<a href>` in the text and components that take a
 * URL (`<LinkCard href>`). Components that compute a URL add the base
 * themselves (src/base-path.ts).
 *
 * It runs before every other hast plugin, so starlight-links-validator
 * checks the links as the page will have them (it expects the base).
 * Without a base it is not installed: nothing changes.
 */
import type { AstroIntegration } from 'astro';
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';
import { withBase } from '../base-path.ts';

/** The hast plugin for the base prefix '/pff' (see src/base-path.ts's basePrefix()). */
export function baseLinksPlugin(prefix: string): HastPluginDefinition {
  return defineHastPlugin({
    name: 'base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties['href'];
        if (typeof href === 'string' && withBase(href, prefix) !== href) ctx.setProperty(node, 'href', withBase(href, prefix));
      },
    },
    mdxJsxFlowElement: { filter: [], visit: (node, ctx) => jsxHref(node, ctx, prefix) },
    mdxJsxTextElement: { filter: [], visit: (node, ctx) => jsxHref(node, ctx, prefix) },
  });
}

type JsxVisit = NonNullable<Extract<HastPluginDefinition['mdxJsxTextElement'], { visit: unknown }>['visit']>;

function jsxHref(node: Parameters<JsxVisit>[0], ctx: Parameters<JsxVisit>[1], prefix: string): void {
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'href' || typeof attribute.value !== 'string') continue;
    const href = withBase(attribute.value, prefix);
    if (href !== attribute.value) ctx.setProperty(node, 'href', href);
  }
}

export class BaseLinksError extends Error {}

/** Installs the plugin first in Astro's Markdown processor when the site has a base ('' means none). */
export function baseLinksIntegration(prefix: string): AstroIntegration {
  return {
    name: 'base-links',
    hooks: {
      'astro:config:setup': ({ config }) => {
        if (prefix === '') return;
        const processor = config.markdown.processor as { name?: string; options?: { hastPlugins?: unknown[] } } | undefined;
        const hastPlugins = processor?.name === 'satteri' ? processor.options?.hastPlugins : undefined;
        if (!Array.isArray(hastPlugins)) {
          throw new BaseLinksError(
            `astro.config.mjs: markdown.processor is "${processor?.name ?? 'unknown'}", not Sätteri: src/integrations/base-links.ts cannot add the base path ${prefix} to the chapters' links`,
          );
        }
        hastPlugins.unshift(baseLinksPlugin(prefix));
      },
    },
  };
}
