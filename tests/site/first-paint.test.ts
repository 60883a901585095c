/**
 * The first paint waits for the page's title (src/components/overrides/Head.astro):
 * every page asks for it, and every page has the element it waits for, or a
 * browser would hold back its first paint until the whole page had arrived.
 */
import { describe, expect, it } from 'vitest';
import { listPages, readPage } from '../support/dist.ts';

describe('the render-blocking expect link', () => {
  it('is on every page and names an element of that page', () => {
    const pages = listPages();
    expect(pages.length).toBeGreaterThan(100);
    const wrong = pages.flatMap((path) => {
      const html = readPage(path);
      const expected = /<link rel="expect" href="#([^"]+)" blocking="render">/.exec(html)?.[1];
      if (!expected) return [`${path}: no expect link`];
      return html.includes(`id="${expected}"`) ? [] : [`${path}: no element #${expected}`];
    });
    expect(wrong).toEqual([]);
  });
});
