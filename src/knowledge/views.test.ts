import { describe, expect, it } from 'vitest';
import { knowledgeFixture as knowledge } from '../charts/fixture.ts';
import type { KnowledgeBase } from './index.ts';
import { driverMatrixView, driverView, groupView, intervieweeView, organizationView, theoryView, withSources } from './views.ts';

const org = (id: string, conflicts: string[]) =>
  ({
    id,
    data: { name: id, kind: 'militant', spellings: [id], otherNames: [], editorialNotes: [], role: 'x', conflicts, sections: [], datedEvents: [] },
  }) as unknown as KnowledgeBase['organizations'][number];

describe('page views', () => {
  it('give each piece of evidence its conflict, and rank a group’s drivers by count', () => {
    const kb = knowledge();
    const view = driverView(kb, 'recruitment');
    expect(view.evidence.map((e) => [e.group.id, e.conflict.id])).toEqual([
      ['afghan-taliban', 'afghanistan'],
      ['iskp', 'afghanistan'],
      ['kashmiri-fighters', 'kashmir'],
      ['is-fighters', 'syria'],
      ['shia-fighters', 'syria'],
    ]);
    expect(groupView(kb, 'afghan-taliban').ranked.map((e) => [e.driver.id, e.cell])).toEqual([
      ['recruitment', 22],
      ['ethnic-identity', 15],
      ['geographical-proximity', 11],
      ['desire-for-adventure', 0],
    ]);
  });

  it('give Table 5 as printed: a column per host group, a row per driver, blank cells blank and 0 as 0', () => {
    const kb = knowledge();
    const matrix = driverMatrixView(kb);
    expect(matrix.groups.map((g) => g.href)).toEqual([
      '/groups/afghan-taliban/',
      '/groups/iskp/',
      '/groups/kashmiri-fighters/',
      '/groups/is-fighters/',
      '/groups/shia-fighters/',
    ]);
    expect(matrix.rows.map((r) => [r.driver.href, r.cells])).toEqual([
      ['/drivers/ethnic-identity/', [15, null, 14, null, null]],
      ['/drivers/recruitment/', [22, 11, 22, 15, 22]],
      ['/drivers/geographical-proximity/', [11, 8, 5, 0, 0]],
      ['/drivers/desire-for-adventure/', [0, 7, 0, 8, 0]],
    ]);
    const findings = new Map(kb.findings);
    findings.delete('iskp/recruitment');
    expect(() => driverMatrixView(knowledge({ findings }))).toThrow('Table 5: no content/findings/iskp/recruitment.yaml');
  });

  it('stop the build, naming the id, where a page would otherwise render an empty fragment', () => {
    const kb = knowledge();
    expect(() => driverView(kb, 'no-such-driver')).toThrow('unknown driver "no-such-driver"');
    expect(() => intervieweeView(kb, 99)).toThrow('unknown interviewee 99');
    const orphan = knowledge({ groups: kb.groups.map((g) => (g.id === 'iskp' ? { ...g, data: { ...g.data, conflict: 'nowhere' as never } } : g)) });
    expect(() => groupView(orphan, 'iskp')).toThrow('content/groups/iskp.yaml: unknown conflict "nowhere"');
    const hosted = knowledge({ groups: kb.groups.map((g) => (g.id === 'iskp' ? { ...g, data: { ...g.data, organizations: ['ghost'] } } : g)) });
    expect(() => groupView(hosted, 'iskp')).toThrow('content/groups/iskp.yaml: unknown organization "ghost"');
    expect(() => organizationView(knowledge({ organizations: [org('x', ['atlantis'])] }), 'x')).toThrow(
      'content/organizations/x.yaml: unknown conflict "atlantis"',
    );
    expect(() => theoryView(kb, 'nobody')).toThrow('unknown theory "nobody"');
  });

  it('list an organization’s conflicts in the knowledge base’s order and the groups it hosts', () => {
    const kb = knowledge({ organizations: [org('isis', ['syria', 'afghanistan'])] });
    const hosting = knowledge({ ...kb, groups: kb.groups.map((g) => (g.id === 'is-fighters' ? { ...g, data: { ...g.data, organizations: ['isis'] } } : g)) });
    const view = organizationView(hosting, 'isis');
    expect(view.conflicts.map((c) => c.id)).toEqual(['afghanistan', 'syria']);
    expect(view.hostOf.map((g) => g.id)).toEqual(['is-fighters']);
  });
});

describe('the interviewee page view', () => {
  it('links each footnote that counts the interviewee on the page that prints it, and stops the build for a footnote no page prints', () => {
    const counted = knowledge().countedIn.get(1) ?? [];
    const footnotes = [...new Set(counted.map((c) => c.statement.footnote).filter((n): n is number => n !== null))];
    expect(footnotes.length).toBeGreaterThan(0);
    const kb = knowledge({ footnotePages: new Map(footnotes.map((n) => [n, 'case-studies/kashmir'])) });
    expect(intervieweeView(kb, 1).counted.map((c) => c.footnoteHref)).toEqual(
      counted.map((c) => (c.statement.footnote === null ? undefined : `/case-studies/kashmir/#fn-${c.statement.footnote}`)),
    );
    expect(() => intervieweeView(knowledge(), 1)).toThrow(`footnote ${footnotes[0]} is printed on no thesis page`);
  });
});

describe('sections that discuss or mention an entity', () => {
  it('lists the sources of its description, marked, and every other mention once, in reading order', () => {
    const mention = (page: string, heading?: string) => ({
      page,
      ...(heading ? { heading } : {}),
      href: `/${page}/${heading ? `#${heading.toLowerCase().replace(/\W+/g, '-')}` : ''}`,
    });
    const merged = withSources(
      [{ page: 'case-studies/kashmir', heading: 'History' }],
      [mention('chapters/introduction'), mention('case-studies/kashmir', 'History'), mention('chapters/discussion')],
    );
    expect(merged.map((m) => [m.href, m.source === true])).toEqual([
      ['/chapters/introduction/', false],
      ['/case-studies/kashmir/#history', true],
      ['/chapters/discussion/', false],
    ]);
  });
});
