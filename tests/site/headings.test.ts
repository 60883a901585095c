/**
 * Every page's first heading is its <h1>: nothing (such as Starlight's "On
 * this page" <h2>, a plain label since src/components/overrides/TableOfContents.astro)
 * comes before it, so a screen reader's or outline tool's list of headings
 * starts with the page's title.
 */
import { describe, expect, it } from 'vitest';
import { listPages, readPage } from '../support/dist.ts';

const headings = (html: string) => [...html.matchAll(/<h([1-6])\b[^>]*>/g)].map((m) => `h${m[1]}`);

describe('the first heading of every page is its h1', () => {
  it.each([...listPages(), '/404.html'])('%s', (url) => {
    const levels = headings(readPage(url));
    expect(levels.length).toBeGreaterThan(0);
    expect(levels[0]).toBe('h1');
    expect(levels.filter((h) => h === 'h1')).toHaveLength(1);
  });

  it('"On this page" still names the table of contents, as a label', () => {
    const html = readPage('/drivers/recruitment/');
    expect(html).toMatch(/<nav aria-labelledby="starlight__on-this-page">\s*<p id="starlight__on-this-page" class="toc-label"[^>]*>On this page<\/p>/);
  });
});
