/**
 * The published-URL check on fixtures: a missing URL, an unlisted page, a
 * redirect (accepted when its target is built), and the list file's format.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtUrls, compareUrls, parsePublishedList, redirectTarget, withAdded, type BuiltUrl } from '../support/published-urls.ts';

const page = (url: string): BuiltUrl => ({ url, redirectTo: null });

describe('compareUrls', () => {
  it('passes when the list and the build agree', () => {
    expect(compareUrls(['/', '/a/', '/data/x.json'], [page('/'), page('/a/'), page('/data/x.json')])).toEqual({
      missing: [],
      unlisted: [],
      brokenRedirects: [],
    });
  });

  it('reports a listed URL that is no longer built, and a built URL that is not listed', () => {
    const diff = compareUrls(['/', '/old/'], [page('/'), page('/new/')]);
    expect(diff.missing).toEqual(['/old/']);
    expect(diff.unlisted).toEqual(['/new/']);
  });

  it('accepts a listed URL that redirects to a built page', () => {
    const diff = compareUrls(['/', '/old/', '/new/'], [page('/'), { url: '/old/', redirectTo: '/new/' }, page('/new/')]);
    expect(diff).toEqual({ missing: [], unlisted: [], brokenRedirects: [] });
  });

  it('reports a redirect to a page that is not built, or to another redirect', () => {
    expect(compareUrls(['/old/'], [{ url: '/old/', redirectTo: '/gone/' }]).brokenRedirects).toEqual([{ url: '/old/', redirectTo: '/gone/' }]);
    expect(compareUrls(['/a/', '/b/', '/c/'], [{ url: '/a/', redirectTo: '/b/' }, { url: '/b/', redirectTo: '/c/' }, page('/c/')]).brokenRedirects).toEqual([
      { url: '/a/', redirectTo: '/b/' },
    ]);
  });

  it('accepts a redirect to an anchor of a built page', () => {
    expect(compareUrls(['/old/', '/new/'], [{ url: '/old/', redirectTo: '/new/#part' }, page('/new/')]).brokenRedirects).toEqual([]);
  });
});

describe('the list file', () => {
  it('ignores comments and blank lines', () => {
    expect(parsePublishedList('# Published URLs\n\n/\n/a/\n  # indented comment\n/data/x.json\n')).toEqual(['/', '/a/', '/data/x.json']);
  });

  it('rejects a line that is not a site path, and a repeated URL', () => {
    expect(() => parsePublishedList('/\nhttps://example.org/a/\n')).toThrow(/line 2: .* is not a site path/);
    expect(() => parsePublishedList('/a/\n/a/\n')).toThrow(/line 2: \/a\/ is listed twice/);
  });

  it('adds URLs in order, keeping the opening comment and every listed URL', () => {
    expect(withAdded('# Header\n# more\n\n/b/\n/z/\n', ['/a/', '/b/'])).toBe('# Header\n# more\n\n/a/\n/b/\n/z/\n');
  });
});

describe('redirectTarget', () => {
  it('reads Astro’s static redirect page', () => {
    const html = '<!doctype html><title>Redirecting to: /new/</title><meta http-equiv="refresh" content="0;url=/new/"><meta name="robots" content="noindex">';
    expect(redirectTarget(html)).toBe('/new/');
    expect(redirectTarget('<!doctype html><title>A page</title>')).toBeNull();
  });
});

describe('builtUrls', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'published-urls-'));
    const put = async (path: string, body: string) => {
      await mkdir(join(root, path, '..'), { recursive: true });
      await writeFile(join(root, path), body);
    };
    await put('index.html', '<main>home</main>');
    await put('old/index.html', '<meta http-equiv="refresh" content="0;url=/new/">');
    await put('new/index.html', '<main>new</main>');
    await put('data/drivers.csv', 'a,b');
    await put('cite/drivers/recruitment.bib', '@inbook{}');
    await put('_astro/app.js', '');
    await put('404.html', '');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('lists pages, redirects and the files of /data/ and /cite/, not assets', () => {
    expect(builtUrls(root)).toEqual([
      page('/'),
      page('/cite/drivers/recruitment.bib'),
      page('/data/drivers.csv'),
      page('/new/'),
      { url: '/old/', redirectTo: '/new/' },
    ]);
  });
});
