/**
 * The link checker's rules, on fixtures: a checker that misses a broken link
 * is worse than none, because its green run is believed.
 */
import { describe, expect, test } from 'vitest';
import { checkLink, parsePage, resolveTarget, type CheckContext, type SiteFiles } from '../support/links.ts';

const FILES = new Set(['index.html', 'a/index.html', 'b/c/index.html', 'data/drivers.json', '_astro/x.css', '404.html', 'thesis.pdf']);
const DIRS = new Set(['a', 'b', 'b/c', 'data', '_astro']);
const files: SiteFiles = { isFile: (path) => FILES.has(path), isDirectory: (path) => DIRS.has(path) };
const ANCHORS: Record<string, string[]> = { '/': ['_top'], '/a/': ['_top', 'section-one', 'fn-1', 'café'], '/b/c/': [] };
const context: CheckContext = {
  siteOrigin: 'https://kb.example.org',
  files,
  anchorsOf: (path) => new Set(ANCHORS[path] ?? []),
};
const check = (url: string, where = 'a[href]', page = '/a/') => checkLink(page, { where, url }, context);

describe('parsePage', () => {
  test('finds URLs in every attribute that loads or links, and every id', () => {
    const { links, anchors } = parsePage(`<!doctype html><html><head>
      <link rel="stylesheet" href="/_astro/x.css"><script src="/s.js"></script></head>
      <body><a href="/a/#x" id="one">a</a><a name="legacy"></a>
      <img src="/i.png" srcset="/i-1x.png 1x, /i-2x.png 2x" alt="">
      <form action="/search/"></form><template><a href="/in-template/">t</a></template>
      <svg><a href="/svg-link/"><text>s</text></a></svg></body></html>`);
    expect(links.map((link) => `${link.where} ${link.url}`)).toEqual([
      'link[href] /_astro/x.css',
      'script[src] /s.js',
      'a[href] /a/#x',
      'a[href] /i.png'.replace('a[href]', 'img[src]'),
      'img[srcset] /i-1x.png',
      'img[srcset] /i-2x.png',
      'form[action] /search/',
      'a[href] /in-template/',
      'a[href] /svg-link/',
    ]);
    expect([...anchors]).toEqual(['one', 'legacy']);
  });
});

describe('resolveTarget', () => {
  test('pages need their index.html, files must exist, directories need a slash', () => {
    expect(resolveTarget('/a/', files).kind).toBe('page');
    expect(resolveTarget('/404.html', files).kind).toBe('page');
    expect(resolveTarget('/data/drivers.json', files).kind).toBe('file');
    expect(resolveTarget('/a', files).kind).toBe('directory-without-slash');
    expect(resolveTarget('/b/', files).kind).toBe('missing');
    expect(resolveTarget('/nope/', files).kind).toBe('missing');
    expect(resolveTarget('/%E0%A4%A/', files).kind).toBe('missing');
  });
});

describe('checkLink', () => {
  test('accepts links to pages, files, and anchors that exist', () => {
    for (const url of ['/', '/a/', '/a/#section-one', '#fn-1', '../b/c/', '/data/drivers.json', '/a/#caf%C3%A9', '#top', 'https://kb.example.org/a/']) {
      expect(check(url), url).toBeUndefined();
    }
  });

  test('ignores other origins and non-fetching schemes', () => {
    for (const url of ['https://example.com/missing/', 'mailto:someone@example.org', 'data:,x', 'tel:+10000']) {
      expect(check(url), url).toBeUndefined();
    }
  });

  test('accepts a PDF’s page open parameter, and no other fragment into a file', () => {
    expect(check('/thesis.pdf#page=3')).toBeUndefined();
    expect(check('/thesis.pdf#x')).toMatch(/not an HTML page/);
    expect(check('/data/drivers.json#page=3')).toMatch(/not an HTML page/);
  });

  test('reports missing pages, files, anchors and slashes', () => {
    expect(check('/nope/')).toMatch(/no built file/);
    expect(check('https://kb.example.org/nope/')).toMatch(/no built file/);
    expect(check('/data/missing.csv')).toMatch(/no built file/);
    expect(check('/a')).toMatch(/trailing slash/);
    expect(check('#missing')).toMatch(/no element with id "missing" on \/a\//);
    expect(check('/b/c/#fn-1')).toMatch(/no element with id "fn-1" on \/b\/c\//);
    expect(check('/data/drivers.json#x')).toMatch(/not an HTML page/);
    expect(check('javascript:void(0)')).toMatch(/javascript:/);
    expect(check('', 'a[href]')).toBe('empty URL');
    expect(check('#')).toMatch(/bare '#'/);
  });

  test('an empty form action (submit to this page) is fine', () => {
    expect(check('', 'form[action]')).toBeUndefined();
  });
});
