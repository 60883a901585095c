/**
 * Pure functions that read the thesis's plain text (a PDF extraction) back into
 * its logical structure: paragraphs rejoined across page breaks, footnotes
 * lifted out of the running text, tables recognised by their tab-separated rows.
 *
 * Used by the importer (`scripts/import-thesis.ts`) that writes the chapter MDX,
 * and by the tests that compare the built site with the source, so that both
 * read the source the same way.
 */

/** Superscript digits the PDF extraction uses for footnote markers. */
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
export const FOOTNOTE_MARKER = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;

export function superscriptToNumber(marker: string): number {
  return Number([...marker].map((c) => SUPERSCRIPTS.indexOf(c)).join(''));
}

/** A footnote definition as the PDF placed it: at the foot of a page. */
export interface FootnoteDefinition {
  n: number;
  text: string;
}

export type Block = { kind: 'paragraph'; text: string } | { kind: 'footnote'; note: FootnoteDefinition } | { kind: 'table'; caption: string; rows: string[][] };

/** A line that is a footnote definition, e.g. "⁴ Interviewees 1-9, 11, 14-19, 21, 22." */
const FOOTNOTE_LINE = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(.*)$/u;
const TABLE_CAPTION = /^Table \d+: /;

/**
 * Splits text into blocks separated by blank lines. A table is a caption line
 * followed by tab-separated rows; a page break inside a table (a blank line
 * between rows, as in Table 8) does not end it.
 */
export function splitBlocks(text: string): Block[] {
  // Leading line breaks are dropped too: a heading must stand alone in its block to be read as one.
  const chunks = text
    .split(/\n\s*\n/)
    .map((c) => c.replace(/^\s*\n/u, '').replace(/\s+$/u, ''))
    .filter((c) => c.trim() !== '');
  const blocks: Block[] = [];
  for (const chunk of chunks) {
    const firstLine = chunk.split('\n')[0] ?? '';
    const footnote = FOOTNOTE_LINE.exec(chunk);
    if (footnote && !chunk.includes('\n')) {
      blocks.push({ kind: 'footnote', note: { n: superscriptToNumber(footnote[1] ?? ''), text: (footnote[2] ?? '').trim() } });
    } else if (TABLE_CAPTION.test(firstLine) && chunk.includes('\t')) {
      const [caption = '', ...rows] = chunk.split('\n');
      blocks.push({ kind: 'table', caption: caption.replace(/\t+$/u, '').trim(), rows: rows.map(splitRow) });
    } else if (isTableContinuation(chunk) && blocks.at(-1)?.kind === 'table') {
      const table = blocks.at(-1) as Extract<Block, { kind: 'table' }>;
      table.rows.push(...chunk.split('\n').map(splitRow));
    } else {
      blocks.push({ kind: 'paragraph', text: chunk });
    }
  }
  return blocks;
}

function splitRow(line: string): string[] {
  return line.split('\t').map((cell) => cell.trim());
}

/** Rows of a table that the PDF cut at a page break: every line starts "N<tab>". */
function isTableContinuation(chunk: string): boolean {
  return chunk.split('\n').every((line) => /^\d+\t/.test(line));
}

/** Does this text end a sentence (so a page break after it may end the paragraph)? */
export function endsSentence(text: string): boolean {
  const withoutMarkers = text.replace(FOOTNOTE_MARKER, '').trimEnd();
  return /[.?!:;”"’')\]]$/u.test(withoutMarkers);
}

/**
 * Rejoins paragraphs that a page break cut in two. In the extraction, a page
 * break shows up as a paragraph that stops mid-sentence, often followed by that
 * page's footnotes, then the rest of the paragraph. The footnotes are kept (in
 * order) for the caller to place where their markers are.
 *
 * A paragraph that ends with a comma and is followed by one that opens a quote
 * is the lead-in to a display quotation, not a page break.
 */
export function rejoinParagraphs(blocks: Block[]): { blocks: Block[]; seams: string[] } {
  const out: Block[] = [];
  const seams: string[] = [];
  let pending: Extract<Block, { kind: 'paragraph' }> | undefined;
  const held: Block[] = [];
  const flush = () => {
    if (pending) out.push(pending);
    out.push(...held);
    pending = undefined;
    held.length = 0;
  };
  for (const block of blocks) {
    if (block.kind === 'footnote' && pending) {
      held.push(block);
      continue;
    }
    if (block.kind === 'paragraph' && pending && !isHeadingLike(block.text) && !opensDisplayQuote(pending.text, block.text)) {
      const left = pending.text;
      const joiner = /-$/u.test(left) ? '' : ' ';
      seams.push(`${left.slice(-40)} ⏎ ${block.text.slice(0, 40)}`);
      pending = { kind: 'paragraph', text: left + joiner + block.text };
      if (endsSentence(pending.text)) {
        out.push(pending, ...held);
        pending = undefined;
        held.length = 0;
      }
      continue;
    }
    flush();
    if (block.kind === 'paragraph' && !endsSentence(block.text) && !isHeadingLike(block.text)) {
      pending = block;
    } else {
      out.push(block);
    }
  }
  flush();
  return { blocks: out, seams };
}

function opensDisplayQuote(lead: string, next: string): boolean {
  return /,$/u.test(lead) && /^[“"]/u.test(next);
}

/** Section headings ("2.2. “Cause Models” of Radicalization", "3. Enabling …"), which end no sentence. */
export function isHeadingLike(text: string): boolean {
  if (text.includes('\n') || text.length > 110) return false;
  return /^\d+(\.\d+)*\.\s?(\d+\.\s)?[“"A-Z]/u.test(text) && !/[.?!]$/u.test(text);
}

/** Every footnote definition in the source, by number. */
export function collectFootnotes(text: string): Map<number, string> {
  const notes = new Map<number, string>();
  for (const block of splitBlocks(text)) {
    if (block.kind === 'footnote') notes.set(block.note.n, block.note.text);
  }
  return notes;
}
