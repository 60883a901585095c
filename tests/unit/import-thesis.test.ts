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

describe('the importer', () => {
  it('is pure: the same input gives the same MDX, entity marks included, on every call in one process', () => {
    const args = [read('content/source/thesis.txt'), read('content/marks.yaml'), readDriverNames(fileURLToPath(new URL('../../content', import.meta.url)))] as const;
    const first = renderPages(...args);
    const second = renderPages(...args);
    const marks = (mdx: string | undefined) => (mdx ?? '').match(/<(Driver|Group|Theory|Org|Interviewee) /g)?.length ?? 0;
    // The case study that lost all its marks on a second run before the importer was made pure.
    expect(marks(first.get('case-studies/kashmir'))).toBeGreaterThan(0);
    expect(marks(second.get('case-studies/kashmir'))).toBe(marks(first.get('case-studies/kashmir')));
    expect([...second.entries()]).toEqual([...first.entries()]);
  });
});
