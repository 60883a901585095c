/**
 * Notes in the margin (issue 14): on a wide screen every footnote, editorial
 * note and data note of a thesis page is also shown beside the paragraph that
 * cites it, as in Tufte's books or Distill's articles, while the lists at the
 * end of the page ("Notes on this text", "Footnotes") stay the notes themselves.
 *
 * Done on the page's rendered HTML (src/components/overrides/MarkdownContent.astro),
 * like the data note markers and the "Cite Table N" links: a copy of each note
 * goes right before the paragraph that holds its marker, and CSS
 * (src/styles/margin-notes.css) floats it into the margin, each below the one
 * before. No script measures or moves anything, so nothing shifts once the
 * page is drawn; on narrower screens and in print the copies are not shown.
 *
 * The copies are for the eye only. Screen readers skip them (aria-hidden): a
 * copy stands between two paragraphs, where reading it would interrupt the
 * text and repeat a note that its marker's link already leads to, in the end
 * list. Search skips them (data-pagefind-ignore), and so does Tab: their
 * links, which the end list holds too, get tabindex="-1".
 */
import type { DataNote } from '../knowledge/data-notes/rules.ts';
import type { NoteMarker } from './note-markers.ts';

export type MarginNoteKind = 'footnote' | 'editorial' | 'data';

export interface MarginNote {
  kind: MarginNoteKind;
  /** The href of the marker it belongs to: `#fn-2`, `#ed-1`, `#note-<id of the marker's first note>`. */
  marker: string;
  /** The note's own anchor in the end lists (the first one's, for a group of data notes). */
  note: string;
  /** A group of data notes: the anchors of all the notes it stands for. */
  group?: readonly string[];
  /** What the copy starts with: the footnote's number, "Editorial note 1", "Data note". */
  label: string;
  /** The note's words, as HTML. */
  words: string;
}

/** Data note markers of the page, as note-markers.ts makes them: the marker's href and the notes it stands for. */
export type DataMarkers = readonly Pick<NoteMarker, 'href' | 'notes'>[];

/** A footnote marker (src/user-components/Fn.astro). */
const FOOTNOTE_MARKER = /<sup class="fn-ref[^"]*"[^>]*>\s*<a href="(#fn-\d+)"/g;
/** An editorial or data note marker, a paragraph of its own (src/user-components/EditorialNote.astro, note-markers.ts). */
const NOTE_MARKER = /<p class="note-marker[^"]*"[^>]*>\s*<a href="(#(?:ed|note)-[^"]+)"/g;
const PARAGRAPH = /<p\b[^>]*>[^]*?<\/p>/g;
/** A footnote or editorial note in the page's end lists (FnItem.astro, EditorialNoteItem.astro). */
const LISTED_NOTE = /<li id="((?:fn|ed)-\d+)"[^>]*>([^]*?)<\/li>/g;
/** The link back to the marker that ends a listed note. */
const BACK_LINK = /\s*<a href="#(?:fnref|edref)-\d+"[^>]*>[^]*?<\/a>\s*$/;

/** The words of each footnote and editorial note listed on the page, by anchor (`#fn-2`), without the link back. */
export function listedNotes(html: string): Map<string, string> {
  return new Map([...html.matchAll(LISTED_NOTE)].map((m) => [`#${m[1]}`, m[2]!.replace(BACK_LINK, '')]));
}

/** A note's words for the margin: no ids (the end list has them), links out of the Tab order. */
const forTheMargin = (words: string) => words.replace(/\sid="[^"]*"/g, '').replace(/<a\s/g, '<a tabindex="-1" ');

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * More data notes than this on one section get one copy in the margin that
 * says how many there are, instead of a copy each: Methodology's §3.1 has 30
 * (the self-audit's notes on Table 5), whose copies would fill some 2,500 px
 * of the margin and push every later footnote far below its paragraph. The
 * notes themselves are in "Notes on this text", where the marker leads.
 */
export const MAX_DATA_COPIES = 3;

export function marginNoteHtml(note: MarginNote): string {
  const group = note.group ? ` data-notes="${note.group.join(' ')}"` : '';
  return (
    `<div class="margin-note margin-note--${note.kind}" data-for="${note.marker}" data-note="${note.note}"${group} aria-hidden="true" data-pagefind-ignore>` +
    `<span class="margin-note-label">${escapeHtml(note.label)}</span> ${note.words}</div>`
  );
}

/**
 * The page's HTML with a margin copy of each note before the paragraph that
 * cites it (in the order of the markers), and the copies made. A marker
 * without its note, or outside a paragraph, stops the build naming the page.
 */
export function addMarginNotes(html: string, dataMarkers: DataMarkers, page: string): { html: string; notes: MarginNote[] } {
  const listed = listedNotes(html);
  const dataNotes = new Map<string, readonly DataNote[]>(dataMarkers.map((m) => [m.href, m.notes]));

  const notesOf = (marker: string): MarginNote[] => {
    if (marker.startsWith('#note-')) {
      const notes = dataNotes.get(marker);
      if (!notes?.length) throw new Error(`Margin notes on ${page}: no data note for the marker ${marker}`);
      if (notes.length > MAX_DATA_COPIES) {
        const group = notes.map((n) => `#note-${n.id}`);
        const words = `on this section, from the site's check of the thesis against itself; each is in “Notes on this text” at the end of the page.`;
        return [{ kind: 'data', marker, note: group[0]!, group, label: `${notes.length} data notes`, words }];
      }
      return notes.map((n) => ({ kind: 'data', marker, note: `#note-${n.id}`, label: 'Data note', words: escapeHtml(n.message) }));
    }
    const words = listed.get(marker);
    if (words === undefined) throw new Error(`Margin notes on ${page}: the marker ${marker} has no note (no <li id="${marker.slice(1)}"> on the page)`);
    const footnote = marker.startsWith('#fn-');
    const n = marker.replace(/^#(?:fn|ed)-/, '');
    return [{ kind: footnote ? 'footnote' : 'editorial', marker, note: marker, label: footnote ? n : `Editorial note ${n}`, words: forTheMargin(words) }];
  };

  const notes: MarginNote[] = [];
  let placed = 0;
  const out = html.replace(PARAGRAPH, (paragraph) => {
    const markers = [...paragraph.matchAll(NOTE_MARKER), ...paragraph.matchAll(FOOTNOTE_MARKER)].map((m) => m[1]!);
    if (markers.length === 0) return paragraph;
    placed += markers.length;
    const copies = markers.flatMap(notesOf);
    notes.push(...copies);
    return copies.map(marginNoteHtml).join('') + paragraph;
  });
  const all = [...html.matchAll(NOTE_MARKER), ...html.matchAll(FOOTNOTE_MARKER)].map((m) => m[1]!);
  if (placed !== all.length) throw new Error(`Margin notes on ${page}: a note marker outside a paragraph, among ${all.join(', ')}`);
  return { html: out, notes };
}

/**
 * Whether a thesis page has notes for the margin: footnote or editorial note
 * markers in its MDX, or data notes computed for it. Known before the page's
 * content is rendered, so the layout can make room for them from the start
 * (src/components/overrides/TwoColumnContent.astro).
 */
export const hasMarginNotes = (mdx: string, dataMarkers: DataMarkers): boolean => /<(?:Fn|EditorialNote)\s/.test(mdx) || dataMarkers.length > 0;

/** addMarginNotes, checked against what the layout was told (hasMarginNotes): a mismatch stops the build. */
export function withMarginNotes(html: string, dataMarkers: DataMarkers, page: { slug: string; mdx: string }): string {
  const { html: out, notes } = addMarginNotes(html, dataMarkers, page.slug);
  if (notes.length > 0 !== hasMarginNotes(page.mdx, dataMarkers)) {
    throw new Error(`Margin notes on ${page.slug}: ${notes.length} made, but its MDX ${notes.length > 0 ? 'cites no note' : 'cites notes'} (hasMarginNotes)`);
  }
  return out;
}
