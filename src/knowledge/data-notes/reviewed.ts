/**
 * The data notes a reader found (content/data-notes/), for the kinds no rule
 * can compute (rules.ts: a `reviewed` kind). The build checks each quoted
 * side word for word against the part of the thesis its section names, and
 * stops naming the file and the field if one is not there; then each entry
 * becomes a note like any other.
 */
import type { Entry } from '../entry.ts';
import type { DataNote, SectionLabel } from './rules.ts';

/** What is wrong with the reviewed notes, one message per quoted side that the thesis does not print where the note says. */
export function reviewedNoteProblems(entries: ReadonlyArray<Entry<'dataNotes'>>, quoted: (words: string, page?: string) => boolean): string[] {
  return entries.flatMap(({ id, data }) =>
    data.sides.flatMap((side, i) =>
      quoted(side.says, side.section.page)
        ? []
        : [
            `content/data-notes/${id}.yaml: field "sides[${i}].says": "${side.says}" is not in ${side.section.page} of the thesis text (content/source/thesis.txt)`,
          ],
    ),
  );
}

/**
 * Parts of the thesis that print no data notes (the title page and abstract
 * have no "Notes on this text"): a side quoted from them is checked there but
 * not linked, so that no page marks a note it does not show.
 */
const SHOWS_NO_NOTES = new Set(['front-matter']);

/** Each reviewed note as a data note: its sides as printed, each with where it is. */
export function reviewedNotes(entries: ReadonlyArray<Entry<'dataNotes'>>, label: SectionLabel): DataNote[] {
  return entries.map(({ id, data }) => ({
    id,
    kind: data.kind,
    ...(data.driver ? { driver: data.driver } : {}),
    ...(data.group ? { group: data.group } : {}),
    ...(data.interviewee ? { interviewee: data.interviewee } : {}),
    ...(data.organization ? { organization: data.organization } : {}),
    message: data.message,
    sources: data.sides.map((s) => ({
      source: s.source ?? label(s.section),
      says: s.says,
      ...(SHOWS_NO_NOTES.has(s.section.page) ? {} : { section: s.section }),
    })),
    section: data.sides.find((s) => !SHOWS_NO_NOTES.has(s.section.page))!.section,
  }));
}
