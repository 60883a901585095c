/**
 * Notes in the margin (issue 14): on a wide screen every footnote, editorial
 * note and data note of a thesis page is also shown in the margin, at the
 * line of its marker, as in Tufte's books (Tufte CSS's side notes, Quarto's
 * margin notes), while the lists at the end of the page ("Notes on this
 * text", "Footnotes") stay the notes themselves.
 *
 * Made on the model, not on the page's HTML: the chapter MDX gives each
 * marker its note's words (src/edition/render-mdx.ts: `<Fn n={2}>words</Fn>`,
 * `<EditorialNote n={1}>words</EditorialNote>`), and the data note markers
 * get theirs from the notes computed for the section (note-markers.ts). Each
 * marker's component writes the copy right after itself
 * (src/components/margin/MarginNote.astro), and CSS
 * (src/styles/margin-notes.css) floats it into the margin from that line,
 * each copy below the one before. No script measures or moves anything, so
 * nothing shifts once the page is drawn; on narrower screens and in print
 * the copies are not shown.
 *
 * The copies are for the eye only: inert and aria-hidden, so screen readers,
 * Tab and clicks pass them by (the marker's link leads to the note in the
 * end list), and left out of search (data-pagefind-ignore).
 */
import type { DataNote } from '../knowledge/data-notes/rules.ts';
import { footnotesOfPart, type Part } from '../source/document.ts';
import { hasEditorialNotes } from './editorial-notes.ts';

export type MarginNoteKind = 'footnote' | 'editorial' | 'data';

/** A data note's copy in the margin, or the one copy that stands for many. */
export interface DataMarginCopy {
  /** The note's own anchor in "Notes on this text" (the first one's, for a group). */
  note: string;
  /** A group of data notes: the anchors of all the notes it stands for. */
  group?: readonly string[];
  label: string;
  /** Plain text. */
  words: string;
}

/**
 * More data notes than this on one section get one copy in the margin that
 * says how many there are, instead of a copy each: Methodology's §3.1 has 30
 * (the self-audit's notes on Table 5), whose copies would fill some 2,500 px
 * of the margin and push every later footnote far below its marker. The
 * notes themselves are in "Notes on this text", where the marker leads.
 */
export const MAX_DATA_COPIES = 3;

/** The margin copies of the data notes one marker stands for. */
export function dataMarginCopies(notes: readonly DataNote[]): DataMarginCopy[] {
  if (notes.length > MAX_DATA_COPIES) {
    const group = notes.map((n) => `#note-${n.id}`);
    const words = `on this section, from the site's check of the thesis against itself; each is in “Notes on this text” at the end of the page.`;
    return [{ note: group[0]!, group, label: `${notes.length} data notes`, words }];
  }
  return notes.map((n) => ({ note: `#note-${n.id}`, label: 'Data note', words: n.message }));
}

/**
 * Whether a thesis page has notes for the margin: footnotes or editorial
 * notes in its part of the thesis, or data notes computed for it. Known
 * before the page's content is rendered, so the layout can make room for
 * them from the start (src/components/overrides/TwoColumnContent.astro).
 */
export const hasMarginNotes = (part: Part, dataNotesOnPage: number): boolean =>
  footnotesOfPart(part).length > 0 || hasEditorialNotes(part) || dataNotesOnPage > 0;
