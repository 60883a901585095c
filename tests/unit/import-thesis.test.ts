/**
 * The committed chapter MDX is exactly what the importer makes of the source
 * and the marks: nobody edits a chapter by hand and loses the edit on the next
 * import (run `npm run import` after changing either).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readEditionSources } from '../../src/edition/read-sources.ts';
import { linkIntervieweeList, renderPages } from '../../src/edition/render-mdx.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const contentDir = fileURLToPath(new URL('../../content', import.meta.url));

describe('chapter MDX', () => {
  const pages = renderPages(readEditionSources(contentDir));
  it.each([...pages.keys()])('content/docs/%s.mdx is up to date with the importer', (slug) => {
    expect(read(`content/docs/${slug}.mdx`)).toBe(pages.get(slug));
  });
});

describe('the importer', () => {
  it('is pure: the same input gives the same MDX, entity marks included, on every call in one process', () => {
    const sources = readEditionSources(contentDir);
    const first = renderPages(sources);
    const second = renderPages(sources);
    const marks = (mdx: string | undefined) => (mdx ?? '').match(/<(Driver|Group|Theory|Org|Interviewee) /g)?.length ?? 0;
    // The case study that lost all its marks on a second run before the importer was made pure.
    expect(marks(first.get('case-studies/kashmir'))).toBeGreaterThan(0);
    expect(marks(second.get('case-studies/kashmir'))).toBe(marks(first.get('case-studies/kashmir')));
    expect([...second.entries()]).toEqual([...first.entries()]);
  });
});

describe('interviewee lists in footnotes', () => {
  it('link each printed number to its interviewee and keep the list as printed', () => {
    const linked = linkIntervieweeList('Interviewees 1-7, 13,15 19.');
    expect(linked.replace(/<[^>]+>/g, '')).toBe('Interviewees 1-7, 13,15 19.');
    expect([...linked.matchAll(/href="([^"]+)">(\d+)</g)].map((m) => [m[1], m[2]])).toEqual([
      ['/interviews/1/', '1'],
      ['/interviews/7/', '7'],
      ['/interviews/13/', '13'],
      ['/interviews/15/', '15'],
      ['/interviews/19/', '19'],
    ]);
  });

  it('leave any other footnote alone', () => {
    for (const note of [
      'Such fighters will leave in the early morning.',
      '65% of the state is still controlled by the India',
      'Interviewee 1, a former Inspector General (17 April 2019)',
    ]) {
      expect(linkIntervieweeList(note)).toBe(note);
    }
  });
});
