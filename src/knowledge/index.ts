/**
 * Loads the data collections once, checks what the schemas alone cannot
 * (every driver, group, finding and interviewee present; references between
 * entries resolve), and indexes them for every page to share: entries by id,
 * findings by driver and group, backlinks from the chapter marks, and the
 * data notes computed from the thesis.
 *
 * Pages call `loadKnowledge()`; it runs once per build.
 */
import { getCollection } from 'astro:content';
import { THESIS_TEXT as thesisSource } from '../source/thesis-text.ts';
import { findInterviewCitations } from '../source/interview-citations.ts';
import { THESIS_PAGES } from '../source/parts.ts';
import { buildBacklinks, buildCitedIn, findCitationLinks, findMarks, type Mention } from './backlinks.ts';
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
import { IntervieweeListError, expandIntervieweeList } from './interviewee-lists.ts';
import type { Entry } from './entry.ts';
import { findingKey } from './keys.ts';
import { linkProblem } from './theory-links.ts';
import { DRIVER_IDS, GROUP_IDS, INTERVIEWEE_COUNT, type DriverId, type Statement } from './schemas.ts';

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

export class DataError extends Error {}

/** Fails with the file and the field named. */
function fail(file: string, field: string, problem: string): never {
  throw new DataError(`${file}: field "${field}": ${problem}`);
}

export { findingKey } from './keys.ts';

let cached: Promise<KnowledgeBase> | undefined;
export function loadKnowledge(): Promise<KnowledgeBase> {
  cached ??= buildKnowledge();
  return cached;
}

async function buildKnowledge(): Promise<KnowledgeBase> {
  const [drivers, groups, conflicts, findingList, interviewees, theories, definitions, candidateDrivers, organizations, references, related, docs, dataNotes] =
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
      getCollection('docs'),
      getCollection('dataNotes'),
    ]);

  requireAll(
    'content/drivers',
    drivers.map((d) => d.id),
    DRIVER_IDS,
  );
  requireAll(
    'content/groups',
    groups.map((g) => g.id),
    GROUP_IDS,
  );
  requireAll(
    'content/interviewees',
    interviewees.map((i) => i.id),
    Array.from({ length: INTERVIEWEE_COUNT }, (_, i) => String(i + 1).padStart(2, '0')),
  );
  for (const i of interviewees) {
    if (Number(i.id) !== i.data.n) fail(`content/interviewees/${i.id}.yaml`, 'n', `is ${i.data.n} but the file is named ${i.id}.yaml`);
  }
  requireAll(
    'content/findings',
    findingList.map((f) => f.id),
    GROUP_IDS.flatMap((g) => DRIVER_IDS.map((d) => findingKey(g, d))),
  );

  const orgIds = new Set(organizations.map((o) => o.id));
  for (const g of groups) {
    g.data.organizations.forEach((o, i) => {
      if (!orgIds.has(o)) fail(`content/groups/${g.id}.yaml`, `organizations[${i}]`, `no organization "${o}" in content/organizations/`);
    });
  }
  // A theory's link to a driver through Table 3 must be one Table 3 makes (src/knowledge/theory-links.ts).
  for (const t of theories) {
    t.data.drivers.forEach((link, i) => {
      const problem = linkProblem(t.data, link, candidateDrivers);
      if (problem) fail(`content/theories/${t.id}.yaml`, `drivers[${i}].candidate`, problem);
    });
  }
  // A year given for an event must be the thesis's own words, or the note built from it would not be.
  const sourceText = squash(thesisSource);
  for (const o of organizations) {
    o.data.datedEvents.forEach((d, i) => {
      if (!sourceText.includes(squash(d.asWritten))) {
        fail(`content/organizations/${o.id}.yaml`, `datedEvents[${i}].asWritten`, `"${d.asWritten}" is not in the thesis text (content/source/thesis.txt)`);
      }
      if (!d.asWritten.includes(String(d.year))) {
        fail(`content/organizations/${o.id}.yaml`, `datedEvents[${i}].year`, `is ${d.year}, which the words "${d.asWritten}" do not give`);
      }
    });
  }

  // Claims and quote introductions are the thesis's words too: check them before rules read them.
  for (const d of drivers) {
    d.data.claims.forEach((c, i) => {
      if (!sourceText.includes(squash(c.words))) {
        fail(`content/drivers/${d.id}.yaml`, `claims[${i}].words`, `"${c.words}" is not in the thesis text (content/source/thesis.txt)`);
      }
    });
  }

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

  const findings = new Map<string, Entry<'findings'>>();
  for (const f of findingList) {
    const file = `content/findings/${f.id}.yaml`;
    if (f.id !== findingKey(f.data.group, f.data.driver)) {
      fail(file, 'group/driver', `say ${findingKey(f.data.group, f.data.driver)} but the file is ${f.id}.yaml`);
    }
    f.data.quotes.forEach((q, i) => {
      if (q.introducedAs !== undefined && !sourceText.includes(squash(q.introducedAs))) {
        fail(file, `quotes[${i}].introducedAs`, `"${q.introducedAs}" is not in the thesis text (content/source/thesis.txt)`);
      }
    });
    f.data.statements.forEach((s, i) => {
      if (s.interviewees === null) return;
      try {
        expandIntervieweeList(s.interviewees);
      } catch (e) {
        if (e instanceof IntervieweeListError) fail(file, `statements[${i}].interviewees`, e.message);
        throw e;
      }
    });
    findings.set(f.id, { id: f.id, data: f.data });
  }

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

  const thesisSlugs = new Set(THESIS_PAGES.map((p) => p.slug));
  // In reading order, so that "mentioned in" lists follow the thesis.
  const order = (slug: string) => THESIS_PAGES.findIndex((p) => p.slug === slug);
  const thesisDocs = docs.filter((d) => thesisSlugs.has(d.id)).sort((a, b) => order(a.id) - order(b.id));
  const marks = thesisDocs.flatMap((d) => findMarks(d.id, d.body ?? ''));
  const footnotePages = new Map<number, string>();
  for (const d of docs.filter((doc) => thesisSlugs.has(doc.id))) {
    for (const m of (d.body ?? '').matchAll(/<Fn n=\{(\d+)\} \/>/g)) footnotePages.set(Number(m[1]), d.id);
  }
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
    ...checkCitations(
      findAuthorDateCitations(thesisSource),
      references.map((r) => ({ id: r.id, ...r.data })),
      label,
    ),
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
    backlinks: buildBacklinks(marks),
    citedIn: buildCitedIn(thesisDocs.flatMap((d) => findCitationLinks(d.id, d.body ?? ''))),
    notes,
    footnotePages,
    countedIn,
  };
}

function requireAll(dir: string, present: readonly string[], expected: readonly string[]) {
  const have = new Set(present);
  const missing = expected.filter((id) => !have.has(id));
  if (missing.length) throw new DataError(`${dir}: missing ${missing.map((id) => `${id}.yaml`).join(', ')}`);
  const extra = present.filter((id) => !expected.includes(id));
  if (extra.length) throw new DataError(`${dir}: unexpected ${extra.map((id) => `${id}.yaml`).join(', ')} (ids are fixed: they are cited URLs)`);
}

/** Text compared for quotation: quotes, dashes and runs of whitespace made alike. */
function squash(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ');
}

/** Label of a thesis page for section links. */
export function pageLabel(slug: string): string {
  return THESIS_PAGES.find((p) => p.slug === slug)?.label ?? slug;
}
