/**
 * Data notes of the tables family: the counts of chapter 4 against
 * themselves and against Tables 5-9, and the claims of the Discussion and
 * Conclusion against the tables. Every rule reads the data (content/findings/,
 * content/drivers/ claims) as printed; see rules.ts for what each kind means.
 */
import { expandIntervieweeList } from '../interviewee-lists.ts';
import type { Entry } from '../entry.ts';
import { INTERVIEWEE_COUNT, type DriverId, type Finding, type GroupId, type SectionRef, type Statement, type TableCell } from '../schemas.ts';
import { caseStudyTable, countTablesOf, tableKey, tableName, tableNumber, tablePage, type CountTableKey } from '../table-pages.ts';
import type { DataNote, NoteSide } from './rules.ts';

/** A finding with the file it was read from (for ids and messages). */
export type FindingEntry = Entry<'findings'>;

const pct = (count: number) => (count / INTERVIEWEE_COUNT) * 100;

/** True when a printed percentage is count/22 rounded up or down. */
export function percentageMatches(count: number, printed: string): boolean {
  const value = Number(printed.replace('%', ''));
  const exact = pct(count);
  return value === Math.floor(exact) || value === Math.ceil(exact);
}

export function cellText(cell: TableCell | undefined): string {
  if (cell === undefined) return 'no such row';
  if (cell === null) return 'blank';
  return String(cell);
}

/** The tables that print a finding's cell, each once, with the cell as printed. */
function printedCells(data: Finding): Array<{ key: CountTableKey; cell: TableCell }> {
  return countTablesOf(data.group)
    .filter((key) => key in data.tables)
    .map((key) => ({ key, cell: data.tables[key] as TableCell }));
}

/** How a counted statement reads in a note: its count, percentage and footnote list as printed. */
const describe = (s: Statement) =>
  `${s.count?.asWritten ?? 'no count'}${s.percent ? ` (${s.percent})` : ''}${s.footnote !== null ? `, footnote ${s.footnote}: ${s.interviewees}` : ''}`;

/**
 * The case-study table's figure for a driver and group against the counts
 * the text gives for them. Returns at most one note:
 * - no note where a count is the table's figure, or the footnote lists taken
 *   together give it (Kashmir, financial motivations: footnotes 14 and 15
 *   list 2 + 6 = 8 people);
 * - partial-count where every count is, in the statement's own words
 *   (`countsPart`, quoted in the note), a count of a part of the driver;
 * - narrative-vs-table otherwise: the text counts the driver and none of its
 *   counts is the table's figure, a contradiction stated as such;
 * - table-figure-uncounted: the table prints a figure above 0 and the text
 *   counts no interviewee for this driver and group at all.
 */
export function checkTableAgainstText(id: string, data: Finding, key: CountTableKey): DataNote | null {
  const tableCell = data.tables[key];
  if (typeof tableCell !== 'number') return null;
  const noteId = `${id.replace(/\//g, '--')}-table`;
  const { driver, group } = data;
  const counted = data.statements.filter((s) => s.count?.value != null || s.interviewees !== null);
  const tableSource: NoteSide = { source: tableName(key), says: String(tableCell) };
  const section = counted[0]?.section ?? data.statements[0]?.section ?? { page: 'chapters/results' as const };
  if (counted.length === 0) {
    if (tableCell === 0) return null;
    return {
      id: noteId,
      kind: 'table-figure-uncounted',
      driver,
      group,
      message: `${tableName(key)} prints ${tableCell}; the text gives no count of interviewees for this driver and group.`,
      sources: [
        tableSource,
        {
          source: 'Text',
          says: data.statements.length
            ? `${data.statements.length} statement${data.statements.length > 1 ? 's' : ''}, none with a count or a footnote list`
            : 'no statement',
        },
      ],
      section,
    };
  }
  if (counted.some((s) => s.count?.value === tableCell)) return null;
  const listed = new Set(counted.flatMap((s) => (s.interviewees === null ? [] : expandIntervieweeList(s.interviewees))));
  if (listed.size === tableCell) return null;
  const different = `${listed.size} different interviewee${listed.size === 1 ? '' : 's'}`;
  if (counted.every((s) => s.countsPart !== null)) {
    return {
      id: noteId,
      kind: 'partial-count',
      driver,
      group,
      message: `${tableName(key)} prints ${tableCell} for this driver; the text counts only parts of it, in its own words (${counted
        .map((s) => `“${s.countsPart}”`)
        .join('; ')}), and their footnotes list ${different}.`,
      sources: [tableSource, ...counted.map((s) => ({ source: `Text, counting “${s.countsPart}”`, says: describe(s) }))],
      section,
    };
  }
  const whole = counted.find((s) => s.countsPart === null)!;
  return {
    id: noteId,
    kind: 'narrative-vs-table',
    driver,
    group,
    message: `${tableName(key)} prints ${tableCell}; the text counts ${counted.map((s) => s.count?.asWritten ?? `footnote ${s.footnote}`).join(', ')} for this driver and group, and its footnotes list ${different}: no count in the text is ${tableCell}.`,
    sources: [tableSource, ...counted.map((s) => ({ source: s.countsPart ? `Text, counting “${s.countsPart}”` : 'Text', says: describe(s) }))],
    section: whole.section,
  };
}

/**
 * Where a note on cells printed differently belongs: the table whose cell
 * differs from the other two, or, where no one table does (two tables, or
 * three cells all different), the last that prints the cell.
 */
function differingTable(printed: ReadonlyArray<{ key: CountTableKey; cell: TableCell }>): SectionRef {
  const texts = printed.map((p) => cellText(p.cell));
  const odd = printed.length > 2 ? printed.filter((_, i) => texts.filter((t) => t === texts[i]).length === 1) : [];
  const at = (odd.length === 1 ? odd[0] : printed.at(-1))!;
  return { page: tablePage(tableNumber(at.key)) };
}

export function checkFindings(findings: readonly FindingEntry[]): DataNote[] {
  const notes: DataNote[] = [];
  for (const { id, data } of findings) {
    const { driver, group } = data;
    data.statements.forEach((s, i) => {
      const noteId = `${id.replace(/\//g, '--')}-${i + 1}`;
      const count = s.count?.value ?? null;
      const listed = s.interviewees === null ? null : expandIntervieweeList(s.interviewees);
      if (s.percent !== null) {
        const basis = count ?? listed?.length ?? null;
        if (basis !== null && !percentageMatches(basis, s.percent)) {
          notes.push({
            id: `${noteId}-percentage`,
            kind: 'percentage-vs-count',
            driver,
            group,
            message: `The text prints ${s.percent} for ${count !== null ? `a count of ${count}` : `the ${basis} interviewees its footnote lists`}; ${basis} out of 22 is ${pct(basis).toFixed(1)}%.`,
            sources: [
              ...(s.count ? [{ source: 'Count in the text', says: s.count.asWritten }] : []),
              { source: 'Percentage in the text', says: s.percent },
              ...(count === null && listed ? [{ source: `Footnote ${s.footnote}`, says: `Interviewees ${s.interviewees}` }] : []),
              { source: 'Count out of 22', says: `${pct(basis).toFixed(1)}%` },
            ],
            section: s.section,
          });
        }
      }
      if (count !== null && listed !== null && listed.length !== count) {
        notes.push({
          id: `${noteId}-footnote`,
          kind: 'footnote-list-vs-count',
          driver,
          group,
          message: `The sentence counts ${count} interviewees; footnote ${s.footnote} lists ${listed.length}.`,
          sources: [
            { source: 'Count in the text', says: s.count?.asWritten ?? String(count) },
            { source: `Footnote ${s.footnote}`, says: `Interviewees ${s.interviewees} (${listed.length} people)` },
          ],
          section: s.section,
        });
      }
    });

    const tableNote = checkTableAgainstText(id, data, tableKey(caseStudyTable(group)));
    if (tableNote) notes.push(tableNote);

    const printed = printedCells(data);
    const distinct = new Set(printed.map((p) => cellText(p.cell)));
    if (distinct.size > 1) {
      notes.push({
        id: `${id.replace(/\//g, '--')}-cells`,
        kind: 'table-cells-differ',
        driver,
        group,
        message: `The tables print this cell differently: ${printed.map((p) => `${tableName(p.key)} ${cellText(p.cell)}`).join(', ')}.`,
        sources: printed.map((p) => ({ source: tableName(p.key), says: cellText(p.cell), section: { page: tablePage(tableNumber(p.key)) } })),
        section: differingTable(printed),
      });
    }
  }
  return notes;
}

/** Words that say no interviewee named a driver: "not … according to any of my interviewees", "no interviewee", "none of the interviewees". */
export const NONE_SAID =
  /\b(?:not|no|never)\b[^.]*\baccording to any of (?:my|the) interviewees\b|\bno (?:interviewee|respondent)s?\b|\bnone of (?:my|the) (?:interviewees|respondents)\b/i;

/** A cell printed blank where the text says no interviewee named the driver for the group (blank is not 0). */
export function checkBlankVsNone(findings: readonly FindingEntry[]): DataNote[] {
  const notes: DataNote[] = [];
  for (const { id, data } of findings) {
    const said = data.statements.find((s) => NONE_SAID.test(s.text));
    if (!said) continue;
    const printed = printedCells(data);
    const blank = printed.filter((p) => p.cell === null);
    if (!blank.length) continue;
    notes.push({
      id: `${id.replace(/\//g, '--')}-blank`,
      kind: 'blank-vs-none',
      driver: data.driver,
      group: data.group,
      message: `The text says no interviewee named this driver for this group; ${blank.map((p) => tableName(p.key)).join(', ')} leave${blank.length === 1 ? 's' : ''} the cell blank instead of printing 0.`,
      sources: [
        { source: 'The text', says: NONE_SAID.exec(said.text)?.[0] ?? said.text },
        ...printed.map((p) => ({ source: tableName(p.key), says: cellText(p.cell) })),
      ],
      section: said.section,
    });
  }
  return notes;
}

/** A claim of the Discussion or Conclusion that a driver draws (or does not draw) some host groups. */
export interface DriverClaim {
  driver: DriverId;
  /** The words of the thesis, verbatim. */
  words: string;
  groups: readonly GroupId[];
  says: 'drives' | 'does-not-drive';
  section: SectionRef;
}

/**
 * A claim the tables contradict: the text says a driver draws a group whose
 * cells are 0, "-" or blank in every table, or that it does not draw a group
 * for which a table prints a count above 0.
 */
export function checkClaims(claims: readonly DriverClaim[], findings: ReadonlyMap<string, FindingEntry>, groupName: (g: GroupId) => string): DataNote[] {
  const notes: DataNote[] = [];
  claims.forEach((claim) => {
    for (const group of claim.groups) {
      const finding = findings.get(`${group}/${claim.driver}`);
      if (!finding) continue;
      const printed = printedCells(finding.data);
      const positive = printed.some((p) => typeof p.cell === 'number' && p.cell > 0);
      if (claim.says === 'drives' ? positive : !positive) continue;
      const id = `claim-${claim.driver}-${group}-${claim.says}`;
      if (notes.some((n) => n.id === id)) continue;
      notes.push({
        id,
        kind: 'claim-vs-table',
        driver: claim.driver,
        group,
        message:
          claim.says === 'drives'
            ? `The text names this driver for ${groupName(group)}; the tables count no interviewee for it (${printed.map((p) => `${tableName(p.key)} ${cellText(p.cell)}`).join(', ')}).`
            : `The text says this driver does not draw ${groupName(group)}; ${printed
                .filter((p) => typeof p.cell === 'number' && p.cell > 0)
                .map((p) => `${tableName(p.key)} prints ${p.cell}`)
                .join(', ')}.`,
        sources: [
          { source: 'The text', says: claim.words, section: claim.section },
          ...printed.map((p) => ({ source: tableName(p.key), says: cellText(p.cell) })),
        ],
        section: claim.section,
      });
    }
  });
  return notes;
}

/**
 * What is wrong with a statement's `countsPart`, one message per problem
 * naming the file and field: the words must be the statement's own, and must
 * name a part, not the driver itself (any name the thesis prints for it).
 * Without such words a count is a count of the driver.
 */
export function countsPartProblems(findings: readonly FindingEntry[], driverNames: (d: DriverId) => readonly string[]): string[] {
  const squash = (t: string) => t.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
  return findings.flatMap(({ id, data }) =>
    data.statements.flatMap((s, i) => {
      if (s.countsPart === null) return [];
      const field = `content/findings/${id}.yaml: field "statements[${i}].countsPart"`;
      if (!squash(s.text).includes(squash(s.countsPart))) return [`${field}: "${s.countsPart}" is not words of the statement's text`];
      const named = driverNames(data.driver).find((n) =>
        new RegExp(`(?<![\\p{L}])${n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(s.countsPart!),
      );
      return named ? [`${field}: "${s.countsPart}" names the driver itself ("${named}"), not a part of it`] : [];
    }),
  );
}
