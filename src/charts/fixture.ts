/**
 * A small knowledge base for the chart unit tests: four drivers with their
 * real cells from Tables 5–9 (blank, 0 and "-" included), the five host
 * groups, the three conflicts and a few interviewees.
 */
import type { Entry, KnowledgeBase } from '../knowledge/index.ts';
import type { Finding, Group, Interviewee, Statement, TableCell } from '../knowledge/schemas.ts';
import type { ChartKnowledge } from './from-knowledge.ts';

const driver = (id: string, number: number, name: string, shortName: string): Entry<'drivers'> => ({
  id,
  data: {
    number,
    name,
    shortName,
    aliases: [],
    otherNames: [],
    description: 'x',
    descriptionFrom: [{ page: 'chapters/methodology' }],
    uniqueToThisStudy: false,
    claims: [],
  },
});
const group = (id: string, order: number, name: string, conflict: Group['conflict']): Entry<'groups'> => ({
  id,
  data: {
    order,
    name,
    conflict,
    aliases: [],
    otherNames: [],
    description: 'x',
    descriptionFrom: [{ page: 'chapters/methodology' }],
    organizations: [],
    namedIn: [],
  },
});
const conflict = (id: string, order: number, name: string, table: number): Entry<'conflicts'> => ({
  id,
  data: { order, name, caseStudy: `case-studies/${id}`, table, namedIn: [] },
});
const interviewee = (n: number, category: Interviewee['category']): Entry<'interviewees'> => ({
  id: String(n).padStart(2, '0'),
  data: { n, entry: 'x', role: 'x', category, date: '2019-04-20', dateAsWritten: '20 April 2019', place: 'x', mode: 'face-to-face' },
});

export const GROUPS = ['afghan-taliban', 'iskp', 'kashmiri-fighters', 'is-fighters', 'shia-fighters'] as const;

/** Cells per group, in GROUPS order; `undefined` where a table has no such row or column. */
type Row = Record<'table5' | 'table9', TableCell[]> & Partial<Record<'table6' | 'table7' | 'table8', Array<TableCell | undefined>>>;

const CELLS: Record<string, Row> = {
  'ethnic-identity': { table5: [15, null, 14, null, null], table9: [15, null, 14, null, null], table6: [undefined, undefined, 14], table7: [15, null] },
  recruitment: {
    table5: [22, 11, 22, 15, 22],
    table9: [22, 11, 22, 15, 22],
    table6: [undefined, undefined, 22],
    table7: [22, 11],
    table8: [undefined, undefined, undefined, 15, 22],
  },
  'geographical-proximity': { table5: [11, 8, 5, 0, 0], table9: [11, 8, 5, null, null], table6: [undefined, undefined, 5], table7: [11, 8] },
  'desire-for-adventure': { table5: [0, 7, 0, 8, 0], table9: [null, 7, null, 8, null], table7: [null, 7], table8: [undefined, undefined, undefined, 8, '-'] },
};

function findings(): Map<string, Entry<'findings'>> {
  const map = new Map<string, Entry<'findings'>>();
  for (const [driverId, row] of Object.entries(CELLS)) {
    GROUPS.forEach((groupId, i) => {
      const tables: Finding['tables'] = { table5: row.table5[i] ?? null, table9: row.table9[i] ?? null };
      for (const key of ['table6', 'table7', 'table8'] as const) {
        const cells = row[key];
        // `undefined` marks the columns a table does not have.
        const cell = cells?.[i];
        if (cell !== undefined) tables[key] = cell;
      }
      const id = `${groupId}/${driverId}`;
      map.set(id, { id, data: { driver: driverId as Finding['driver'], group: groupId, tables, statements: [], quotes: [] } });
    });
  }
  return map;
}

/** A chapter-4 statement whose footnote lists `interviewees`. */
const statement = (interviewees: string): Statement => ({
  text: 'x',
  count: null,
  percent: null,
  footnote: 1,
  interviewees,
  aspect: null,
  countsPart: null,
  section: { page: 'case-studies/afghanistan' },
});

/**
 * Who is counted where, as loadKnowledge indexes the footnote lists:
 * interviewee 1 in three findings (twice in one of them, by two
 * statements), interviewee 3 in one, the others in none.
 */
function countedIn(findings: Map<string, Entry<'findings'>>): ChartKnowledge['countedIn'] {
  const at = (id: string) => findings.get(id)!;
  const one = statement('1, 3');
  return new Map([
    [
      1,
      [
        { finding: at('afghan-taliban/recruitment'), statement: statement('1') },
        { finding: at('afghan-taliban/recruitment'), statement: statement('1-2') },
        { finding: at('iskp/recruitment'), statement: one },
        { finding: at('afghan-taliban/ethnic-identity'), statement: statement('1') },
      ],
    ],
    [3, [{ finding: at('is-fighters/desire-for-adventure'), statement: one }]],
  ]);
}

export function fixture(): ChartKnowledge {
  const all = findings();
  return {
    drivers: [
      driver('ethnic-identity', 1, 'Ethnic Identity', 'Ethnic identity'),
      driver('recruitment', 3, 'Recruitment by Individuals or Organizations', 'Recruitment'),
      driver('geographical-proximity', 4, 'Geographical proximity and Access to Conflict', 'Geographical proximity'),
      driver('desire-for-adventure', 6, 'Desire for Adventure', 'Desire for adventure'),
    ],
    groups: [
      group('afghan-taliban', 1, 'Afghan Taliban', 'afghanistan'),
      group('iskp', 2, 'ISKP', 'afghanistan'),
      group('kashmiri-fighters', 3, 'Kashmiri Fighters', 'kashmir'),
      group('is-fighters', 4, 'IS Fighters', 'syria'),
      group('shia-fighters', 5, 'Shia Fighters', 'syria'),
    ],
    conflicts: [conflict('kashmir', 1, 'Kashmir', 6), conflict('afghanistan', 2, 'Afghanistan', 7), conflict('syria', 3, 'Syria', 8)],
    findings: all,
    countedIn: countedIn(all),
    interviewees: [
      interviewee(1, 'nacta'),
      interviewee(2, 'nacta'),
      interviewee(3, 'journalist'),
      interviewee(4, 'police'),
      interviewee(5, 'police'),
      interviewee(6, 'police'),
    ],
  };
}

/** The same small knowledge base as a whole KnowledgeBase, for the page views' and preview cards' tests: empty lists for the rest. */
export function knowledgeFixture(overrides: Partial<KnowledgeBase> = {}): KnowledgeBase {
  return {
    ...fixture(),
    theories: [],
    definitions: [],
    candidateDrivers: [],
    organizations: [],
    references: [],
    related: [],
    backlinks: new Map(),
    citedIn: new Map(),
    notes: [],
    footnotePages: new Map(),
    ...overrides,
  };
}
