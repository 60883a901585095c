/**
 * Reading a cell of Tables 5-9 as printed: a count, 0, "-" or blank. Shared
 * by the pages, the charts and the rankings, so that every view of a cell
 * says the same thing.
 */
import { INTERVIEWEE_COUNT, type TableCell } from './schemas.ts';

/**
 * A cell as the table prints it, in a word where it prints none: "15", "0",
 * "blank", "\"-\"". What a chart labels a bar with and its number table shows:
 * a blank cell is "blank", never 0, and never more than the table says (Table 9
 * leaves blank some cells that Table 5 prints as 0).
 */
export function cellAsPrinted(cell: TableCell): string {
  if (cell === null) return 'blank';
  if (cell === '-') return '"-"';
  return String(cell);
}

/** How a table cell reads on a page: blank cells say so rather than showing 0. */
export function cellLabel(cell: TableCell): string {
  if (cell === null) return 'blank in the table (not reported)';
  if (cell === '-') return '"-" in the table';
  return `${cell} of ${INTERVIEWEE_COUNT}`;
}

/** A cell's value for sorting by count: blank and "-" sort below 0. */
export function rankValue(cell: TableCell): number {
  return typeof cell === 'number' ? cell : -1;
}

/** Standard competition ranking among table cells: equal counts share a rank (22, 22, 13 → 1, 1, 3); blank or "-" has none. */
export function competitionRank(cells: readonly TableCell[], cell: TableCell): number | null {
  if (typeof cell !== 'number') return null;
  return 1 + cells.filter((c) => typeof c === 'number' && c > cell).length;
}
