/**
 * No made-up address reaches a reader or a reference manager: no built file
 * (page, sitemap, robots.txt, JSON-LD, citation download, data file, script)
 * names a placeholder host, whether or not the build had SITE_URL. The README
 * builds without it (`npm run build`, as `npm test` does); the site then leaves
 * absolute-only fields out (src/site-url.ts).
 *
 * Placeholder hosts: the reserved example domains (RFC 2606/6761: example.org,
 * .com, .net, *.example) and the reserved top-level domains .invalid, .test and
 * .localhost in a URL.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/dist.ts';

const TEXT = /\.(html|xml|txt|json|bib|ris|csv|js|mjs|css|svg|webmanifest)$|(^|\/)_headers$/;
const PLACEHOLDER = /\bexample\.(?:org|com|net)\b|(?:https?:)?\/\/[^\s/"'`<>()]*\.(?:example|invalid|test|localhost)(?=[:/"'`\s<>)]|$)/gi;

/**
 * Pagefind's own script parses a result's site path against
 * "https://example.com" and strips that origin again before use (the result
 * URL stays a path); those two expressions are the only tolerated mention.
 */
const PAGEFIND_PARSE_BASE = [/new URL\(`https:\/\/example\.com\$\{/g, /\.replace\(\/\^https:\\\/\\\/example\.?com\/,\s*""\)/g];

const files = readdirSync(distDir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => relative(distDir, join(e.parentPath, e.name)).split('\\').join('/'))
  .filter((f) => TEXT.test(f));

function placeholdersIn(file: string): string[] {
  let text = readFileSync(join(distDir, file), 'utf8');
  if (file.startsWith('pagefind/')) for (const re of PAGEFIND_PARSE_BASE) text = text.replace(re, '');
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[0]);
}

describe('no built file names a placeholder host', () => {
  it('scans the pages, downloads, robots.txt and scripts (a scan that finds no files would pass)', () => {
    expect(files.length).toBeGreaterThan(150);
    for (const f of [
      'index.html',
      'robots.txt',
      'cite/thesis.bib',
      'cite/thesis.ris',
      'cite/thesis.json',
      'cite/drivers/recruitment.ris',
      'data/drivers.json',
      '_headers',
    ]) {
      expect(files).toContain(f);
    }
    expect(files.some((f) => f.startsWith('pagefind/') && f.endsWith('.js'))).toBe(true);
  });

  it('recognises a placeholder host where one is written', () => {
    const found = (s: string) => [...s.matchAll(PLACEHOLDER)].map((m) => m[0]);
    expect(found('<link rel="canonical" href="https://pakistani-foreign-fighters.example.org/">')).toHaveLength(1);
    expect(found('url = {https://kb.test/drivers/}')).toEqual(['https://kb.test']);
    expect(found('"@id":"http://site.invalid/#thesis"')).toEqual(['http://site.invalid']);
    expect(found('tests/published-urls.test.ts and /cite/drivers.ris')).toEqual([]);
  });

  it('in any of them', () => {
    const found = files.flatMap((f) => placeholdersIn(f).map((p) => `${f}: ${p}`));
    expect(found).toEqual([]);
  });
});
