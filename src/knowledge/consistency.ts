/**
 * Checks the thesis against itself and reports what disagrees, as data notes.
 * Nothing here corrects the thesis: a note shows what each source says and
 * where, and the pages show both. Inconsistencies in the thesis are never a
 * build failure; only malformed data is (see schemas.ts).
 *
 * The rules, each computed from the data:
 * - percentage-vs-count: a percentage that is not the count out of 22 (rounded
 *   up or down: the thesis truncates some, e.g. 18/22 = 81.8% printed "81%");
 * - footnote-list-vs-count: a footnote that lists more or fewer interviewees
 *   than the sentence says;
 * - narrative-vs-table: a driver's section gives counts for a group, none of
 *   which is the count its table prints;
 * - table-cells-differ: Tables 5, 6–8 and 9 print the same cell differently
 *   (a number, 0, "-" or blank);
 * - interview-date: a citation dates an interview differently from the List of Interviews;
 * - event-year: the text gives one event of an organization's history two
 *   different years (the years and their words are data: datedEvents in
 *   content/organizations/, checked against the text when it loads).
 */
import { expandIntervieweeList } from './interviewee-lists.ts';
import { INTERVIEWEE_COUNT, type DatedEvent, type DriverId, type Finding, type GroupId, type Interviewee, type SectionRef, type Statement, type TableCell } from './schemas.ts';

export type NoteKind =
  | 'percentage-vs-count'
  | 'footnote-list-vs-count'
  | 'narrative-vs-table'
  | 'partial-count'
  | 'table-figure-uncounted'
  | 'table-cells-differ'
  | 'interview-date'
  | 'event-year';

export interface DataNote {
  /** Stable id, used as the note's anchor. */
  id: string;
  kind: NoteKind;
  driver?: DriverId;
  group?: GroupId;
  interviewee?: number;
  /** An organization id (content/organizations/). */
  organization?: string;
  /** What each source says, in its own words, and where if not at `section`. */
  sources: Array<{ source: string; says: string; section?: SectionRef }>;
  /** One sentence saying what disagrees. */
  message: string;
  section: SectionRef;
}

/** A finding with the file it was read from (for ids and messages). */
export interface FindingEntry {
  id: string;
  data: Finding;
}

const pct = (count: number) => (count / INTERVIEWEE_COUNT) * 100;

/** True when a printed percentage is count/22 rounded up or down. */
export function percentageMatches(count: number, printed: string): boolean {
  const value = Number(printed.replace('%', ''));
  const exact = pct(count);
  return value === Math.floor(exact) || value === Math.ceil(exact);
}

export function cellText(cell: TableCell | undefined): string {
  if (cell === undefined) return 'no such row';
  if (cell === null) return 'blank';
  return String(cell);
}

const CASE_STUDY_TABLE: Record<GroupId, 'table6' | 'table7' | 'table8'> = {
  'kashmiri-fighters': 'table6',
  'afghan-taliban': 'table7',
  iskp: 'table7',
  'is-fighters': 'table8',
  'shia-fighters': 'table8',
};

const tableName = (key: string) => `Table ${key.slice(5)}`;

/**
 * The case-study table's figure for a driver and group against the counts
 * the text gives for them. Returns at most one note:
 * - narrative-vs-table: the text counts the whole driver (a statement with no
 *   aspect) and none of its counts is the table's figure;
 * - partial-count: the text counts only aspects of the driver (madrasas,
 *   mentors …), and neither one of those counts nor all their footnote lists
 *   together (an interviewee in several lists counted once) give the figure;
 * - table-figure-uncounted: the table prints a figure above 0 and the text
 *   counts no interviewee for this driver and group at all.
 * No note where a count, or the footnote lists taken together, give the figure
 * (Kashmir, financial motivations: footnotes 14 and 15 list 2 + 6 = 8 people).
 */
export function checkTableAgainstText(id: string, data: Finding, tableKey: 'table6' | 'table7' | 'table8'): DataNote | null {
  const tableCell = data.tables[tableKey];
  if (typeof tableCell !== 'number') return null;
  const noteId = `${id.replace(/\//g, '--')}-table`;
  const { driver, group } = data;
  const counted = data.statements.filter((s) => s.count?.value != null || s.interviewees !== null);
  const tableSource = { source: tableName(tableKey), says: String(tableCell) };
  const section = counted[0]?.section ?? data.statements[0]?.section ?? { page: 'chapters/results' as const };
  if (counted.length === 0) {
    if (tableCell === 0) return null;
    return {
      id: noteId,
      kind: 'table-figure-uncounted',
      driver,
      group,
      message: `${tableName(tableKey)} prints ${tableCell}; the text gives no count of interviewees for this driver and group.`,
      sources: [tableSource, { source: 'Text', says: data.statements.length ? `${data.statements.length} statement${data.statements.length > 1 ? 's' : ''}, none with a count or a footnote list` : 'no statement' }],
      section,
    };
  }
  if (counted.some((s) => s.count?.value === tableCell)) return null;
  const listed = new Set(counted.flatMap((s) => (s.interviewees === null ? [] : expandIntervieweeList(s.interviewees))));
  const describe = (s: Statement) =>
    `${s.count?.asWritten ?? 'no count'}${s.percent ? ` (${s.percent})` : ''}${s.footnote !== null ? `, footnote ${s.footnote}: ${s.interviewees}` : ''}`;
  const whole = counted.filter((s) => s.aspect === null && s.count?.value != null);
  if (whole.length > 0) {
    return {
      id: noteId,
      kind: 'narrative-vs-table',
      driver,
      group,
      message: `${tableName(tableKey)} prints ${tableCell}; no count in the text for this driver and group is ${tableCell}.`,
      sources: [tableSource, ...counted.map((s) => ({ source: `Text${s.aspect ? ` (${s.aspect})` : ''}`, says: describe(s) }))],
      section: whole[0]!.section,
    };
  }
  if (listed.size === tableCell) return null;
  const aspects = [...new Set(counted.map((s) => s.aspect))].join('; ');
  return {
    id: noteId,
    kind: 'partial-count',
    driver,
    group,
    message: `The text counts part of this driver: ${aspects}. ${tableName(tableKey)} prints ${tableCell} for the whole driver; the text's footnotes list ${listed.size} different interviewee${listed.size === 1 ? '' : 's'} for these parts. Not a contradiction: the text does not count the driver as a whole.`,
    sources: [tableSource, ...counted.map((s) => ({ source: `Text (${s.aspect})`, says: describe(s) }))],
    section,
  };
}

export function checkFindings(findings: readonly FindingEntry[]): DataNote[] {
  const notes: DataNote[] = [];
  for (const { id, data } of findings) {
    const { driver, group } = data;
    data.statements.forEach((s, i) => {
      const noteId = `${id.replace(/\//g, '--')}-${i + 1}`;
      const count = s.count?.value ?? null;
      const listed = s.interviewees === null ? null : expandIntervieweeList(s.interviewees);
      if (s.percent !== null) {
        const basis = count ?? listed?.length ?? null;
        if (basis !== null && !percentageMatches(basis, s.percent)) {
          notes.push({
            id: `${noteId}-percentage`,
            kind: 'percentage-vs-count',
            driver,
            group,
            message: `The text prints ${s.percent} for ${count !== null ? `a count of ${count}` : `the ${basis} interviewees its footnote lists`}; ${basis} out of 22 is ${pct(basis).toFixed(1)}%.`,
            sources: [
              ...(s.count ? [{ source: 'Count in the text', says: s.count.asWritten }] : []),
              { source: 'Percentage in the text', says: s.percent },
              ...(count === null && listed ? [{ source: `Footnote ${s.footnote}`, says: `Interviewees ${s.interviewees}` }] : []),
              { source: 'Count out of 22', says: `${pct(basis).toFixed(1)}%` },
            ],
            section: s.section,
          });
        }
      }
      if (count !== null && listed !== null && listed.length !== count) {
        notes.push({
          id: `${noteId}-footnote`,
          kind: 'footnote-list-vs-count',
          driver,
          group,
          message: `The sentence counts ${count} interviewees; footnote ${s.footnote} lists ${listed.length}.`,
          sources: [
            { source: 'Count in the text', says: s.count?.asWritten ?? String(count) },
            { source: `Footnote ${s.footnote}`, says: `Interviewees ${s.interviewees} (${listed.length} people)` },
          ],
          section: s.section,
        });
      }
    });

    const tableKey = CASE_STUDY_TABLE[group];
    const tableNote = checkTableAgainstText(id, data, tableKey);
    if (tableNote) notes.push(tableNote);

    const printed = (['table5', tableKey, 'table9'] as const)
      .filter((key, i, all) => all.indexOf(key) === i && key in data.tables)
      .map((key) => ({ key, cell: data.tables[key] }));
    const distinct = new Set(printed.map((p) => cellText(p.cell)));
    if (distinct.size > 1) {
      notes.push({
        id: `${id.replace(/\//g, '--')}-cells`,
        kind: 'table-cells-differ',
        driver,
        group,
        message: `The tables print this cell differently: ${printed.map((p) => `Table ${p.key.slice(5)} ${cellText(p.cell)}`).join(', ')}.`,
        sources: printed.map((p) => ({ source: `Table ${p.key.slice(5)}`, says: cellText(p.cell) })),
        section: { page: 'chapters/methodology', heading: '3.1.Data Collection: Questionnaire & Interviews' },
      });
    }
  }
  return notes;
}

/** A citation of an interview in the running text, e.g. "(Interviewee 18, 13 April 2019)". */
export interface InterviewCitation {
  interviewee: number;
  /** The date as printed. */
  date: string;
  section: SectionRef;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Reads "17 April 2019", "April 1 2019", "April 05 2019", "16, April 2019" as an ISO date. */
export function parsePrintedDate(printed: string): string | null {
  const words = printed.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  const month = words.findIndex((w) => MONTHS.includes(w.toLowerCase()));
  const day = words.find((w) => /^\d{1,2}$/.test(w));
  const year = words.find((w) => /^\d{4}$/.test(w));
  if (month < 0 || !day || !year) return null;
  return `${year}-${String(MONTHS.indexOf(words[month]!.toLowerCase()) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export function checkInterviewDates(citations: readonly InterviewCitation[], interviewees: readonly Interviewee[]): DataNote[] {
  const byNumber = new Map(interviewees.map((i) => [i.n, i]));
  const notes: DataNote[] = [];
  const seen = new Set<string>();
  for (const c of citations) {
    const listed = byNumber.get(c.interviewee);
    const iso = parsePrintedDate(c.date);
    if (!listed || iso === null || iso === listed.date) continue;
    const id = `interview-${c.interviewee}-${iso}`;
    if (seen.has(id)) continue;
    seen.add(id);
    notes.push({
      id,
      kind: 'interview-date',
      interviewee: c.interviewee,
      message: `The text dates interview ${c.interviewee} "${c.date}"; the List of Interviews dates it ${listed.dateAsWritten}.`,
      sources: [
        { source: 'Citation in the text', says: c.date },
        { source: 'List of Interviews', says: listed.dateAsWritten },
      ],
      section: c.section,
    });
  }
  return notes;
}

/** Where a section is, in words: "Introduction, 1.1. Foreign Fighters in Historical Perspective". */
export type SectionLabel = (section: SectionRef) => string;

/** Notes each event of an organization that the text dates to more than one year; one note per event. */
export function checkEventYears(
  organizations: ReadonlyArray<{ id: string; data: { name: string; datedEvents: readonly DatedEvent[] } }>,
  label: SectionLabel,
): DataNote[] {
  const notes: DataNote[] = [];
  for (const org of organizations) {
    const byEvent = new Map<string, DatedEvent[]>();
    for (const dated of org.data.datedEvents) byEvent.set(dated.event, [...(byEvent.get(dated.event) ?? []), dated]);
    for (const [event, dates] of byEvent) {
      const years = [...new Set(dates.map((d) => d.year))];
      if (years.length < 2) continue;
      notes.push({
        id: `${org.id}-${event.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase()}`,
        kind: 'event-year',
        organization: org.id,
        message:
          years.length === 2
            ? `The text dates ${event} of ${org.data.name} to ${years[0]} in one place and to ${years[1]} in another.`
            : `The text dates ${event} of ${org.data.name} to ${years.join(', ')} in different places.`,
        sources: dates.map((d) => ({ source: label(d.section), says: d.asWritten, section: d.section })),
        section: dates[0]!.section,
      });
    }
  }
  return notes;
}
