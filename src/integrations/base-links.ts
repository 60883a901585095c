/**
 * Puts the site's base path in front of the root-absolute links of the
 * chapter MDX, for a site deployed under a path (README, "Deploy").
 *
 * scripts/import-thesis.ts writes the chapters with site paths
 * ('/references/#bose-1999', '/interviews/3/'): the MDX stays the same
 * wherever the site is served. Under the base '/pff' the page must link to
 * '/pff/references/#bose-1999', so this hast plugin of Astro's Markdown
 * processor (Sätteri, Astro's default) adds the base to every root-absolute
 * `href`, `src` and `action` of the rendered tree: HTML elements from
 * Markdown links, and MDX JSX elements, which covers `<a href>` in the text,
 * the 404 page's `<form action>` and components that take a URL
 * (`<LinkCard href>`). Components that compute a URL add the base
 * themselves (src/base-path.ts).
 *
 * It runs before every other hast plugin, so starlight-links-validator
 * checks the links as the page will have them (it expects the base).
 * Without a base it is not installed: nothing changes.
 */
import type { AstroIntegration } from 'astro';
import { defineHastPlugin, type HastPluginDefinition, type HastVisitorContext, type MdxJsxFlowElementHast, type MdxJsxTextElementHast } from 'satteri';
import { withBase } from '../base-path.ts';

/** The attributes of the chapters' markup that hold a URL of the site: links, the 404 page's search form. */
const URL_ATTRIBUTES: readonly string[] = ['href', 'src', 'action'];

/** The hast plugin for the base prefix '/pff' (see src/base-path.ts's basePrefix()). */
export function baseLinksPlugin(prefix: string): HastPluginDefinition {
  return defineHastPlugin({
    name: 'base-links',
    element: {
      filter: [],
      visit(node, ctx) {
        for (const name of URL_ATTRIBUTES) {
          const url = node.properties[name];
          if (typeof url === 'string' && withBase(url, prefix) !== url) ctx.setProperty(node, name, withBase(url, prefix));
        }
      },
    },
    mdxJsxFlowElement: { filter: [], visit: (node, ctx) => jsxUrls(node, ctx, prefix) },
    mdxJsxTextElement: { filter: [], visit: (node, ctx) => jsxUrls(node, ctx, prefix) },
  });
}

function jsxUrls(node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>, ctx: HastVisitorContext, prefix: string): void {
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !URL_ATTRIBUTES.includes(attribute.name) || typeof attribute.value !== 'string') continue;
    const url = withBase(attribute.value, prefix);
    if (url !== attribute.value) ctx.setProperty(node, attribute.name, url);
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
