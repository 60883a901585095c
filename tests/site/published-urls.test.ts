/**
 * URL stability: every URL in tests/published-urls.txt is still built (or
 * redirects, via astro.config.mjs `redirects`, to a page that is), and every
 * URL the build publishes is listed. Adding, moving or removing a page thus
 * shows up as a reviewed change to the list.
 *
 * After adding pages on purpose: UPDATE_PUBLISHED_URLS=1 npx vitest run --project site tests/site/published-urls.test.ts
 * appends the new URLs to the list (it never removes one; a moved page needs a redirect).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtUrls, compareUrls, parsePublishedList, publishedListFile, withAdded } from '../support/published-urls.ts';

const built = builtUrls();

if (process.env['UPDATE_PUBLISHED_URLS'] === '1') {
  const text = readFileSync(publishedListFile, 'utf8');
  const { unlisted } = compareUrls(parsePublishedList(text), built);
  writeFileSync(publishedListFile, withAdded(text, unlisted));
}

const listed = parsePublishedList(readFileSync(publishedListFile, 'utf8'));
const diff = compareUrls(listed, built);

describe('published URLs (tests/published-urls.txt)', () => {
  it('lists the site’s pages and downloads', () => {
    expect(listed.length).toBeGreaterThan(100);
    expect(listed).toEqual(expect.arrayContaining(['/', '/cite/', '/drivers/recruitment/', '/cite/drivers/recruitment.bib', '/data/drivers.json']));
  });

  it('are all still built, or redirect to their new place', () => {
    expect(
      diff.missing,
      'These published URLs are no longer built. Restore them, or add a redirect to their new place in astro.config.mjs `redirects`:',
    ).toEqual([]);
  });

  it('include every URL the build publishes', () => {
    expect(
      diff.unlisted,
      'These URLs are built but not listed. If they are meant to be published, add them to tests/published-urls.txt (or run with UPDATE_PUBLISHED_URLS=1):',
    ).toEqual([]);
  });

  it('redirect only to pages that are built', () => {
    expect(diff.brokenRedirects).toEqual([]);
  });
});
