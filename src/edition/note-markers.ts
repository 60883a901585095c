/**
 * Data notes are computed (src/knowledge/data-notes/), not written into
 * the chapter MDX, so their markers are added to a thesis page's rendered
 * HTML (src/components/overrides/MarkdownContent.astro): after the heading of
 * each section a note concerns, one small link to the note in "Notes on this
 * text"; a note on a page's opening goes before its first paragraph.
 */
import type { DataNote } from '../knowledge/data-notes/rules.ts';
import { headingAnchor } from '../knowledge/sections.ts';

export interface NoteMarker {
  /** The id of the heading the marker follows; '' for the page's opening. */
  anchor: string;
  /** The first note's anchor in "Notes on this text". */
  href: string;
  label: string;
  /** The notes it stands for, in order (their copies go in the margin: src/edition/margin-notes.ts). */
  notes: readonly DataNote[];
}

/** The places of the thesis a note concerns: its section and the sections its sources quote. */
const placesOf = (note: DataNote) => [note.section, ...note.sources.flatMap((s) => (s.section ? [s.section] : []))];

/** The notes that concern a thesis page (a note that quotes several pages concerns each). */
export function notesOnPage(notes: readonly DataNote[], page: string): DataNote[] {
  return notes.filter((note) => placesOf(note).some((s) => s.page === page));
}

/** One marker per section of `page` that notes concern, in the notes' order. */
export function dataNoteMarkers(notes: readonly DataNote[], page: string): NoteMarker[] {
  const bySection = new Map<string, DataNote[]>();
  for (const note of notes) {
    const places = placesOf(note).filter((s) => s.page === page);
    for (const anchor of new Set(places.map((s) => (s.heading ? headingAnchor(s.heading) : '')))) {
      bySection.set(anchor, [...(bySection.get(anchor) ?? []), note]);
    }
  }
  return [...bySection].map(([anchor, list]) => ({
    anchor,
    href: `#note-${list[0]!.id}`,
    label: list.length === 1 ? 'Data note' : `${list.length} data notes`,
    notes: list,
  }));
}

const markerHtml = (m: Omit<NoteMarker, 'notes'>) => `<p class="note-marker note-marker--data"><a href="${m.href}">${m.label}</a></p>`;

/** The HTML with each marker after its heading (or at the start); a marker whose heading is not on the page is an error. */
export function addNoteMarkers(html: string, markers: readonly Omit<NoteMarker, 'notes'>[]): string {
  let out = html;
  for (const marker of markers) {
    if (marker.anchor === '') {
      out = markerHtml(marker) + out;
      continue;
    }
    const heading = new RegExp(`<h([2-6]) id="${marker.anchor}"[^>]*>[^]*?</h\\1>`);
    if (!heading.test(out)) throw new Error(`Data note marker: no heading #${marker.anchor} on the page for ${marker.href}`);
    out = out.replace(heading, (h) => h + markerHtml(marker));
  }
  return out;
}
