/**
 * No broken internal link anywhere on the built site: every link, stylesheet,
 * script and image URL of every built page resolves to a file in dist/ (a
 * page, or a download such as /data/drivers.json), and every #anchor to an
 * element id on the page it names. starlight-links-validator checks the
 * chapter MDX during the build (naming file and line); this crawl covers
 * what it cannot see: custom routes (entity and data pages), components,
 * Starlight's own navigation, and the 404 page.
 *
 * Same rules as a static host (tests/support/serve.ts): '/a/' needs
 * dist/a/index.html, and '/a' without its slash counts as broken, since the
 * host would answer with a redirect.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE_URL } from '../../src/site-url.ts';
import { distDir, fileForUrlPath, listPages, readPage, sitemapPaths } from '../support/dist.ts';
import { checkLink, parsePage, type CheckContext, type SiteFiles } from '../support/links.ts';

const files: SiteFiles = {
  isFile: (path) => existsSync(join(distDir, path)) && statSync(join(distDir, path)).isFile(),
  isDirectory: (path) => existsSync(join(distDir, path)) && statSync(join(distDir, path)).isDirectory(),
};

const anchorCache = new Map<string, Set<string>>();
const context: CheckContext = {
  // Without SITE_URL the pages name no absolute address of their own, so any origin serves to resolve their links.
  siteOrigin: SITE_URL ?? 'http://localhost',
  files,
  anchorsOf(urlPath) {
    const file = fileForUrlPath(urlPath);
    let anchors = anchorCache.get(file);
    if (!anchors) {
      anchors = parsePage(readPage(urlPath)).anchors;
      anchorCache.set(file, anchors);
    }
    return anchors;
  },
};

// Every page, plus the 404 page (a reader who mistyped a URL must be able to leave it).
const pages = [...listPages(), '/404.html'];

describe('every link and #anchor on every built page resolves', () => {
  test.for(pages)('%s', (page) => {
    const { links } = parsePage(readPage(page));
    const problems = links.flatMap((link) => {
      const problem = checkLink(page, link, context);
      return problem ? [`${link.where}="${link.url}": ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });
});

test('the crawl saw internal links at all (a parser that finds none would pass)', () => {
  const home = parsePage(readPage('/')).links;
  expect(home.filter((link) => link.where === 'a[href]').length).toBeGreaterThan(10);
  expect(home.some((link) => link.where === 'link[href]' && link.url.startsWith('/_astro/'))).toBe(true);
});

/**
 * A sitemap needs absolute URLs, so there is one only when the build knew the
 * site's address (SITE_URL, src/site-url.ts); robots.txt names it then, and
 * the pages carry canonical links on the same origin. Without SITE_URL (the
 * README's `npm run build`) there is neither sitemap nor Sitemap line nor
 * canonical link, rather than one pointing nowhere.
 */
const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
const hasSitemap = existsSync(join(distDir, 'sitemap-index.xml'));
const homeCanonical = /<link rel="canonical" href="([^"]+)"/.exec(readPage('/'))?.[1];

test('robots.txt names the sitemap exactly when there is one', () => {
  expect(robots).toMatch(/^User-agent: \*$/m);
  const named = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  if (hasSitemap) {
    expect(named).toBe(`${SITE_URL}/sitemap-index.xml`);
    expect(homeCanonical).toBe(`${SITE_URL}/`);
  } else {
    expect(named).toBeUndefined();
    expect(homeCanonical).toBeUndefined();
    expect(SITE_URL).toBeUndefined();
  }
});

test('the sitemap, when the build knew its address, lists every built page (and only built pages) on that address', () => {
  if (!hasSitemap) {
    // sitemapPaths() then visits every built page; nothing may point to a sitemap that is not there.
    expect(sitemapPaths()).toEqual(listPages());
    expect(pages.filter((page) => /sitemap-index\.xml/.test(readPage(page)))).toEqual([]);
    return;
  }
  const inSitemap = sitemapPaths();
  expect(inSitemap.filter((path) => !files.isFile(fileForUrlPath(path).slice(distDir.length)))).toEqual([]);
  expect(listPages().filter((path) => !inSitemap.includes(path))).toEqual([]);
  const locs = [...readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(locs.filter((loc) => !loc.startsWith(`${SITE_URL}/`))).toEqual([]);
});
