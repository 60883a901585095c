import { describe, expect, it } from 'vitest';
import { onThisPageAsLabel } from './on-this-page-label.ts';

describe('"On this page" as a label', () => {
  it('turns Starlight’s <h2> into a <p class="toc-label"> with the same id and words, and changes nothing else', () => {
    const html = '<nav aria-labelledby="starlight__on-this-page"><h2 id="starlight__on-this-page">On this page</h2><ul><li><a href="#a">A</a></li></ul></nav>';
    expect(onThisPageAsLabel(html)).toBe(
      '<nav aria-labelledby="starlight__on-this-page"><p id="starlight__on-this-page" class="toc-label">On this page</p><ul><li><a href="#a">A</a></li></ul></nav>',
    );
  });

  it('passes an empty table of contents through, and stops the build when the heading is gone', () => {
    expect(onThisPageAsLabel('')).toBe('');
    expect(() => onThisPageAsLabel('<nav><h3 id="starlight__on-this-page">On this page</h3></nav>')).toThrow('no longer has its "On this page" <h2>');
  });
});
