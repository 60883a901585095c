/**
 * Data notes are computed (src/knowledge/data-notes/), not written into
 * the chapter MDX, so the MDX has a place for them after every heading and
 * at the opening of each part (`<DataNoteMarker anchor="…" />`, written by
 * render-mdx.ts); there, the notes that concern that section get one small
 * link to the first of them in "Notes on this text", and their copies for
 * the margin (margin-notes.ts). A note about a section the page does not
 * have stops the build (unplacedNotes), so no note goes unmarked.
 */
import type { DataNote } from '../knowledge/data-notes/rules.ts';
import type { Part } from '../source/document.ts';
import { headingAnchor } from '../knowledge/sections.ts';

export interface NoteMarker {
  /** The id of the heading the marker follows; '' for the page's opening. */
  anchor: string;
  /** The first note's anchor in "Notes on this text". */
  href: string;
  label: string;
  /** The notes it stands for, in order (their copies go in the margin: margin-notes.ts). */
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

/** The marker of one section of `page` ('' for its opening), if notes concern it. */
export function dataNoteMarkerAt(notes: readonly DataNote[], page: string, anchor: string): NoteMarker | undefined {
  return dataNoteMarkers(notes, page).find((m) => m.anchor === anchor);
}

/** The markers whose section the part does not have: each would be a note nobody sees marked. */
export function unplacedMarkers(markers: readonly NoteMarker[], part: Part): NoteMarker[] {
  const anchors = new Set(['', ...part.blocks.flatMap((b) => (b.kind === 'heading' ? [b.anchor] : []))]);
  return markers.filter((m) => !anchors.has(m.anchor));
}
