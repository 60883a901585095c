import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../knowledge/index.ts';
import { THESIS_PAGES } from '../source/parts.ts';
import { KINDS, conflictsOfPath, kindOfPath } from './facets.ts';

describe('kindOfPath', () => {
  it.each([
    ['/drivers/recruitment/', 'Driver'],
    ['/groups/iskp/', 'Host group'],
    ['/organizations/lashkar-e-taiba/', 'Organization'],
    ['/theories/sageman-bunch-of-guys/', 'Theory'],
    ['/interviews/19/', 'Interviewee'],
    ['/interviews/', 'Chapter'],
    ['/case-studies/syria/', 'Chapter'],
    ['/chapters/introduction/', 'Chapter'],
    ['/', 'Overview'],
    ['/drivers/', 'Overview'],
    ['/organizations/', 'Overview'],
    ['/data/', 'Overview'],
    ['/related-research/', 'Overview'],
    ['/drivers/recruitment/extra/', 'Overview'],
    ['/evidence/', 'View'],
    ['/evidence/by-category/', 'View'],
    ['/compare/kashmiri-fighters-vs-is-fighters/', 'View'],
    ['/map/', 'View'],
    ['/compare/', 'Overview'],
  ] as const)('%s is a %s page', (path, kind) => {
    expect(kindOfPath(path)).toBe(kind);
  });

  it('makes every page of the thesis a Chapter, whatever its folder', () => {
    for (const page of THESIS_PAGES) expect(kindOfPath(`/${page.slug}/`)).toBe('Chapter');
  });

  it('only ever answers with one of the kinds the search page offers', () => {
    for (const path of ['/x/', '/drivers/a/', '/a/b/c/', '', '/interviews/1/']) expect(KINDS).toContain(kindOfPath(path));
  });
});

/** Just enough of a knowledge base: two conflicts, two groups, one driver counted in one. */
const kb = {
  conflicts: [
    { id: 'kashmir', data: { order: 1, name: 'Kashmir', caseStudy: 'case-studies/kashmir', table: 6 } },
    { id: 'syria', data: { order: 3, name: 'Syria', caseStudy: 'case-studies/syria', table: 8 } },
  ],
  groups: [
    { id: 'kashmiri-fighters', data: { conflict: 'kashmir' } },
    { id: 'shia-fighters', data: { conflict: 'syria' } },
  ],
  findings: new Map([
    ['kashmiri-fighters/recruitment', { id: 'x', data: { driver: 'recruitment', group: 'kashmiri-fighters', tables: { table5: 22 }, quotes: [] } }],
    ['shia-fighters/recruitment', { id: 'y', data: { driver: 'recruitment', group: 'shia-fighters', tables: { table5: null }, quotes: [{ interviewee: 4 }] } }],
  ]),
  organizations: [{ id: 'lashkar-e-taiba', data: { conflicts: ['syria', 'kashmir'] } }],
  countedIn: new Map([[7, [{ finding: { data: { group: 'kashmiri-fighters' } } }]]]),
} as unknown as KnowledgeBase;

describe('conflictsOfPath', () => {
  it("gives a host group its conflict, and an organization its conflicts in the knowledge base's order", () => {
    expect(conflictsOfPath(kb, '/groups/shia-fighters/')).toEqual(['Syria']);
    expect(conflictsOfPath(kb, '/organizations/lashkar-e-taiba/')).toEqual(['Kashmir', 'Syria']);
  });

  it('gives a driver the conflicts where Table 5 counts it (a blank cell does not count)', () => {
    expect(conflictsOfPath(kb, '/drivers/recruitment/')).toEqual(['Kashmir']);
  });

  it('gives an interviewee the conflicts of the findings they are counted in or quoted on', () => {
    expect(conflictsOfPath(kb, '/interviews/7/')).toEqual(['Kashmir']);
    expect(conflictsOfPath(kb, '/interviews/4/')).toEqual(['Syria']);
    expect(conflictsOfPath(kb, '/interviews/9/')).toEqual([]);
  });

  it('gives a case study its conflict, and other pages none', () => {
    expect(conflictsOfPath(kb, '/case-studies/kashmir/')).toEqual(['Kashmir']);
    expect(conflictsOfPath(kb, '/chapters/introduction/')).toEqual([]);
    expect(conflictsOfPath(kb, '/theories/precht-model/')).toEqual([]);
    expect(conflictsOfPath(kb, '/')).toEqual([]);
  });
});
