/**
 * Read-only helpers over the built site in `dist/`, for the `site` test
 * project (and sitemapPaths() for browser tests that visit every page).
 *
 * Site tests assert on what we actually ship (the HTML Astro wrote), not on
 * source files, so they catch regressions introduced anywhere in the build.
 * They never start a server: reading files is faster and needs no port.
 *
 * HTML is parsed with parse5 (the WHATWG-conformant parser Astro's markdown
 * pipeline already pulls in via hast-util-from-html) so that entity decoding
 * and malformed-markup recovery match what a browser would do; regex-based
 * tag stripping gets both subtly wrong.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Absolute path of the build output (`<repo>/dist`), independent of cwd. */
export const distDir: string = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * Map a site URL path to the file Astro wrote for it. The site uses
 * `trailingSlash: 'always'` with directory output, so '/a/b/' lives at
 * dist/a/b/index.html; a path naming a file ('/404.html') maps to that file.
 */
export function fileForUrlPath(urlPath: string, root: string = distDir): string {
  const pathname = decodeURIComponent(new URL(urlPath, 'http://localhost').pathname);
  const relativePath = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  return join(root, ...relativePath.split('/').filter(Boolean));
}

/** HTML of a built page, e.g. readPage('/drivers/recruitment/'). */
export function readPage(urlPath: string, root: string = distDir): string {
  const file = fileForUrlPath(urlPath, root);
  if (!existsSync(file)) {
    // Name both the URL and the file: the usual causes are a missing build
    // (`npm run build`) or a URL without its trailing slash.
    throw new Error(
      `No built page for URL path '${urlPath}' (expected ${relative(process.cwd(), file)}). ` +
        `Did you run \`npm run build\`, and does the path end with '/'?`,
    );
  }
  return readFileSync(file, 'utf8');
}

/**
 * Every page URL path in the build, sorted, derived from the index.html files
 * (so it includes pages missing from the sitemap). /404.html is not an
 * index.html so it is naturally excluded; pagefind's folder holds no pages.
 */
export function listPages(root: string = distDir): string[] {
  if (!existsSync(root)) {
    throw new Error(`Build output ${root} does not exist; run \`npm run build\` first.`);
  }
  const pages: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const dir = relative(root, entry.parentPath);
    const segments = dir === '' ? [] : dir.split(sep);
    if (segments[0] === 'pagefind') continue;
    pages.push(segments.length === 0 ? '/' : `/${segments.join('/')}/`);
  }
  return pages.sort();
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function locsOf(xml: string): string[] {
  // Sitemaps are machine-written flat XML: <loc> never nests and holds only
  // text with the five predefined entities, so a regex is exact here.
  return [...xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)].map((match) =>
    (match[1] ?? '').replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name] ?? ''),
  );
}

/**
 * URL paths (pathname + search) of every page in the built sitemap, in
 * sitemap order (every built page when the build had no SITE_URL, so no sitemap). Follows sitemap-index.xml to each sitemap-N.xml it names, so
 * it keeps working when @astrojs/sitemap splits a large site. The sitemap's
 * absolute URLs use the production host (astro.config `site`); only the path
 * matters to tests, which prefix their own local origin.
 */
export function sitemapPaths(root: string = distDir): string[] {
  const indexFile = join(root, 'sitemap-index.xml');
  if (!existsSync(indexFile)) {
    // A build without SITE_URL has no sitemap (its URLs must be absolute, and
    // the build knows no address; src/site-url.ts) and says so in robots.txt,
    // which then names none: the pages to visit are then every built page.
    const robots = join(root, 'robots.txt');
    if (existsSync(robots) && !/^Sitemap:/m.test(readFileSync(robots, 'utf8'))) return listPages(root);
    throw new Error(`${indexFile} is missing; run \`npm run build\` first.`);
  }
  const paths: string[] = [];
  for (const sitemapUrl of locsOf(readFileSync(indexFile, 'utf8'))) {
    const sitemapFile = fileForUrlPath(new URL(sitemapUrl).pathname, root);
    for (const pageUrl of locsOf(readFileSync(sitemapFile, 'utf8'))) {
      const { pathname, search } = new URL(pageUrl);
      paths.push(pathname + search);
    }
  }
  return paths;
}

/** Elements whose content is never rendered as text. */
const NON_RENDERED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);

/**
 * Elements that start a new line when rendered. Without this, '<p>a</p><p>b</p>'
 * would read as 'ab' and phrase assertions could match across paragraphs.
 */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function childrenOf(node: Node): Node[] {
  // <template> keeps its children in a separate fragment; we skip templates anyway.
  return 'childNodes' in node ? node.childNodes : [];
}

function findFirst(node: Node, tagName: string): Element | undefined {
  if (isElement(node) && node.tagName === tagName) return node;
  for (const child of childrenOf(node)) {
    const found = findFirst(child, tagName);
    if (found) return found;
  }
  return undefined;
}

function collectText(node: Node, out: string[], skipClasses: ReadonlySet<string>): void {
  if (node.nodeName === '#text' && 'value' in node) {
    out.push(node.value);
    return;
  }
  if (!isElement(node)) {
    // Document fragments and the like: descend; comments/doctype have no text.
    for (const child of childrenOf(node)) collectText(child, out, skipClasses);
    return;
  }
  if (NON_RENDERED.has(node.tagName)) return;
  const classes = node.attrs.find((attr) => attr.name === 'class')?.value.split(/\s+/) ?? [];
  if (classes.some((c) => skipClasses.has(c))) return;
  // The `hidden` attribute means display:none; its text is not visible.
  if (node.attrs.some((attr) => attr.name === 'hidden')) return;
  const block = BLOCK.has(node.tagName);
  if (block) out.push(' ');
  for (const child of childrenOf(node)) collectText(child, out, skipClasses);
  if (block) out.push(' ');
}

/**
 * Visible text of the page's <main> element: tags stripped, entities (named
 * and numeric) decoded by the parser, whitespace collapsed to single spaces
 * (including no-break spaces, so assertions need not care how a phrase was
 * typeset).
 * Text inside script/style/template/noscript and [hidden] subtrees is
 * dropped, and so is any element with one of `skipClasses` (e.g. the margin
 * copies of notes, `margin-note`, when reading the running text).
 * Screen-reader-only text (e.g. Starlight's `.sr-only`) is kept:
 * deciding visibility from CSS would need a browser.
 */
export function textOf(html: string, skipClasses: readonly string[] = []): string {
  const main = findFirst(parse(html), 'main');
  if (!main) throw new Error('textOf: the HTML has no <main> element');
  const parts: string[] = [];
  collectText(main, parts, new Set(skipClasses));
  return parts.join('').replace(/\s+/g, ' ').trim();
}
