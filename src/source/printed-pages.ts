/**
 * The printed page numbers the thesis gives itself: the lines of its table of
 * contents and of its List of Tables, each with the page it names, as printed.
 * A small pure reader over the text: a plain typed list, in the thesis's
 * order, that citations (src/citation/page-ranges.ts) and the self-audit
 * (findTocEntries in audit-text.ts) share.
 *
 * The source keeps both lists as tab-separated lines under their headings:
 *   "No.\tTable of Contents\tPage No." then "4.2.\tCase study two: Afghanistan\t32"
 *   (unnumbered entries begin with a tab: "\tReferences\t63");
 *   "List of Tables\t\tPage No." then "Table 5\tFinal List of Drivers …\t23".
 */

/** A line of the table of contents, with the page it gives. */
export interface ContentsLine {
  /** "4.2.1" (without the final dot), or null for an unnumbered entry ("References"). */
  number: string | null;
  /** The title as printed: "Case study two: Afghanistan". */
  title: string;
  /** The printed page on which the entry begins. */
  page: number;
  /** The line as printed, tabs and all. */
  asWritten: string;
}

/** A line of the List of Tables, with the page it gives. */
export interface ListedTable {
  /** The table's number: 5 for "Table 5". */
  table: number;
  /** The caption as the List of Tables prints it. */
  caption: string;
  /** The printed page of the table. */
  page: number;
  asWritten: string;
}

const CONTENTS_HEADING = /^No\.\tTable of Contents\t/;
const CONTENTS_LINE = /^(\d+(?:\.\d+)*)?\.?\t(.+?)\t(\d+)\s*$/;
const TABLES_HEADING = /^List of Tables\t/;
const TABLES_LINE = /^Table (\d+)\t(.+?)\t(\d+)\s*$/;

/** The lines that follow a heading line, up to the first line that is not an entry. */
function linesUnder(source: string, heading: RegExp): string[] {
  const lines = source.split(/\r?\n/);
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return [];
  const body = lines.slice(start + 1);
  const end = body.findIndex((line) => !line.includes('\t'));
  return end < 0 ? body : body.slice(0, end);
}

/** Every line of the table of contents, numbered or not, with its page; [] when the source has no table of contents. */
export function readContents(source: string): ContentsLine[] {
  return linesUnder(source, CONTENTS_HEADING).flatMap((line) => {
    const m = CONTENTS_LINE.exec(line);
    return m ? [{ number: m[1] ?? null, title: (m[2] ?? '').trim(), page: Number(m[3]), asWritten: line }] : [];
  });
}

/** Every line of the List of Tables, with its page; [] when the source has none. */
export function readListOfTables(source: string): ListedTable[] {
  return linesUnder(source, TABLES_HEADING).flatMap((line) => {
    const m = TABLES_LINE.exec(line);
    return m ? [{ table: Number(m[1]), caption: (m[2] ?? '').trim(), page: Number(m[3]), asWritten: line }] : [];
  });
}
