/**
 * The site tests read dist/ through these helpers; if textOf() mangled text
 * or listPages() missed pages, content assertions would silently test less
 * than they claim. Runs on strings and a temp folder, so no build is needed.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { distDir, fileForUrlPath, listPages, readPage, sitemapPaths, textOf } from '../support/dist.ts';

describe('textOf', () => {
  test('returns only the text of <main>, entities decoded, whitespace collapsed', () => {
    const html = `<!doctype html><html><head><title>T</title></head><body>
      <nav>Sidebar</nav>
      <main>
        <h1>Drivers &amp; motives</h1>
        <p>Recruits&#8217; ages:&nbsp;18&#x2013;25,
           &quot;mostly&quot;   young.</p><p>Second<br>line</p>
        <script>var hidden = 'script text';</script>
        <style>.x { color: red }</style>
        <template><p>template text</p></template>
        <div hidden>hidden text</div>
        <p>Word<em>split</em>ting stays joined</p>
      </main>
      <footer>Footer</footer></body></html>`;
    expect(textOf(html)).toBe('Drivers & motives Recruits\u2019 ages: 18\u201325, "mostly" young. Second line Wordsplitting stays joined');
  });

  test('throws when there is no <main>', () => {
    expect(() => textOf('<p>no main</p>')).toThrow(/no <main>/);
  });
});

describe('fileForUrlPath', () => {
  test('maps directory URLs to index.html and file URLs to the file', () => {
    expect(fileForUrlPath('/')).toBe(join(distDir, 'index.html'));
    expect(fileForUrlPath('/drivers/recruitment/')).toBe(join(distDir, 'drivers', 'recruitment', 'index.html'));
    expect(fileForUrlPath('/404.html')).toBe(join(distDir, '404.html'));
    expect(fileForUrlPath('/a%20b/?q=1#x')).toBe(join(distDir, 'a b', 'index.html'));
  });
});

describe('listPages and sitemapPaths on a fake build', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'dist-test-'));
    const files: Record<string, string> = {
      'index.html': '',
      '404.html': '',
      'chapters/introduction/index.html': '',
      'drivers/recruitment/index.html': '',
      'pagefind/index.html': '',
      'downloads/data.json': '{}',
      'sitemap-index.xml': '<?xml version="1.0"?><sitemapindex><sitemap><loc>https://example.org/sitemap-0.xml</loc></sitemap></sitemapindex>',
      'sitemap-0.xml':
        '<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></url>' +
        '<url><loc>https://example.org/drivers/recruitment/?a=1&amp;b=2</loc></url></urlset>',
    };
    for (const [file, content] of Object.entries(files)) {
      await mkdir(join(root, file, '..'), { recursive: true });
      await writeFile(join(root, file), content);
    }
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  test('listPages finds every index.html except pagefind, as URL paths', () => {
    expect(listPages(root)).toEqual(['/', '/chapters/introduction/', '/drivers/recruitment/']);
  });

  test('sitemapPaths follows the index and drops the production host', () => {
    expect(sitemapPaths(root)).toEqual(['/', '/drivers/recruitment/?a=1&b=2']);
  });

  test('readPage returns the HTML, or names the missing path', () => {
    expect(readPage('/drivers/recruitment/', root)).toBe('');
    expect(() => readPage('/drivers/missing/', root)).toThrow(/'\/drivers\/missing\/'.*index\.html/);
  });

  test('sitemapPaths gives every built page for a build without SITE_URL (no sitemap, robots.txt names none)', async () => {
    const bare = await mkdtemp(join(tmpdir(), 'dist-test-bare-'));
    for (const [file, content] of Object.entries({ 'index.html': '', 'drivers/recruitment/index.html': '', 'robots.txt': 'User-agent: *\nAllow: /\n' })) {
      await mkdir(join(bare, file, '..'), { recursive: true });
      await writeFile(join(bare, file), content);
    }
    expect(sitemapPaths(bare)).toEqual(['/', '/drivers/recruitment/']);
    // robots.txt names a sitemap that is not there: a broken build, not a build without SITE_URL.
    await writeFile(join(bare, 'robots.txt'), 'User-agent: *\nAllow: /\n\nSitemap: https://kb.example.edu/sitemap-index.xml\n');
    expect(() => sitemapPaths(bare)).toThrow(/sitemap-index\.xml is missing/);
    await rm(bare, { recursive: true, force: true });
  });

  test('both fail clearly without a build', () => {
    expect(() => listPages(join(root, 'missing'))).toThrow(/npm run build/);
    expect(() => sitemapPaths(join(root, 'missing'))).toThrow(/npm run build/);
  });
});
