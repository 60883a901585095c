/**
 * Where the thesis prints each of its nine tables, and which host groups are
 * the columns of each case-study table: stated once for the knowledge layer
 * (the data notes, the evidence views and the links to a table all ask here).
 */
import type { GroupId } from './schemas.ts';

/** The part of the thesis (its page on this site) that prints each table. */
const PRINTED_IN = {
  1: 'chapters/framework',
  2: 'chapters/framework',
  3: 'chapters/methodology',
  4: 'chapters/methodology',
  5: 'chapters/methodology',
  6: 'case-studies/kashmir',
  7: 'case-studies/afghanistan',
  8: 'case-studies/syria',
  9: 'chapters/discussion',
} as const;

export type TableNumber = keyof typeof PRINTED_IN;
/** The tables of drivers by host group: 5 and 9 with every group, 6-8 with their case study's groups. */
export type CountTableKey = 'table5' | 'table6' | 'table7' | 'table8' | 'table9';

/** The host groups that are the columns of each case-study table, as printed. */
const CASE_STUDY_COLUMNS: Readonly<Record<6 | 7 | 8, readonly GroupId[]>> = {
  6: ['kashmiri-fighters'],
  7: ['afghan-taliban', 'iskp'],
  8: ['is-fighters', 'shia-fighters'],
};

/** The part of the thesis that prints Table `n`. */
export function tablePage(n: TableNumber): (typeof PRINTED_IN)[TableNumber] {
  return PRINTED_IN[n];
}

/** Link to Table `n` where the thesis prints it (the edition's `#table-N` anchor). */
export function tableHref(n: number): string {
  if (!(n in PRINTED_IN)) throw new Error(`The thesis prints no Table ${n}`);
  return `/${tablePage(n as TableNumber)}/#table-${n}`;
}

/** The case-study table whose columns include `group`: 6, 7 or 8. */
export function caseStudyTable(group: GroupId): 6 | 7 | 8 {
  const n = ([6, 7, 8] as const).find((t) => CASE_STUDY_COLUMNS[t].includes(group));
  if (n === undefined) throw new Error(`No case-study table has the host group "${group}"`);
  return n;
}

/** The key of a count table in the findings data ("table6"). */
export const tableKey = (n: 5 | 6 | 7 | 8 | 9): CountTableKey => `table${n}`;

/** 6 for "table6". */
export const tableNumber = (key: CountTableKey): 5 | 6 | 7 | 8 | 9 => Number(key.slice(5)) as 5 | 6 | 7 | 8 | 9;

/** "Table 6" for "table6". */
export const tableName = (key: CountTableKey): string => `Table ${key.slice(5)}`;

/** Table 5, the group's case-study table and Table 9: the tables that print a group's cells, each once. */
export const countTablesOf = (group: GroupId): CountTableKey[] => ['table5', tableKey(caseStudyTable(group)), 'table9'];
