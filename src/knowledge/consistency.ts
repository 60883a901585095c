/**
 * Checks the thesis against itself and reports what disagrees, as data notes.
 * Nothing here corrects the thesis: a note shows what each source says and
 * where, and the pages show both. Inconsistencies in the thesis are never a
 * build failure; only malformed data is (see schemas.ts).
 *
 * The rules, each computed from the data and the thesis text (content/source/thesis.txt,
 * read by src/source/audit-text.ts); their plain-word explanations, shown on
 * /data/, are in note-rules.ts, and every note carries its rule as `kind`:
 * - percentage-vs-count, footnote-list-vs-count: a statement's own figures;
 * - narrative-vs-table, partial-count, table-figure-uncounted: the case-study
 *   table's figure against the text's counts (checkTableAgainstText);
 * - table-cells-differ: Tables 5, 6–8 and 9 print the same cell differently;
 * - blank-vs-none: a blank cell where the text says no interviewee;
 * - claim-vs-table: a Discussion or Conclusion claim the tables contradict;
 * - interview-date, quote-role: citations of interviews against the List of Interviews;
 * - event-year: one event of an organization's history given two years;
 * - stated-total, cross-reference, toc-numbering: the text against itself;
 * - citation-no-entry, citation-spelling, citation-year, citation-page:
 *   author-date citations against the reference list.
 */
import type { AuthorDateCitation, NumberedHeading, StatedTotal, TableReference } from '../source/audit-text.ts';
import type { InterviewCitation } from '../source/interview-citations.ts';
import { expandIntervieweeList } from './interviewee-lists.ts';
import type { Entry } from './entry.ts';
import {
  INTERVIEWEE_COUNT,
  type DatedEvent,
  type DriverId,
  type Finding,
  type GroupId,
  type Interviewee,
  type SectionRef,
  type Statement,
  type TableCell,
} from './schemas.ts';

export type NoteKind =
  | 'percentage-vs-count'
  | 'footnote-list-vs-count'
  | 'narrative-vs-table'
  | 'partial-count'
  | 'table-figure-uncounted'
  | 'table-cells-differ'
  | 'interview-date'
  | 'event-year'
  | 'stated-total'
  | 'cross-reference'
  | 'toc-numbering'
  | 'citation-no-entry'
  | 'citation-year'
  | 'citation-page'
  | 'citation-spelling'
  | 'blank-vs-none'
  | 'claim-vs-table'
  | 'quote-role';

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
export type FindingEntry = Entry<'findings'>;

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
      sources: [
        tableSource,
        {
          source: 'Text',
          says: data.statements.length
            ? `${data.statements.length} statement${data.statements.length > 1 ? 's' : ''}, none with a count or a footnote list`
            : 'no statement',
        },
      ],
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
        id: `${org.id}-${event
          .replace(/[^a-z0-9]+/gi, '-')
          .replace(/^-|-$/g, '')
          .toLowerCase()}`,
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

// ---------------------------------------------------------------------------
// Rules over the text itself (src/source/audit-text.ts reads what they compare).

/** Totals stated with their parts, where the parts do not add up to the total. */
export function checkStatedTotals(totals: readonly StatedTotal[]): DataNote[] {
  return totals.flatMap((t) => {
    const sum = t.parts.reduce((a, p) => a + p.value, 0);
    if (sum === t.total) return [];
    const fmt = (n: number) => n.toLocaleString('en-US');
    return [
      {
        id: `stated-total-${t.total}`,
        kind: 'stated-total' as const,
        message: `The text gives a total of ${fmt(t.total)} and parts that add up to ${fmt(sum)} (${t.parts.map((p) => fmt(p.value)).join(' + ')}).`,
        sources: [
          { source: 'Total in the text', says: t.totalAsWritten },
          { source: 'Parts in the text', says: t.parts.map((p) => p.asWritten).join(', ') },
          { source: 'Sum of the parts', says: fmt(sum) },
        ],
        section: t.section,
      },
    ];
  });
}

/** A sentence that sends the reader to one table, followed directly by another. */
export function checkTableReferences(refs: readonly TableReference[]): DataNote[] {
  return refs.flatMap((r) =>
    r.nextCaption && r.nextCaption.table !== r.table
      ? [
          {
            id: `cross-reference-table-${r.table}`,
            kind: 'cross-reference' as const,
            message: `The text says "${r.asWritten}", and the table printed right after it is Table ${r.nextCaption.table}.`,
            sources: [
              { source: 'The text', says: r.asWritten },
              { source: 'The table that follows', says: r.nextCaption.asWritten },
            ],
            section: r.section,
          },
        ]
      : [],
  );
}

const ORDINALS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10' };
const TITLE_STOP = new Set(['the', 'of', 'in', 'and', 'a']);
function titleWords(title: string): string[] {
  return title
    .toLowerCase()
    .replace(/[“”"'’:&.,]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !TITLE_STOP.has(w))
    .map((w) => ORDINALS[w] ?? w);
}
function overlap(a: readonly string[], b: readonly string[]): number {
  const A = new Set(a.filter((w) => !/^\d+$/.test(w)));
  const B = new Set(b.filter((w) => !/^\d+$/.test(w)));
  const both = [...A].filter((w) => B.has(w)).length;
  return both / (new Set([...A, ...B]).size || 1);
}

/**
 * Section numbering that differs between the table of contents and the body:
 * a heading whose title the table of contents gives under another number, or
 * whose number in words differs ("Case study One" / "Case study two").
 * Headings only worded differently (Issue / Conflict) are not numbering.
 */
export function checkTocNumbering(toc: readonly NumberedHeading[], body: readonly NumberedHeading[]): DataNote[] {
  const notes: DataNote[] = [];
  const bodyNumbers = new Set(body.map((b) => b.number));
  for (const b of body) {
    const words = titleWords(b.title);
    let best: NumberedHeading | undefined;
    let bestScore = 0;
    for (const t of toc) {
      const score = overlap(words, titleWords(t.title));
      if (score > bestScore || (score === bestScore && score > 0 && t.number === b.number)) {
        best = t;
        bestScore = score;
      }
    }
    if (!best || bestScore < 0.6) continue;
    const tocWords = titleWords(best.title);
    const numeralsDiffer =
      tocWords.length === words.length &&
      tocWords.some((w, i) => w !== words[i]) &&
      tocWords.every((w, i) => w === words[i] || (/^\d+$/.test(w) && /^\d+$/.test(words[i] ?? '')));
    if (best.number === b.number && !numeralsDiffer) continue;
    const missing = best.number !== b.number && !bodyNumbers.has(best.number) ? ` The text has no section ${best.number}.` : '';
    notes.push({
      id: `toc-${b.number.replace(/\./g, '-')}`,
      kind: 'toc-numbering',
      message:
        best.number !== b.number
          ? `The table of contents numbers this section ${best.number}; the heading in the text numbers it ${b.number}.${missing}`
          : `The table of contents and the heading in the text number this section differently in words: "${best.title}" and "${b.title}".`,
      sources: [
        { source: 'Table of contents', says: best.asWritten },
        { source: 'Heading in the text', says: b.asWritten },
      ],
      section: b.section ?? { page: 'front-matter' },
    });
  }
  return notes;
}

/** An entry of the reference list, as content/references/ holds it. */
export interface ReferenceEntry {
  id: string;
  text: string;
  authors: string;
  year: string;
  duplicates: readonly string[];
}

const normName = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z ]/g, '')
    .split(/\s+/)
    .filter((w) => w && w !== 'the');

/** "Hafiz & Mullins" → ["Hafiz", "Mullins"]; "Doosje, et al." → ["Doosje"]. */
export function citedNames(authors: string): string[] {
  return authors
    .replace(/,?\s*et al\.?/g, '')
    .replace(/['’]s$/, '')
    .split(/\s*(?:&|\band\b|,)\s*/)
    .map((n) => n.trim())
    .filter(Boolean);
}

/** "Hafez, M., & Mullins, C." → ["Hafez", "Mullins"]; "R. Hussein & Z. Omer" → ["Hussein", "Omer"]. */
export function entryNames(authors: string): string[] {
  return authors
    .replace(/\(Eds?\.\)/g, '')
    .split(/\s*(?:,|&)\s*/)
    .map((n) => n.replace(/^(?:[A-Z]\.\s*)+/, '').trim())
    .filter((n) => n && !/^(?:[A-Z]\.?\s*)+$/.test(n) && !/^[A-Z][a-z]?$/.test(n));
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** The same name: same last word, one name's words among the other's, or an acronym ("UN CTITF"). */
export function sameName(cited: string, entry: string): boolean {
  const a = normName(cited);
  const b = normName(entry);
  if (!a.length || !b.length) return false;
  if (a.at(-1) === b.at(-1)) return true;
  if (a.every((w) => b.includes(w)) || b.every((w) => a.includes(w))) return true;
  const acronym = entry
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('')
    .toLowerCase();
  if (acronym.length >= 3 && acronym === a.join('')) return true;
  const [ca, cb] = [a.join(''), b.join('')];
  return Math.min(ca.length, cb.length) >= 5 && (ca.startsWith(cb) || cb.startsWith(ca));
}

/** A near spelling: last words at most two edits apart (one for short names). */
export function nearName(cited: string, entry: string): boolean {
  const a = normName(cited).at(-1);
  const b = normName(entry).at(-1);
  if (!a || !b || Math.min(a.length, b.length) < 4) return false;
  return levenshtein(a, b) <= (Math.min(a.length, b.length) <= 5 ? 1 : 2);
}

/** Page ranges an entry prints for the work (not in its title, not paragraphs): "22(2), 267-291" → [267, 291]. */
export function pageRanges(entry: ReferenceEntry): Array<[number, number]> {
  return [entry.text, ...entry.duplicates].flatMap((text) =>
    [
      ...text
        .replace(/\*[^*]*\*/g, ' ')
        .replace(/<[^>]*>|https?:\S+/g, ' ')
        .replace(/para\.?\s*\d+(?:\s*-\s*\d+)?/gi, ' ')
        .matchAll(/(?:^|[\s,(])(\d+)\s*[-–]\s*(\d+)/g),
    ]
      .map((m) => [Number(m[1]), Number(m[2])] as [number, number])
      .filter(([from, to]) => from < to && to < 1900 && from !== 0),
  );
}

/**
 * The one reference entry an author-date citation names, or undefined where
 * it names none unambiguously: the entry's first author is the citation's
 * first name (by the audit's own name rules, sameName) and its year is the
 * cited year, and no other entry is. So a citation the audit notes for its
 * spelling, year or missing entry names none (they match no entry), and
 * neither do "Roy, 2002" (two entries of 2002) or "Fair, 2013" (Fair is
 * the entry's second author): the importer links what this returns, and
 * only that, to the entry on /references/.
 */
export function citedEntry<T extends Pick<ReferenceEntry, 'authors' | 'year'>>(
  citation: Pick<AuthorDateCitation, 'authors' | 'year'>,
  references: readonly T[],
): T | undefined {
  const first = citedNames(citation.authors)[0];
  if (!first) return undefined;
  const matches = references.filter((r) => {
    // An agency's initials ("AFP") are no person's name, and the whole field is its name.
    const firstAuthor = entryNames(r.authors)[0] ?? r.authors;
    return r.year === citation.year && sameName(first, firstAuthor);
  });
  return matches.length === 1 ? matches[0] : undefined;
}

type CitationProblem = 'citation-no-entry' | 'citation-year' | 'citation-page' | 'citation-spelling';

/**
 * Author-date citations of the text against the reference list. Per citation
 * (one note for all places that print it alike):
 * - citation-no-entry: a parenthetical citation whose author no entry has, under any spelling;
 * - citation-spelling: the author is spelled differently from the entry of that year ("Sterm" / "Stern");
 * - citation-year: entries under that author, none of that year ("Bakker & Coolsaet (2008)" / 2011);
 * - citation-page: the cited page lies outside every page range the entry prints.
 * Narrative citations and table rows whose name matches no entry at all are
 * not counted as citations (they may be a government or a place).
 */
export function checkCitations(citations: readonly AuthorDateCitation[], references: readonly ReferenceEntry[], label: SectionLabel): DataNote[] {
  const groups = new Map<string, { problem: CitationProblem; citation: AuthorDateCitation; places: AuthorDateCitation[]; entries: ReferenceEntry[] }>();
  for (const c of citations) {
    const first = citedNames(c.authors)[0];
    if (!first) continue;
    const named = references.filter((r) => entryNames(r.authors).some((n) => sameName(first, n)) || sameName(c.authors, r.authors));
    let problem: CitationProblem | null = null;
    let entries: ReferenceEntry[] = [];
    if (named.length) {
      const sameYear = named.filter((r) => r.year.includes(c.year));
      if (!sameYear.length) {
        problem = 'citation-year';
        entries = named;
      } else if (c.page) {
        const cited = c.page.split('-').map(Number);
        const withRanges = sameYear.filter((r) => pageRanges(r).length > 0);
        if (withRanges.length === sameYear.length && withRanges.every((r) => pageRanges(r).every(([from, to]) => cited.some((p) => p < from || p > to)))) {
          problem = 'citation-page';
          entries = withRanges;
        }
      }
    } else {
      const near = references.filter((r) => r.year.includes(c.year) && entryNames(r.authors).some((n) => nearName(first, n)));
      if (near.length) {
        problem = 'citation-spelling';
        entries = near;
      } else if (c.form === 'parenthetical') {
        problem = 'citation-no-entry';
      }
    }
    if (!problem) continue;
    const key = `${problem}-${normName(first).join('-')}-${c.year}${problem === 'citation-page' ? `-p${c.page}` : ''}`;
    const group = groups.get(key);
    if (group) group.places.push(c);
    else groups.set(key, { problem, citation: c, places: [c], entries });
  }
  return [...groups.entries()].map(([key, { problem, citation: c, places, entries }]) => {
    const first = citedNames(c.authors)[0]!;
    const who = c.authors.replace(/['’]s$/, '').replace(/,$/, '');
    const printed = [...new Set(places.map((p) => p.asWritten))];
    const ranges = entries.flatMap((e) => pageRanges(e).map(([a, b]) => `${a}-${b}`));
    const years = [...new Set(entries.map((e) => e.year))].join(', ');
    const spelled = entries[0] ? entryNames(entries[0].authors).find((n) => nearName(first, n)) : undefined;
    const message =
      problem === 'citation-no-entry'
        ? `The text cites ${who} (${c.year}); the reference list has no entry under ${first}.`
        : problem === 'citation-spelling'
          ? `The text spells the author "${first}"; the reference list's entry of ${c.year} spells it "${spelled}".`
          : problem === 'citation-year'
            ? `The text cites ${who} (${c.year}); the reference list has ${first} only for ${years}.`
            : `The text cites page ${c.page} of ${who} (${c.year}); the reference list gives the work's pages as ${[...new Set(ranges)].join(', ')}.`;
    const seen = new Set<string>();
    const placesOnce = places.filter((p) => {
      const k = `${p.asWritten}|${p.section.page}|${p.section.heading ?? ''}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    return {
      id: key,
      kind: problem,
      message: printed.length > 1 ? `${message} Printed as ${printed.map((p) => `"${p}"`).join(', ')}.` : message,
      sources: [
        ...placesOnce.map((p) => ({ source: `Citation in the text, ${label(p.section)}`, says: p.asWritten, section: p.section })),
        ...(entries.length
          ? entries.map((e) => ({ source: 'Reference list', says: e.text }))
          : [{ source: 'Reference list', says: `no entry under "${first}"` }]),
      ],
      section: c.section,
    };
  });
}

// ---------------------------------------------------------------------------
// Rules over the data read against the tables.

/** Words that say no interviewee named a driver: "not … according to any of my interviewees", "no interviewee", "none of the interviewees". */
export const NONE_SAID =
  /\b(?:not|no|never)\b[^.]*\baccording to any of (?:my|the) interviewees\b|\bno (?:interviewee|respondent)s?\b|\bnone of (?:my|the) (?:interviewees|respondents)\b/i;

/** A cell printed blank where the text says no interviewee named the driver for the group (blank is not 0). */
export function checkBlankVsNone(findings: readonly FindingEntry[]): DataNote[] {
  const notes: DataNote[] = [];
  for (const { id, data } of findings) {
    const said = data.statements.find((s) => NONE_SAID.test(s.text));
    if (!said) continue;
    const printed = (['table5', CASE_STUDY_TABLE[data.group], 'table9'] as const)
      .filter((key, i, all) => all.indexOf(key) === i && key in data.tables)
      .map((key) => ({ key, cell: data.tables[key] }));
    const blank = printed.filter((p) => p.cell === null);
    if (!blank.length) continue;
    notes.push({
      id: `${id.replace(/\//g, '--')}-blank`,
      kind: 'blank-vs-none',
      driver: data.driver,
      group: data.group,
      message: `The text says no interviewee named this driver for this group; ${blank.map((p) => tableName(p.key)).join(', ')} leave${blank.length === 1 ? 's' : ''} the cell blank instead of printing 0.`,
      sources: [
        { source: 'The text', says: NONE_SAID.exec(said.text)?.[0] ?? said.text },
        ...printed.map((p) => ({ source: tableName(p.key), says: cellText(p.cell) })),
      ],
      section: said.section,
    });
  }
  return notes;
}

/** A claim of the Discussion or Conclusion that a driver draws (or does not draw) some host groups. */
export interface DriverClaim {
  driver: DriverId;
  /** The words of the thesis, verbatim. */
  words: string;
  groups: readonly GroupId[];
  says: 'drives' | 'does-not-drive';
  section: SectionRef;
}

/**
 * A claim the tables contradict: the text says a driver draws a group whose
 * cells are 0, "-" or blank in every table, or that it does not draw a group
 * for which a table prints a count above 0.
 */
export function checkClaims(claims: readonly DriverClaim[], findings: ReadonlyMap<string, FindingEntry>, groupName: (g: GroupId) => string): DataNote[] {
  const notes: DataNote[] = [];
  claims.forEach((claim) => {
    for (const group of claim.groups) {
      const finding = findings.get(`${group}/${claim.driver}`);
      if (!finding) continue;
      const printed = (['table5', CASE_STUDY_TABLE[group], 'table9'] as const)
        .filter((key, i, all) => all.indexOf(key) === i && key in finding.data.tables)
        .map((key) => ({ key, cell: finding.data.tables[key] }));
      const positive = printed.some((p) => typeof p.cell === 'number' && p.cell > 0);
      if (claim.says === 'drives' ? positive : !positive) continue;
      const id = `claim-${claim.driver}-${group}-${claim.says}`;
      if (notes.some((n) => n.id === id)) continue;
      notes.push({
        id,
        kind: 'claim-vs-table',
        driver: claim.driver,
        group,
        message:
          claim.says === 'drives'
            ? `The text names this driver for ${groupName(group)}; the tables count no interviewee for it (${printed.map((p) => `${tableName(p.key)} ${cellText(p.cell)}`).join(', ')}).`
            : `The text says this driver does not draw ${groupName(group)}; ${printed
                .filter((p) => typeof p.cell === 'number' && p.cell > 0)
                .map((p) => `${tableName(p.key)} prints ${p.cell}`)
                .join(', ')}.`,
        sources: [
          { source: 'The text', says: claim.words, section: claim.section },
          ...printed.map((p) => ({ source: tableName(p.key), says: cellText(p.cell) })),
        ],
        section: claim.section,
      });
    }
  });
  return notes;
}

/** A quotation as the quote data holds it, with the words that introduce its speaker. */
export interface IntroducedQuote {
  interviewee: number;
  date: string;
  /** The words of the text that describe the speaker ("A former Inspector General of the Punjab Police"). */
  introducedAs: string;
  section: SectionRef;
}

const ROLE_STOP = new Set(['a', 'an', 'the', 'of', 'at', 'from', 'in', 'to', 'me', 'by', 'and', 'his', 'her', 'who', 'was', 'is']);
const roleWords = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z ]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !ROLE_STOP.has(w));
/** Share of the description's words found in the role. */
function containment(description: readonly string[], role: string): number {
  const words = new Set(roleWords(role));
  return description.filter((w) => words.has(w)).length / (description.length || 1);
}

/**
 * A quotation whose speaker the text describes with another interviewee's
 * role: every word of the description is in that other role (List of
 * Interviews), and not every word is in the role of the interviewee cited.
 */
export function checkQuoteRoles(quotes: readonly IntroducedQuote[], interviewees: readonly Interviewee[]): DataNote[] {
  const notes: DataNote[] = [];
  for (const q of quotes) {
    const cited = interviewees.find((i) => i.n === q.interviewee);
    if (!cited) continue;
    const words = roleWords(q.introducedAs);
    if (containment(words, cited.role) === 1) continue;
    const others = interviewees.filter((i) => i.n !== q.interviewee && containment(words, i.role) === 1);
    if (!others.length) continue;
    notes.push({
      id: `quote-role-${q.interviewee}-${q.date.replace(/[^0-9a-z]+/gi, '-').toLowerCase()}`,
      kind: 'quote-role',
      interviewee: q.interviewee,
      message: `The text introduces this quotation as from "${q.introducedAs}" and cites interviewee ${q.interviewee} (${cited.role}); that description is the role of interviewee ${others.map((o) => o.n).join(' or ')} in the List of Interviews.`,
      sources: [
        { source: 'The text', says: q.introducedAs },
        { source: `List of Interviews, interviewee ${q.interviewee}`, says: cited.role },
        ...others.map((o) => ({ source: `List of Interviews, interviewee ${o.n}`, says: o.role })),
      ],
      section: q.section,
    });
  }
  return notes;
}
