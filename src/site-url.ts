/**
 * The public address of the site, from the SITE_URL environment variable at
 * build time (`SITE_URL=https://kb.example.edu npm run build`, see the README's
 * "Deploy" section). It makes canonical links, og:url, the sitemap, robots.txt's
 * Sitemap line and the absolute URL in every citation and download.
 *
 * Without SITE_URL there is no address to publish, and the build makes none up:
 * pages link to each other by path as always, citations and downloads leave
 * the URL out (a reference manager takes the address the reader saves from),
 * and there is no canonical link, og:url or sitemap.
 *
 * A malformed SITE_URL stops the build, naming the variable.
 */
export function parseSiteUrl(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL: "${value}" is not an absolute URL (expected e.g. https://kb.example.edu or https://example.edu/kb)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL: "${value}" must start with https:// or http://`);
  if (url.search || url.hash) throw new Error(`SITE_URL: "${value}" must not have a query or #fragment`);
  return url.href.replace(/\/+$/, '');
}

/** The site's origin (and base path, if any) without a trailing slash, or undefined when the build was given none. */
export const SITE_URL: string | undefined = parseSiteUrl(process.env['SITE_URL']);

/**
 * Astro's `site` and `base` for a site address: the origin, and the path the
 * site is served under ('/pff' for https://example.edu/pff; '/' at the root
 * of its host). Astro then puts the base in front of every page's pathname,
 * canonical link, og:url and sitemap entry, and Starlight in front of its own
 * links; src/base-path.ts adds it to ours.
 */
export function siteAndBase(siteUrl: string | undefined): { site?: string; base: string } {
  if (siteUrl === undefined) return { base: '/' };
  const url = new URL(siteUrl);
  return { site: url.origin, base: url.pathname.replace(/\/+$/, '') || '/' };
}

/**
 * robots.txt: every page may be crawled. Its Sitemap line needs an absolute
 * URL, and the sitemap itself exists only when the site's address is known
 * (@astrojs/sitemap, which Starlight adds, skips a build without Astro's
 * `site`), so the line is there only then.
 */
export function robotsTxt(siteUrl: string | undefined): string {
  const lines = ['User-agent: *', 'Allow: /'];
  if (siteUrl) lines.push('', `Sitemap: ${siteUrl}/sitemap-index.xml`);
  return `${lines.join('\n')}\n`;
}
