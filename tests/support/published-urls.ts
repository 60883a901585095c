/**
 * The published-URL check: tests/published-urls.txt lists every URL the site
 * publishes (pages and downloads); the built site must still serve each one,
 * as itself or as a redirect to a URL that is built, and must publish nothing
 * unlisted. So every change to the public URL set is a reviewed line in a diff.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distDir, fileForUrlPath, listPages } from './dist.ts';

export const publishedListFile: string = fileURLToPath(new URL('../published-urls.txt', import.meta.url));

/** Folders of dist/ whose files (not only pages) are published URLs: the open data and the citation downloads. */
export const DOWNLOAD_DIRS = ['data', 'cite'] as const;

/** Files at the top of dist/ that are published documents: the PDF of the thesis (src/pages/pakistani-foreign-fighters-thesis.pdf.ts). */
const TOP_LEVEL_DOCUMENT = /\.pdf$/;

/** A URL the build serves; `redirectTo` when it is a redirect page (astro.config.mjs `redirects`). */
export interface BuiltUrl {
  url: string;
  redirectTo: string | null;
}

/** The target of Astro's static redirect page (`<meta http-equiv="refresh" content="0;url=/new/">`), or null. */
export function redirectTarget(html: string): string | null {
  const m = /<meta\s+http-equiv=["']?refresh["']?\s+content=["']\d+;\s*url=([^"']+)["']/i.exec(html);
  return m ? m[1]! : null;
}

/** The addresses of a page's paragraphs (`<p id="…" data-paragraph>`, src/user-components/Paragraph.astro): cited passages. */
export function paragraphAnchors(html: string): string[] {
  return [...html.matchAll(/<(?:p|blockquote) id="([^"]+)" data-paragraph/g)].map((m) => m[1]!);
}

/** Every URL the build in `root` publishes: its pages, their paragraphs' addresses and the files in DOWNLOAD_DIRS, sorted. */
export function builtUrls(root: string = distDir): BuiltUrl[] {
  const pages = listPages(root).flatMap((url) => {
    const html = readFileSync(fileForUrlPath(url, root), 'utf8');
    return [{ url, redirectTo: redirectTarget(html) }, ...paragraphAnchors(html).map((id) => ({ url: `${url}#${id}`, redirectTo: null }))];
  });
  const files: BuiltUrl[] = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isFile() && TOP_LEVEL_DOCUMENT.test(entry.name))
    .map((entry) => ({ url: `/${entry.name}`, redirectTo: null }));
  for (const dir of DOWNLOAD_DIRS) {
    const base = join(root, dir);
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || entry.name === 'index.html') continue;
      files.push({ url: `/${relative(root, join(entry.parentPath, entry.name)).split(sep).join('/')}`, redirectTo: null });
    }
  }
  return [...pages, ...files].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** The listed URLs: one a line; blank lines and lines starting with # are ignored. Throws on a malformed or repeated line. */
export function parsePublishedList(text: string): string[] {
  const urls: string[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (!line.startsWith('/') || /\s/.test(line)) throw new Error(`tests/published-urls.txt line ${i + 1}: "${line}" is not a site path`);
    if (seen.has(line)) throw new Error(`tests/published-urls.txt line ${i + 1}: ${line} is listed twice`);
    seen.add(line);
    urls.push(line);
  });
  return urls;
}

export interface UrlDiff {
  /** Listed, but neither built nor redirected: a published URL broke. */
  missing: string[];
  /** Built, but not listed: a new URL that must be added deliberately. */
  unlisted: string[];
  /** Redirects whose target is not a built page. */
  brokenRedirects: Array<{ url: string; redirectTo: string }>;
}

export function compareUrls(listed: readonly string[], built: readonly BuiltUrl[]): UrlDiff {
  const builtByUrl = new Map(built.map((b) => [b.url, b]));
  const listedSet = new Set(listed);
  const servesContent = (url: string) => {
    const b = builtByUrl.get(new URL(url, 'http://x').pathname);
    return b !== undefined && b.redirectTo === null;
  };
  return {
    missing: listed.filter((url) => !builtByUrl.has(url)),
    unlisted: built.filter((b) => !listedSet.has(b.url)).map((b) => b.url),
    brokenRedirects: built.flatMap((b) => (b.redirectTo !== null && !servesContent(b.redirectTo) ? [{ url: b.url, redirectTo: b.redirectTo }] : [])),
  };
}

/**
 * The list file with `add` merged into its URLs (sorted), its opening comment
 * kept. Used by UPDATE_PUBLISHED_URLS=1; it never removes a URL.
 */
export function withAdded(text: string, add: readonly string[]): string {
  const lines = text.split(/\r?\n/);
  const firstUrl = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  const header = (firstUrl < 0 ? lines : lines.slice(0, firstUrl)).join('\n').trimEnd();
  const urls = [...new Set([...parsePublishedList(text), ...add])].sort();
  return `${header ? `${header}\n\n` : ''}${urls.join('\n')}\n`;
}
