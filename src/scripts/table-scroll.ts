/**
 * What src/scripts/scrollable-tables.ts decides about a table too wide for
 * its column, as plain functions: which way it has more to show, and which of
 * its leading columns name the row and so stay in view.
 */

/** Which way a box scrolled to `left` of `scrollable` px has more to show (undefined: none). */
export function moreTowards(left: number, scrollable: number): 'left' | 'right' | 'both' | undefined {
  if (scrollable <= 1) return undefined;
  const atStart = left <= 1;
  const atEnd = left >= scrollable - 1;
  return atStart ? 'right' : atEnd ? 'left' : 'both';
}

/**
 * How many leading columns name the row: up to and including the first whose
 * body cells are not all numbers (a row header, or Table 5's "Drivers" after
 * its "No"), but never so many that nothing is left to scroll. 0 for a
 * table with no body rows.
 */
export function labelColumns(rows: ReadonlyArray<readonly string[]>): number {
  if (rows.length === 0) return 0;
  const width = Math.min(...rows.map((r) => r.length));
  const first = [...Array(width).keys()].find((i) => !rows.every((r) => /^\s*\d*\s*$/.test(r[i] ?? '')));
  // All but the last column would leave nothing to scroll: then only the first stays.
  return first !== undefined && first + 1 < width ? first + 1 : 1;
}
