/**
 * Loads the data collections once, checks what the schemas alone cannot
 * (src/knowledge/integrity.ts: every driver, group, finding and interviewee
 * present; references between entries resolve; the thesis's words are the
 * thesis's), and indexes them for every page to share: entries by id,
 * findings by driver and group, backlinks from the chapter marks, and the
 * data notes computed from the thesis.
 *
 * Pages call `loadKnowledge()`; it runs once per build.
 */
import { getCollection } from 'astro:content';
import marksYaml from '../../content/marks.yaml?raw';
import { THESIS, THESIS_TEXT as thesisSource } from '../source/thesis.ts';
import { findInterviewCitations } from '../source/interview-citations.ts';
import { THESIS_PAGES } from '../source/parts.ts';
import { buildBacklinks, buildCitedIn, type Mention } from './backlinks.ts';
import { findCitationUses } from './citation-links.ts';
import { findMentions, parseMarkRules } from './mentions.ts';
import { findAuthorDateCitations, findBodyHeadings, findStatedTotals, findTableReferences, findTocEntries } from '../source/audit-text.ts';
import { checkBlankVsNone, checkClaims, checkFindings, countsPartProblems } from './data-notes/tables.ts';
import { checkInterviewDates, checkQuoteRoles, type IntroducedQuote } from './data-notes/interviews.ts';
import { checkEventYears, checkStatedTotals, checkTableReferences, checkTocNumbering } from './data-notes/text.ts';
import { checkCitations } from './data-notes/citations.ts';
import { reviewedNoteProblems, reviewedNotes } from './data-notes/reviewed.ts';
import type { DataNote } from './data-notes/rules.ts';
import { mergeProblems, ownNames, rowNameProblems } from './merges.ts';
import { namedInProblems } from './named-in.ts';
import { quotationChecker } from './quoted.ts';
import { pageParagraphs } from '../source/paragraphs.ts';
import { expandIntervieweeList } from './interviewee-lists.ts';
import { DataError, checkData } from './integrity.ts';
import type { Entry } from './entry.ts';
import type { DriverId, Statement } from './schemas.ts';

export type { Entry } from './entry.ts';

export interface KnowledgeBase {
  drivers: Entry<'drivers'>[];
  groups: Entry<'groups'>[];
  conflicts: Entry<'conflicts'>[];
  /** Findings by "<group>/<driver>". */
  findings: Map<string, Entry<'findings'>>;
  interviewees: Entry<'interviewees'>[];
  theories: Entry<'theories'>[];
  definitions: Entry<'definitions'>[];
  candidateDrivers: Entry<'candidateDrivers'>[];
  organizations: Entry<'organizations'>[];
  references: Entry<'references'>[];
  related: Entry<'related'>[];
  /** "kind:id" → sections that mention it. */
  backlinks: Map<string, Mention[]>;
  /** Reference entry id → the sections whose author-date citations link to it, in reading order. */
  citedIn: Map<string, Mention[]>;
  notes: DataNote[];
  /** Footnote number → the thesis page it is printed on (the page of its marker). */
  footnotePages: Map<number, string>;
  /** Interviewee number → the statements whose footnotes count them. */
  countedIn: Map<number, Array<{ finding: Entry<'findings'>; statement: Statement }>>;
}

export { DataError } from './integrity.ts';
export { findingKey } from './keys.ts';

let cached: Promise<KnowledgeBase> | undefined;
export function loadKnowledge(): Promise<KnowledgeBase> {
  cached ??= buildKnowledge();
  return cached;
}

async function buildKnowledge(): Promise<KnowledgeBase> {
  const [drivers, groups, conflicts, findingList, interviewees, theories, definitions, candidateDrivers, organizations, references, related, dataNotes] =
    await Promise.all([
      getCollection('drivers'),
      getCollection('groups'),
      getCollection('conflicts'),
      getCollection('findings'),
      getCollection('interviewees'),
      getCollection('theories'),
      getCollection('definitions'),
      getCollection('candidateDrivers'),
      getCollection('organizations'),
      getCollection('references'),
      getCollection('related'),
      getCollection('dataNotes'),
    ]);

  // What the schemas alone cannot check, before anything reads the data (src/knowledge/integrity.ts).
  checkData({ drivers, groups, findings: findingList, interviewees, theories, candidateDrivers, organizations }, thesisSource);

  // The thesis's words in the data behind the notes and the compare pages: checked before anything reads them.
  const quoted = quotationChecker(thesisSource);
  const chapterText = (page: string) => pageParagraphs(thesisSource, page).join('\n');
  const wordProblems = [
    ...mergeProblems(candidateDrivers, quoted),
    ...rowNameProblems(drivers, candidateDrivers),
    ...countsPartProblems(findingList, (d) => {
      const driver = drivers.find((x) => x.id === d);
      return driver ? ownNames(driver, candidateDrivers) : [];
    }),
    ...namedInProblems(
      [
        ...groups.map((g) => ({ file: `content/groups/${g.id}.yaml`, namedIn: g.data.namedIn })),
        ...conflicts.map((c) => ({ file: `content/conflicts/${c.id}.yaml`, namedIn: c.data.namedIn })),
      ],
      chapterText,
    ),
    ...reviewedNoteProblems(dataNotes, quoted),
  ];
  if (wordProblems.length) throw new DataError(wordProblems.join('\n'));

  const findings = new Map<string, Entry<'findings'>>(findingList.map((f) => [f.id, { id: f.id, data: f.data }]));

  const countedIn = new Map<number, Array<{ finding: Entry<'findings'>; statement: Statement }>>();
  for (const finding of findings.values()) {
    for (const statement of finding.data.statements) {
      for (const n of statement.interviewees ? expandIntervieweeList(statement.interviewees) : []) {
        const list = countedIn.get(n) ?? [];
        list.push({ finding, statement });
        countedIn.set(n, list);
      }
    }
  }

  // Mentions and citation links, found on the document model: the same computation the chapter MDX was written from.
  const mentions = findMentions(
    THESIS,
    parseMarkRules(marksYaml),
    drivers.map((d) => ({ id: d.id, names: [d.data.name, ...d.data.aliases] })),
  );
  const referenceList = references.map((r) => ({ id: r.id, ...r.data }));
  const citationUses = findCitationUses(THESIS, referenceList);
  const footnotePages = new Map([...THESIS.footnotes.values()].map((f) => [f.n, f.section.page]));
  const intervieweeList = interviewees.map((i) => i.data);
  const label = (section: { page: string; heading?: string | undefined }) => `${pageLabel(section.page)}${section.heading ? `, ${section.heading}` : ''}`;
  const groupName = (id: string): string => groups.find((g) => g.id === id)?.data.name ?? id;
  const introduced: IntroducedQuote[] = [...findings.values()].flatMap((f) =>
    f.data.quotes.flatMap((q) => (q.introducedAs ? [{ interviewee: q.interviewee, date: q.date, introducedAs: q.introducedAs, section: q.section }] : [])),
  );
  const notes = [
    ...checkFindings([...findings.values()]),
    ...checkBlankVsNone([...findings.values()]),
    ...checkClaims(
      drivers.flatMap((d) => d.data.claims.map((c) => ({ ...c, driver: d.id as DriverId }))), // ids checked against DRIVER_IDS above
      findings,
      groupName,
    ),
    ...checkInterviewDates(findInterviewCitations(thesisSource), intervieweeList),
    ...checkQuoteRoles(introduced, intervieweeList),
    ...checkEventYears(organizations, label),
    ...checkStatedTotals(findStatedTotals(thesisSource)),
    ...checkTableReferences(findTableReferences(thesisSource)),
    ...checkTocNumbering(findTocEntries(thesisSource), findBodyHeadings(thesisSource)),
    ...checkCitations(findAuthorDateCitations(thesisSource), referenceList, label),
    ...reviewedNotes(dataNotes, label),
  ];

  return {
    drivers: drivers.sort((a, b) => a.data.number - b.data.number),
    groups: groups.sort((a, b) => a.data.order - b.data.order),
    conflicts: conflicts.sort((a, b) => a.data.order - b.data.order),
    findings,
    interviewees: interviewees.sort((a, b) => a.data.n - b.data.n),
    theories: theories.sort((a, b) => a.data.name.localeCompare(b.data.name)),
    definitions: definitions.sort((a, b) => a.data.table - b.data.table || a.data.row - b.data.row),
    candidateDrivers: candidateDrivers.sort((a, b) => a.data.table - b.data.table || a.data.number - b.data.number),
    organizations: organizations.sort((a, b) => a.data.name.localeCompare(b.data.name)),
    references,
    related,
    backlinks: buildBacklinks(mentions.uses),
    citedIn: buildCitedIn(citationUses),
    notes,
    footnotePages,
    countedIn,
  };
}

/** Label of a thesis page for section links. */
export function pageLabel(slug: string): string {
  return THESIS_PAGES.find((p) => p.slug === slug)?.label ?? slug;
}
