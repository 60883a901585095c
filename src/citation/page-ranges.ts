/**
 * The printed pages of each part of the thesis and of each table, as a
 * citation gives them: from the thesis's own table of contents and List of
 * Tables (read by src/source/printed-pages.ts), never from this site's pages.
 *
 * - A part begins on the page its table-of-contents line gives and runs to
 *   the page before the next part of the reading order begins. Where the next
 *   part begins on the same page (the Results chapter's opening and Case study
 *   One both on page 25), the part is that one page.
 * - The last part, Appendix A, runs to the thesis's last printed page. The
 *   source prints no page after "Appendix A … 70", and the appendix is half a
 *   page of text by the thesis's own measure (page-ranges.test.ts compares its
 *   length with the References' text per printed page), so the last printed
 *   page is 70: the page on which the last part begins.
 * - The front matter (title page, abstract, contents, acknowledgment) comes
 *   before page 1, where the table of contents begins its numbering, so it has
 *   no printed pages.
 * - A table is on the page its List of Tables line gives.
 *
 * Where the table of contents and the text disagree on a part's number or
 * title ("4.1. Case study One: Kashmir" against the heading "4.1. Case study
 * two: Kashmir"), the data notes say so; the pages are the contents line's,
 * and each range names the lines it comes from (`from`).
 */
import { THESIS_PAGES, type ThesisPage } from '../source/parts.ts';
import { readContents, readListOfTables, type ContentsLine, type ListedTable } from '../source/printed-pages.ts';
import { THESIS_TEXT } from '../source/thesis.ts';

export const PAGES_SOURCE_FILE = 'content/source/thesis.txt';

export class PageRangeError extends Error {}

/** A range of printed pages, and where its numbers come from. */
export interface PrintedPages {
  first: number;
  last: number;
  /** The line that gives the first page, as printed. */
  from: { list: 'table of contents' | 'List of Tables'; line: string };
  /** The line of the next part, whose page ends this range; null for the last part and for a table. */
  until: { line: string; page: number } | null;
}

/** A contents or List of Tables line as a reader sees it: its cells before the page, one space apart ("4.1. Case study One: Kashmir"). */
export const printedEntry = (line: string): string =>
  line
    .split('\t')
    .slice(0, -1)
    .map((cell) => cell.trim())
    .filter(Boolean)
    .join(' ');

/** The leading section number of a part's label: "4.1" for "4.1. Case study One: Kashmir", null for "References". */
const labelNumber = (label: string): string | null => /^(\d+(?:\.\d+)*)\.?\s/.exec(label)?.[1] ?? null;

/** The contents line of a part: the line with its number, or (unnumbered) the line whose title its label begins with. */
function contentsLineOf(page: ThesisPage, contents: readonly ContentsLine[]): ContentsLine | undefined {
  const number = labelNumber(page.label);
  if (number !== null) return contents.find((line) => line.number === number);
  return contents.find((line) => line.number === null && (page.label === line.title || page.label.startsWith(`${line.title}:`)));
}

/**
 * The printed pages of every part of the reading order that the table of
 * contents lists, by slug. Throws, naming the file, when a part after page 1
 * has no contents line or the pages run backwards.
 */
export function partPages(pages: readonly ThesisPage[], contents: readonly ContentsLine[], file: string = PAGES_SOURCE_FILE): Map<string, PrintedPages> {
  if (!contents.length)
    throw new PageRangeError(`${file}: no table of contents with page numbers ("No.\\tTable of Contents\\tPage No."), so no part has printed pages`);
  const starts: Array<{ slug: string; line: ContentsLine }> = [];
  for (const page of pages) {
    const line = contentsLineOf(page, contents);
    if (line) starts.push({ slug: page.slug, line });
    // Parts before the first listed one (the front matter) precede page 1; a gap after it is an error.
    else if (starts.length)
      throw new PageRangeError(`${file}: the table of contents has no line for "${page.label}" (${page.slug}), so its printed pages are unknown`);
  }
  const ranges = new Map<string, PrintedPages>();
  starts.forEach(({ slug, line }, i) => {
    const next = starts[i + 1]?.line;
    if (next && next.page < line.page) {
      throw new PageRangeError(
        `${file}: the table of contents gives "${printedEntry(next.asWritten)}" page ${next.page}, before "${printedEntry(line.asWritten)}" on page ${line.page}`,
      );
    }
    ranges.set(slug, {
      first: line.page,
      // The page before the next part begins, or this one page when the next begins on it; the last part ends on the page it begins (see above).
      last: next ? Math.max(line.page, next.page - 1) : line.page,
      from: { list: 'table of contents', line: printedEntry(line.asWritten) },
      until: next ? { line: printedEntry(next.asWritten), page: next.page } : null,
    });
  });
  return ranges;
}

/** The printed page of Table n, from the List of Tables; throws, naming the file, when the list has no such table. */
export function tablePages(n: number, listed: readonly ListedTable[], file: string = PAGES_SOURCE_FILE): PrintedPages {
  const line = listed.find((t) => t.table === n);
  if (!line) throw new PageRangeError(`${file}: the List of Tables has no line for Table ${n}, so its printed page is unknown`);
  return { first: line.page, last: line.page, from: { list: 'List of Tables', line: printedEntry(line.asWritten) }, until: null };
}

/** The range as CSL-JSON `page` and BibTeX write it before formatting: "25-31", or "25" for one page. */
export const pageField = (pages: PrintedPages): string => (pages.first === pages.last ? String(pages.first) : `${pages.first}-${pages.last}`);

/** The range as printed in a text: "25–31", "25". */
export const pagesRange = (pages: PrintedPages): string => (pages.first === pages.last ? String(pages.first) : `${pages.first}–${pages.last}`);

/** The range as a reader reads it: "Pages 25–31", "Page 25". */
export const pagesLabel = (pages: PrintedPages): string => `${pages.first === pages.last ? 'Page' : 'Pages'} ${pagesRange(pages)}`;

/** The range and where it comes from, in one sentence, for the cite blocks and /cite/. */
export function pagesNote(pages: PrintedPages): string {
  const lead = `${pagesLabel(pages)} of the printed thesis, from its ${pages.from.list}: “${pages.from.line}”`;
  if (pages.from.list === 'List of Tables') return `${lead} is on page ${pages.first}.`;
  if (!pages.until)
    return `${lead} begins on page ${pages.first}, the last page the table of contents gives; the part is shorter than a page of the thesis’s text.`;
  const next = pages.until.page === pages.first ? 'on the same page' : `on page ${pages.until.page}`;
  return `${lead} begins on page ${pages.first}, and the next part, “${pages.until.line}”, ${next}.`;
}

/** The printed pages of the thesis's parts, by slug, from its table of contents. */
export const PART_PAGES: ReadonlyMap<string, PrintedPages> = partPages(THESIS_PAGES, readContents(THESIS_TEXT));

/** The List of Tables, with each table's printed page. */
export const LISTED_TABLES: readonly ListedTable[] = readListOfTables(THESIS_TEXT);

/** Every part of the reading order with its printed pages, if any, for /cite/'s list. */
export const partsWithPages = (): Array<{ label: string; path: string; pages: PrintedPages | undefined }> =>
  THESIS_PAGES.map((page) => ({ label: page.label, path: `/${page.slug}/`, pages: PART_PAGES.get(page.slug) }));
