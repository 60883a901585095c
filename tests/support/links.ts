/**
 * A link checker over the built site: every URL a page refers to (links,
 * stylesheets, scripts, images, form actions) and every #anchor, resolved
 * the way a static host resolves them (tests/support/serve.ts), against the
 * files in dist/. Pure functions over HTML strings and a file lookup, so the
 * rules are unit-tested on small fixtures (tests/unit/links.test.ts) and the
 * site test only runs them over every page.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

export interface FoundLink {
  /** e.g. 'a[href]', 'img[srcset]'. */
  where: string;
  /** As written in the page (entities decoded by the parser). */
  url: string;
}

/** Attributes holding one URL, by element. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  track: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  button: ['formaction'],
  input: ['src', 'formaction'],
  blockquote: ['cite'],
  q: ['cite'],
  ins: ['cite'],
  del: ['cite'],
};

/** Attributes holding a srcset (comma-separated 'url descriptor' candidates). */
const SRCSET_ATTRIBUTES: Record<string, readonly string[]> = { img: ['srcset'], source: ['srcset'] };

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function walk(node: Node, visit: (element: Element) => void): void {
  if (isElement(node)) visit(node);
  const children =
    isElement(node) && node.tagName === 'template' && 'content' in node
      ? (node as DefaultTreeAdapterTypes.Template).content.childNodes
      : 'childNodes' in node
        ? node.childNodes
        : [];
  for (const child of children) walk(child, visit);
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name && !attr.namespace)?.value;
}

function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

export interface ParsedPage {
  links: FoundLink[];
  /** Every fragment target: element ids, and <a name> (which HTML still resolves). */
  anchors: Set<string>;
}

export function parsePage(html: string): ParsedPage {
  const links: FoundLink[] = [];
  const anchors = new Set<string>();
  walk(parse(html), (element) => {
    const id = attribute(element, 'id');
    if (id !== undefined && id !== '') anchors.add(id);
    if (element.tagName === 'a') {
      const name = attribute(element, 'name');
      if (name !== undefined && name !== '') anchors.add(name);
    }
    for (const name of URL_ATTRIBUTES[element.tagName] ?? []) {
      const value = attribute(element, name);
      if (value !== undefined) links.push({ where: `${element.tagName}[${name}]`, url: value.trim() });
    }
    for (const name of SRCSET_ATTRIBUTES[element.tagName] ?? []) {
      const value = attribute(element, name);
      if (value === undefined) continue;
      for (const url of srcsetUrls(value)) links.push({ where: `${element.tagName}[${name}]`, url });
    }
  });
  return { links, anchors };
}

/** What a URL path is in the build. */
export type Target =
  | { kind: 'page'; urlPath: string }
  | { kind: 'file'; urlPath: string }
  | { kind: 'directory-without-slash'; urlPath: string }
  | { kind: 'missing'; urlPath: string };

export interface SiteFiles {
  /** Is there a file at this path relative to dist/ (no leading slash, '/' separators)? */
  isFile(relativePath: string): boolean;
  isDirectory(relativePath: string): boolean;
}

/** Resolve a URL pathname ('/a/b/', '/data/x.json') the way the static server does. */
export function resolveTarget(pathname: string, files: SiteFiles): Target {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'missing', urlPath: pathname };
  }
  const relativePath = decoded.replace(/^\/+/, '');
  if (decoded.endsWith('/')) {
    return files.isFile(`${relativePath}index.html`) ? { kind: 'page', urlPath: pathname } : { kind: 'missing', urlPath: pathname };
  }
  if (files.isFile(relativePath)) {
    return { kind: relativePath.endsWith('.html') ? 'page' : 'file', urlPath: pathname };
  }
  if (files.isDirectory(relativePath) && files.isFile(`${relativePath}/index.html`)) {
    return { kind: 'directory-without-slash', urlPath: pathname };
  }
  return { kind: 'missing', urlPath: pathname };
}

export interface LinkProblem {
  page: string;
  where: string;
  url: string;
  problem: string;
}

export interface CheckContext {
  /** The site's public origin (astro.config `site`): absolute links to it are internal. */
  siteOrigin: string;
  /**
   * The path the site is served under ('/pff' for SITE_URL=https://example.edu/pff;
   * absent or '' at the root): every internal URL must stay inside it, and
   * resolves against dist/ without it.
   */
  base?: string;
  files: SiteFiles;
  /** Anchors of a built page by its URL path ('/a/' or '/404.html'); parsed lazily and cached by the caller. */
  anchorsOf(urlPath: string): Set<string>;
}

/** Schemes that never load anything from a server. */
const NON_FETCHING = new Set(['mailto:', 'tel:', 'data:', 'blob:', 'about:']);

/**
 * Problems with one link of the page at `pageUrlPath` (its site path, without the base). External links (other
 * origins) are not checked here: the build must not depend on the network,
 * and the privacy test proves pages load nothing from other hosts.
 */
export function checkLink(pageUrlPath: string, link: FoundLink, context: CheckContext): string | undefined {
  if (link.url === '') return link.where === 'form[action]' ? undefined : 'empty URL';
  const pageUrl = new URL(`${context.base ?? ''}${pageUrlPath}`, context.siteOrigin);
  let url: URL;
  try {
    url = new URL(link.url, pageUrl);
  } catch {
    return 'not a valid URL';
  }
  if (url.protocol === 'javascript:') return 'javascript: URL (the Content-Security-Policy blocks it)';
  if (NON_FETCHING.has(url.protocol)) return undefined;
  if (url.origin !== new URL(context.siteOrigin).origin) return undefined;

  const base = context.base ?? '';
  if (base !== '' && url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return `${url.pathname} leaves the base path ${base}/`;
  const sitePath = url.pathname.slice(base.length) || '/';
  const target = resolveTarget(sitePath, context.files);
  if (target.kind === 'missing') return `no built file for ${url.pathname}`;
  if (target.kind === 'directory-without-slash') {
    return `${url.pathname} lacks its trailing slash (the host answers with a redirect; link to ${url.pathname}/)`;
  }
  if (url.hash === '') {
    // href="#" is a placeholder that goes nowhere (a button in disguise).
    return link.url.endsWith('#') ? "bare '#' URL (goes nowhere)" : undefined;
  }
  const fragment = safeDecode(url.hash.slice(1));
  // A PDF's page open parameter (#page=N, which Chrome's viewer and pdf.js honour): tests/site/pdf.test.ts checks N against the PDF.
  if (target.kind !== 'page' && sitePath.endsWith('.pdf') && /^page=[1-9]\d*$/.test(fragment)) return undefined;
  if (target.kind !== 'page') return `#${fragment} points into ${url.pathname}, which is not an HTML page`;
  // '#top' scrolls to the top of any HTML document (HTML standard).
  if (fragment.toLowerCase() === 'top') return undefined;
  if (!context.anchorsOf(sitePath).has(fragment)) return `no element with id "${fragment}" on ${url.pathname}`;
  return undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
