/**
 * The rows of Tables 3 and 4 and the consolidated drivers they are merged
 * into, each merge with its own basis: the methodology's words (3.1), or the
 * site's reading. A row can be merged into two drivers on two bases (Table 3,
 * row 3: into recruitment as the methodology states, into enabling
 * environment by the site's reading), so the basis is always asked for a row
 * and a driver together.
 */
import type { Entry } from './entry.ts';
import type { CandidateMerge } from './schemas.ts';

type Row = Entry<'candidateDrivers'>;

/** The merge of `row` into `driver`, or undefined if the row is not merged into it. */
export function mergeOf(row: Row, driver: string): CandidateMerge | undefined {
  return row.data.consolidatedInto.find((m) => m.driver === driver);
}

/** The rows merged into `driver`, each with the basis of that merge, in the order given. */
export function mergedInto(rows: readonly Row[], driver: string): Array<{ row: Row; merge: CandidateMerge }> {
  return rows.flatMap((row) => {
    const merge = mergeOf(row, driver);
    return merge ? [{ row, merge }] : [];
  });
}

/** The row's file, for messages. */
const fileOf = (row: Row) => `content/candidate-drivers/${row.id}.yaml`;

/** Every stated merge whose words the methodology (3.1) does not print, named by file and field. */
export function mergeProblems(rows: readonly Row[], quoted: (words: string, page?: string) => boolean): string[] {
  return rows.flatMap((row) =>
    row.data.consolidatedInto.flatMap((m, i) =>
      m.basis === 'stated' && !quoted(m.words, 'chapters/methodology')
        ? [`${fileOf(row)}: field "consolidatedInto[${i}].words": "${m.words}" is not in the methodology (chapters/methodology) of the thesis text`]
        : [],
    ),
  );
}

/**
 * A name listed as the thesis's for a driver that is the name of a row of
 * Table 3 or 4 is the thesis's only where the methodology states that row's
 * merge into that driver; a row the site merges by its own reading is shown
 * only with its basis (the driver page's "Where the driver comes from"). One
 * message per such name, naming file and field.
 */
export function rowNameProblems(drivers: ReadonlyArray<Entry<'drivers'>>, rows: readonly Row[]): string[] {
  const key = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
  return drivers.flatMap((d) =>
    d.data.aliases.flatMap((alias, i) => {
      const named = rows.filter((r) => key(r.data.name) === key(alias));
      if (named.length === 0 || named.some((r) => mergeOf(r, d.id)?.basis === 'stated')) return [];
      const row = named[0]!;
      return [
        `content/drivers/${d.id}.yaml: field "aliases[${i}]": "${alias}" is Table ${row.data.table}, row ${row.data.number}, which the methodology does not merge into this driver (${fileOf(row)}): not a name of the driver in the thesis. The page lists the row, with the basis of its merge, under "Where the driver comes from"`,
      ];
    }),
  );
}

/**
 * The names of a driver as a whole, as the thesis prints them: its name and
 * each half of it where a slash joins two ("Reaction to Social discrimination/
 * Quest for Significance"), its short name, and its aliases other than the
 * names of rows of Tables 3 and 4 (those name a part merged into it).
 */
export function ownNames(driver: Entry<'drivers'>, rows: readonly Row[]): string[] {
  const key = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
  const rowNames = new Set(rows.map((r) => key(r.data.name)));
  const { name, shortName, aliases } = driver.data;
  return [name, ...name.split('/').map((half) => half.trim()), shortName, ...aliases.filter((a) => !rowNames.has(key(a)))].filter((n) => n !== '');
}
