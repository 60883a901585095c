import { describe, expect, it } from 'vitest';
import { knowledgeFixture } from '../../charts/fixture.ts';
import type { Entry, KnowledgeBase } from '../index.ts';
import type { DataNote } from '../data-notes/rules.ts';
import type { Statement } from '../schemas.ts';
import { compareView, difference, groupPairs, pairsOf, passagesOf } from './compare.ts';
import { mapView, theoryCited } from './map.ts';
import { matrixTable, shadeOf } from './matrix.ts';
import { whoSaidWhat } from './who-said-what.ts';

/** The chart fixture (4 drivers with their real cells, 5 groups, 3 conflicts, interviewees 1-6) with empty lists for the rest. */
const knowledge = knowledgeFixture;

const statement = (interviewees: string | null): Statement => ({
  text: 'x',
  count: null,
  percent: null,
  footnote: interviewees ? 4 : null,
  interviewees,
  aspect: null,
  countsPart: null,
  section: { page: 'case-studies/afghanistan' },
});

/** The knowledge base with footnote lists on two findings. */
function withStatements(lists: Record<string, Array<string | null>>): KnowledgeBase {
  const kb = knowledge();
  const findings = new Map([...kb.findings].map(([id, f]) => [id, lists[id] ? { ...f, data: { ...f.data, statements: lists[id].map(statement) } } : f]));
  return { ...kb, findings };
}

describe('the matrix', () => {
  it('holds Table 5 as printed, blank, "-" and 0 apart, every cell linking to its evidence on the driver page', () => {
    const t = matrixTable(knowledge(), 5);
    expect(t.columns.map((c) => c.id)).toEqual(['afghan-taliban', 'iskp', 'kashmiri-fighters', 'is-fighters', 'shia-fighters']);
    expect(t.rows.map((r) => [r.driver, r.cells.map((c) => c.cell)])).toEqual([
      ['ethnic-identity', [15, null, 14, null, null]],
      ['recruitment', [22, 11, 22, 15, 22]],
      ['geographical-proximity', [11, 8, 5, 0, 0]],
      ['desire-for-adventure', [0, 7, 0, 8, 0]],
    ]);
    expect(t.rows[0]!.cells[1]!.href).toBe('/drivers/ethnic-identity/#in-iskp');
    expect(t.source).toBe('/chapters/methodology/#table-5');
  });

  it('gives each case-study table only its conflict’s groups and the rows it prints, and Table 9 its own cells', () => {
    const kb = knowledge();
    const t7 = matrixTable(kb, 7);
    expect(t7.columns.map((c) => c.id)).toEqual(['afghan-taliban', 'iskp']);
    expect(t7.rows.map((r) => [r.driver, r.cells.map((c) => c.cell)])).toEqual([
      ['ethnic-identity', [15, null]],
      ['recruitment', [22, 11]],
      ['geographical-proximity', [11, 8]],
      ['desire-for-adventure', [null, 7]],
    ]);
    const t8 = matrixTable(kb, 8);
    expect(t8.columns.map((c) => c.id)).toEqual(['is-fighters', 'shia-fighters']);
    expect(t8.rows.map((r) => [r.driver, r.cells.map((c) => c.cell)])).toEqual([
      ['recruitment', [15, 22]],
      ['desire-for-adventure', [8, '-']],
    ]);
    expect(matrixTable(kb, 6).rows.map((r) => r.driver)).toEqual(['ethnic-identity', 'recruitment', 'geographical-proximity']);
    expect(t8.source).toBe('/case-studies/syria/#table-8');
    expect(matrixTable(kb, 9).rows[2]!.cells.map((c) => c.cell)).toEqual([11, 8, 5, null, null]);
  });

  it('shades a count by its share of 22 (0 the lightest), and shades no blank or "-"', () => {
    expect([0, 1, 5, 6, 11, 12, 16, 17, 22].map((n) => shadeOf(n))).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(shadeOf(null)).toBeNull();
    expect(shadeOf('-')).toBeNull();
  });

  it('marks the cells a data note concerns, linking to the note on the driver page', () => {
    const note: DataNote = {
      id: 'n1',
      kind: 'narrative-vs-table',
      driver: 'recruitment',
      group: 'iskp',
      sources: [],
      message: 'm',
      section: { page: 'chapters/results' },
    };
    const t = matrixTable(knowledge({ notes: [note] }), 5);
    const marked = t.rows.flatMap((r) => r.cells.filter((c) => c.notes.length).map((c) => [r.driver, c.group, c.notes[0]!.href]));
    expect(marked).toEqual([['recruitment', 'iskp', '/drivers/recruitment/#note-n1']]);
  });
});

describe('two groups side by side', () => {
  it('makes every pair of the five groups once, in Table 5’s column order', () => {
    const pairs = groupPairs(knowledge());
    expect(pairs).toHaveLength(10);
    expect(new Set(pairs.map((p) => p.path)).size).toBe(10);
    expect(pairs.map((p) => p.path)).toContain('/compare/kashmiri-fighters-vs-is-fighters/');
    expect(pairs.map((p) => p.path)).not.toContain('/compare/is-fighters-vs-kashmiri-fighters/');
    expect(pairsOf(knowledge(), 'iskp').map((p) => p.other.id)).toEqual(['afghan-taliban', 'kashmiri-fighters', 'is-fighters', 'shia-fighters']);
  });

  it('gives both counts and their difference, with none where a cell is blank or "-"', () => {
    const kb = knowledge();
    const view = compareView(kb, { a: 'kashmiri-fighters', b: 'is-fighters', path: '/compare/kashmiri-fighters-vs-is-fighters/' }, []);
    expect(view.rows.map((r) => [r.driver.id, r.a.cell, r.b.cell, r.difference])).toEqual([
      ['ethnic-identity', 14, null, null],
      ['recruitment', 22, 15, 7],
      ['geographical-proximity', 5, 0, 5],
      ['desire-for-adventure', 0, 8, -8],
    ]);
    expect(difference(8, '-')).toBeNull();
    // Anchors stay unique on a page that shows two groups for each driver.
    const anchors = view.rows.flatMap((r) => [r.a.anchor, r.b.anchor]);
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(view.others.map((p) => p.path)).toHaveLength(6);
  });

  it('quotes the paragraphs that name both groups in the chapter’s own words first, then those that name one only by its conflict', () => {
    const named = (names: string[]) => [
      { page: 'chapters/discussion' as const, names },
      { page: 'chapters/conclusion' as const, names },
    ];
    const words: Record<string, string[]> = {
      iskp: ['ISKP'],
      'is-fighters': ['IS'],
      'afghan-taliban': ['Afghan Taliban'],
      'kashmiri-fighters': ['Kashmiri jihad'],
      'shia-fighters': ['pro-Assad militias'],
    };
    const kb = knowledge({
      groups: knowledge().groups.map((g) => ({ ...g, data: { ...g.data, namedIn: named(words[g.id]!) } })),
      conflicts: knowledge().conflicts.map((c) => ({ ...c, data: { ...c.data, namedIn: named([c.data.name]) } })),
    });
    const g = (id: string) => kb.groups.find((x) => x.id === id)!;
    const chapters = [
      {
        page: 'chapters/discussion' as const,
        paragraphs: ['Kashmir and not Afghanistan and Syria.', 'Both IS and ISKP attracted them.', 'ISKP only.', 'It is nothing here.'],
      },
      { page: 'chapters/conclusion' as const, paragraphs: ['The Afghan Taliban, the Kashmiri jihad and IS/ISKP.'] },
    ];
    const found = (a: string, b: string) => passagesOf(kb, g(a), g(b), chapters).map((p) => [p.page, p.text, p.matched, p.by]);
    // "IS" as printed: in "IS/ISKP", not in "ISKP" nor in "is".
    expect(found('iskp', 'is-fighters')).toEqual([
      ['chapters/discussion', 'Both IS and ISKP attracted them.', ['ISKP', 'IS'], 'groups'],
      ['chapters/conclusion', 'The Afghan Taliban, the Kashmiri jihad and IS/ISKP.', ['ISKP', 'IS'], 'groups'],
      ['chapters/discussion', 'Kashmir and not Afghanistan and Syria.', ['Afghanistan', 'Syria'], 'conflicts'],
    ]);
    // The Conclusion's paragraph that names both groups comes before the Discussion's that names only their conflicts.
    expect(found('kashmiri-fighters', 'is-fighters')).toEqual([
      ['chapters/conclusion', 'The Afghan Taliban, the Kashmiri jihad and IS/ISKP.', ['Kashmiri jihad', 'IS'], 'groups'],
      ['chapters/discussion', 'Kashmir and not Afghanistan and Syria.', ['Kashmir', 'Syria'], 'conflicts'],
    ]);
    // Two groups of one conflict are never found by the conflict's name; a chapter without their words finds nothing.
    expect(found('afghan-taliban', 'iskp').map((p) => p[1])).toEqual(['The Afghan Taliban, the Kashmiri jihad and IS/ISKP.']);
    expect(passagesOf(kb, g('afghan-taliban'), g('iskp'), chapters.slice(0, 1))).toEqual([]);
  });
});

/** Footnote lists expanded here independently of the site's expander: "1-3, 5" → 1, 2, 3, 5. */
function expand(list: string): number[] {
  const out = new Set<number>();
  for (const part of list.match(/\d+\s*-\s*\d+|\d+/g) ?? []) {
    const [from, to = from] = part.split('-').map((s) => Number(s.trim()));
    for (let n = from!; n <= to!; n++) out.add(n);
  }
  return [...out];
}

describe('who said what', () => {
  const lists = { 'afghan-taliban/recruitment': ['1-2, 4', '4,5', null], 'iskp/recruitment': ['3, 6'] };
  const kb = withStatements(lists);
  const view = whoSaidWhat(kb);
  const categoryOf = (n: number) => kb.interviewees.find((i) => i.data.n === n)!.data.category;

  it('counts, for each finding and category, the interviewees its footnotes list', () => {
    for (const [id, footnotes] of Object.entries(lists)) {
      const [group, driver] = id.split('/');
      const row = view.groups.find((g) => g.group.id === group)!.rows.find((r) => r.driver.id === driver)!;
      const listed = new Set(footnotes.flatMap((l) => (l ? expand(l) : [])));
      expect(new Set(row.listed)).toEqual(listed);
      for (const c of row.byCategory) expect(new Set(c.interviewees)).toEqual(new Set([...listed].filter((n) => categoryOf(n) === c.category)));
      expect(row.byCategory.reduce((s, c) => s + c.interviewees.length, 0)).toBe(listed.size);
    }
    const at = view.groups[0]!.rows.find((r) => r.driver.id === 'recruitment')!;
    expect(Object.fromEntries(at.byCategory.map((c) => [c.category, c.interviewees.length]))).toEqual({
      nacta: 2,
      journalist: 0,
      police: 2,
      researcher: 0,
      religious: 0,
    });
  });

  it('counts nobody for a finding without footnote lists, and lists each category’s members', () => {
    expect(view.groups[4]!.rows.every((r) => r.listed.length === 0)).toBe(true);
    expect(view.categories.find((c) => c.category === 'police')!.members).toEqual([4, 5, 6]);
  });

  it('stops the build on a listed interviewee without a file', () => {
    expect(() => whoSaidWhat(withStatements({ 'iskp/recruitment': ['21'] }))).toThrow('lists interviewee 21');
  });
});

const theory = (id: string, authors: string[], year: number, aliases: string[] = []): Entry<'theories'> =>
  ({
    id,
    data: { name: id, authors, year, aliases, model: 'cause', stages: [], levels: [], summary: 'x', section: { page: 'chapters/framework' }, drivers: [] },
  }) as unknown as Entry<'theories'>;
const candidate = (
  table: 3 | 4,
  number: number,
  citations: string | null,
  consolidatedInto: string[],
  basis: 'stated' | 'inferred' | 'not-retained',
): Entry<'candidateDrivers'> =>
  ({
    id: `t${table}-${String(number).padStart(2, '0')}`,
    data: {
      table,
      number,
      name: `c${table}-${number}`,
      citations,
      consolidatedInto: consolidatedInto.map((driver) => (basis === 'stated' ? { driver, basis, words: 'x' } : { driver, basis: 'inferred', reason: 'x' })),
    },
  }) as Entry<'candidateDrivers'>;

describe('the map', () => {
  const theories = [
    theory('hafez', ['Hafez, M.', 'Mullins, C.'], 2015, ['Hafiz & Mullins']),
    theory('borum', ['Borum, R.'], 2011),
    theory('schmid', ['Schmid, A. P.'], 2013),
  ];
  const kb = knowledge({
    theories,
    candidateDrivers: [
      candidate(3, 1, 'Hafiz & Mullins, 2015; Borum, 2003; Fair, 2013', ['recruitment'], 'stated'),
      candidate(3, 2, 'Schmid, 2013', [], 'not-retained'),
      candidate(3, 3, 'Borum, 2003; Borum, 2011', [], 'not-retained'),
      candidate(4, 1, null, ['desire-for-adventure'], 'inferred'),
    ],
    organizations: [{ id: 'org', data: { name: 'Org' } } as Entry<'organizations'>],
    groups: knowledge().groups.map((g) => (g.id === 'iskp' ? { ...g, data: { ...g.data, organizations: ['org'] } } : g)),
  });
  const view = mapView(kb);
  const edges = (kind: string) => view.edges.filter((e) => e.kind === kind).map((e) => [e.from, e.to, e.editorial]);

  it('links a theory to the Table 3 rows that cite it, by the spellings the thesis uses; only another year is editorial', () => {
    expect(theoryCited(theories, { name: 'Hafiz and Mullins', year: 2015 })?.id).toBe('hafez');
    expect(theoryCited(theories, { name: 'Fair', year: 2013 })).toBeUndefined();
    expect(edges('cited-by')).toEqual([
      ['theory:hafez', 'literature:1', false],
      ['theory:borum', 'literature:1', true],
      ['theory:schmid', 'literature:2', false],
      // One citation in the theory's year is enough.
      ['theory:borum', 'literature:3', false],
    ]);
  });

  it('consolidates candidates as the data says (inferred ones editorial), weights driver → group by Table 5, and links host organizations', () => {
    expect(edges('consolidated-into')).toEqual([
      ['literature:1', 'driver:recruitment', false],
      ['new:1', 'driver:desire-for-adventure', true],
    ]);
    const reported = view.edges.filter((e) => e.kind === 'reported-for');
    // Every positive Table 5 count, none for 0 or blank.
    const positive = [...kb.findings.values()].filter((f) => typeof f.data.tables.table5 === 'number' && f.data.tables.table5 > 0);
    expect(new Set(reported.map((e) => `${e.from}>${e.to}:${e.weight}`))).toEqual(
      new Set(positive.map((f) => `driver:${f.data.driver}>group:${f.data.group}:${f.data.tables.table5}`)),
    );
    expect(edges('hosts')).toEqual([['organization:org', 'group:iskp', false]]);
  });
});
