/**
 * The path the site is served under, and the one place it is added to or
 * taken from a URL.
 *
 * The site's URL builders (entityPath, sectionHref, …) return site paths
 * without it ('/drivers/recruitment/'): they are ids that the data, the
 * preview cards and the tests share. A site deployed under a path
 * (SITE_URL=https://example.edu/pff, README "Deploy") is served at
 * '/pff/drivers/recruitment/', so every URL written into a page or a file
 * goes through withBase(), and every page's own pathname through
 * withoutBase() before it is looked up as an id.
 *
 * The base is Astro's `import.meta.env.BASE_URL` ('/' or '/pff/', set in
 * astro.config.mjs from SITE_URL): replaced at build time in pages and in the
 * scripts bundled for the browser alike, so this module runs in both. It is
 * '/' in the unit tests.
 */

/** '' for a site at the root of its host, '/pff' under a path: what goes before a site path. */
export function basePrefix(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  if (trimmed !== '' && !trimmed.startsWith('/')) throw new Error(`base "${baseUrl}" must start with '/'`);
  return trimmed;
}

/** Read when called, not when loaded: astro.config.mjs loads this module before Astro has a base. */
const currentPrefix = (): string => basePrefix(import.meta.env.BASE_URL);

/** Is `url` a root-absolute path ('/x'), the only kind the base applies to (not '//host/x', 'https:', '#a', 'x/')? */
function isRootAbsolute(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/**
 * The URL to write into a page for the site path `path`: '/drivers/x/' →
 * '/pff/drivers/x/' under the path '/pff'. Anything else (an absolute URL,
 * '#anchor', a relative path) is returned as it is.
 */
export function withBase(path: string, prefix: string = currentPrefix()): string {
  return prefix !== '' && isRootAbsolute(path) ? `${prefix}${path}` : path;
}

/**
 * The site path of a pathname the browser or Astro gives ('/pff/drivers/x/'
 * → '/drivers/x/'); a pathname outside the base is returned as it is (it is
 * no page of this site).
 */
export function withoutBase(pathname: string, prefix: string = currentPrefix()): string {
  if (prefix === '') return pathname;
  if (pathname === prefix) return '/';
  return pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}
