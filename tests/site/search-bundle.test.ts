/**
 * What the build ships for search: Pagefind's JS API and index, none of its
 * ready-made interfaces (the site searches with its own dialog and /search/
 * page, src/search/), and no page that names search code in its HTML (the
 * header dialog is imported on intent: tests/browser/search.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, listPages, readPage } from '../support/dist.ts';

const pagefindFiles = readdirSync(join(distDir, 'pagefind'));
const bundled = readdirSync(join(distDir, '_astro')).filter((file) => file.endsWith('.js') || file.endsWith('.css'));

describe('search in the build', () => {
  it("dist/pagefind holds Pagefind's JS API and index, and none of its UIs or highlighter", () => {
    expect(pagefindFiles).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']));
    expect(pagefindFiles.some((file) => file.endsWith('.pf_meta'))).toBe(true);
    expect(pagefindFiles.filter((file) => /^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(file))).toEqual([]);
  });

  it("no bundled script or stylesheet holds Pagefind's default UI or Starlight's styles for it", () => {
    // Its class names (pagefind-ui__result-link …) are in its code and styles, however minified; Starlight's search styles name #starlight__search.
    expect(bundled.filter((file) => readFileSync(join(distDir, '_astro', file), 'utf8').match(/pagefind-ui__|starlight__search/))).toEqual([]);
  });

  it('no page names search code or the index in its HTML: the dialog comes on intent', () => {
    const offenders = listPages().filter((page) => /(?:src|href)="[^"]*(?:\/pagefind\/|\/_astro\/dialog\.)/.test(readPage(page)));
    expect(offenders).toEqual([]);
  });
});
