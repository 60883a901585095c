/**
 * The committed chapter MDX is exactly what the importer makes of the source
 * and the marks: nobody edits a chapter by hand and loses the edit on the next
 * import (run `npm run import` after changing either).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readDriverNames } from '../../src/thesis/driver-names.ts';
import { renderPages } from '../../src/thesis/render-mdx.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('chapter MDX', () => {
  const pages = renderPages(read('content/source/thesis.txt'), read('content/marks.yaml'), readDriverNames(fileURLToPath(new URL('../../content', import.meta.url))));
  it.each([...pages.keys()])('content/docs/%s.mdx is up to date with the importer', (slug) => {
    expect(read(`content/docs/${slug}.mdx`)).toBe(pages.get(slug));
  });
});
