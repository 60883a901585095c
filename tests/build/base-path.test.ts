/**
 * The site deployed under a path: one build with SITE_URL=https://example.edu/pff
 * (README, "Deploy"), into a folder of its own, and every internal reference of
 * every built page checked to resolve inside /pff/: links, assets, srcset and
 * form actions (tests/support/links.ts, with the base), the canonical link,
 * og:url, the citation_* tags and JSON-LD addresses, the sitemap, the preview
 * cards' targets (/previews.json keys are site paths that the page's script
 * puts the base in front of), and the search index's page URLs (Pagefind's
 * fragments name pages by site path; the search script gives Pagefind the base).
 * The control: a root-absolute link that leaves the path is reported.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentBuild, type ContentBuild } from '../support/content-build.ts';
import { fileForUrlPath, listPages, readPage } from '../support/dist.ts';
import { checkLink, parsePage, type CheckContext, type FoundLink } from '../support/links.ts';

type Node = DefaultTreeAdapterTypes.Node;

const ORIGIN = 'https://example.edu';
const BASE = '/pff';

let copy: ContentBuild;
let dist = '';
let context!: CheckContext;

beforeAll(() => {
  copy = contentBuild();
  const result = copy.build({ SITE_URL: `${ORIGIN}${BASE}` });
  expect(result.status, result.output.slice(-3000)).toBe(0);
  dist = join(copy.dir, 'dist');
  const anchors = new Map<string, Set<string>>();
  context = {
    siteOrigin: ORIGIN,
    base: BASE,
    files: {
      isFile: (path) => existsSync(join(dist, path)) && statSync(join(dist, path)).isFile(),
      isDirectory: (path) => existsSync(join(dist, path)) && statSync(join(dist, path)).isDirectory(),
    },
    anchorsOf(urlPath) {
      const file = fileForUrlPath(urlPath, dist);
      let found = anchors.get(file);
      if (!found) {
        found = parsePage(readFileSync(file, 'utf8')).anchors;
        anchors.set(file, found);
      }
      return found;
    },
  };
}, 200_000);

afterAll(() => copy?.remove());

/** Addresses a page names outside href/src: og:url and citation_* tags whose content is a URL, and every URL in its JSON-LD. */
function headAddresses(html: string): FoundLink[] {
  const found: FoundLink[] = [];
  const isUrl = (value: string) => /^(https?:\/\/|\/)/.test(value);
  const fromJson = (value: unknown): void => {
    // An @id's fragment names a thing, not an element of the page: the address is checked without it.
    if (typeof value === 'string' && isUrl(value)) found.push({ where: 'JSON-LD', url: value.split('#')[0]! });
    else if (Array.isArray(value)) value.forEach(fromJson);
    else if (value && typeof value === 'object') Object.values(value).forEach(fromJson);
  };
  const visit = (node: Node): void => {
    if ('tagName' in node) {
      const attr = (name: string) => node.attrs.find((a) => a.name === name)?.value;
      const name = attr('property') ?? attr('name') ?? '';
      const content = attr('content');
      if (node.tagName === 'meta' && content !== undefined && (name === 'og:url' || name.startsWith('citation_')) && isUrl(content)) {
        found.push({ where: `meta[${name}]`, url: content });
      }
      if (node.tagName === 'script' && attr('type') === 'application/ld+json') {
        fromJson(JSON.parse(node.childNodes.map((child) => ('value' in child ? child.value : '')).join('')));
      }
    }
    for (const child of 'childNodes' in node ? node.childNodes : []) visit(child);
  };
  visit(parse(html));
  return found;
}

const problemsOf = (page: string, links: readonly FoundLink[]) =>
  links.flatMap((link) => {
    const problem = checkLink(page, link, context);
    return problem ? [`${page} ${link.where}="${link.url}": ${problem}`] : [];
  });

describe('built under https://example.edu/pff', () => {
  test('every reference of every page (links, assets, canonical, og:url, citations, JSON-LD) resolves inside /pff/', () => {
    const pages = [...listPages(dist), '/404.html'];
    const problems: string[] = [];
    let checked = 0;
    const kinds = new Set<string>();
    for (const page of pages) {
      const html = readPage(page, dist);
      const links = [...parsePage(html).links, ...headAddresses(html)];
      checked += links.length;
      for (const link of links) kinds.add(link.where);
      problems.push(...problemsOf(page, links));
    }
    expect(problems.slice(0, 50)).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
    // The crawl saw each kind of address it is meant to check.
    for (const where of ['a[href]', 'link[href]', 'script[src]', 'meta[og:url]', 'meta[citation_public_url]', 'meta[citation_pdf_url]', 'JSON-LD']) {
      expect(kinds, where).toContain(where);
    }
  });

  test('the canonical link and og:url of a page are its address under the path', () => {
    const html = readPage('/drivers/recruitment/', dist);
    const { links } = parsePage(html);
    expect(links).toContainEqual({ where: 'link[href]', url: `${ORIGIN}${BASE}/drivers/recruitment/` });
    expect(headAddresses(html)).toContainEqual({ where: 'meta[og:url]', url: `${ORIGIN}${BASE}/drivers/recruitment/` });
  });

  test('the sitemap, and the sitemaps it names, list every page under the path', () => {
    const locs = (file: string) => [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const sitemaps = locs('sitemap-index.xml');
    expect(
      problemsOf(
        '/',
        sitemaps.map((url) => ({ where: 'sitemap-index', url })),
      ),
    ).toEqual([]);
    const inSitemap = sitemaps.flatMap((url) => locs(new URL(url).pathname.slice(BASE.length)));
    expect(
      problemsOf(
        '/',
        inSitemap.map((url) => ({ where: 'sitemap', url })),
      ),
    ).toEqual([]);
    expect(inSitemap.length).toBe(listPages(dist).length);
  });

  test('every preview card’s target and every page of the search index resolves under the path', () => {
    const cards = Object.keys(JSON.parse(readFileSync(join(dist, 'previews.json'), 'utf8')) as Record<string, unknown>);
    expect(cards.length).toBeGreaterThan(100);
    expect(
      problemsOf(
        '/',
        cards.map((key) => ({ where: 'previews.json', url: `${BASE}${key}` })),
      ),
    ).toEqual([]);

    const fragments = readdirSync(join(dist, 'pagefind', 'fragment'));
    const urls = fragments.map((file) => {
      const text = gunzipSync(readFileSync(join(dist, 'pagefind', 'fragment', file))).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
    });
    expect(urls.length).toBeGreaterThan(100);
    expect(
      problemsOf(
        '/',
        urls.map((url) => ({ where: 'pagefind', url: `${BASE}${url}` })),
      ),
    ).toEqual([]);
  });

  test('control: a root-absolute link or address that leaves the path is reported', () => {
    expect(checkLink('/', { where: 'a[href]', url: '/drivers/recruitment/' }, context)).toMatch(/leaves the base path \/pff\//);
    expect(checkLink('/', { where: 'JSON-LD', url: `${ORIGIN}/drivers/recruitment/` }, context)).toMatch(/leaves the base path/);
    expect(checkLink('/', { where: 'a[href]', url: `${BASE}/drivers/recruitment/` }, context)).toBeUndefined();
  });
});
