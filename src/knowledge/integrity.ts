/**
 * What the schemas alone cannot check, made when the data is loaded
 * (src/knowledge/index.ts calls `checkData` before anything reads the data):
 * every driver, group, finding and interviewee present; an interviewee's
 * number its file's; references between entries that resolve; theory links
 * through Table 3 that Table 3 makes; and the thesis's words (dated events,
 * claims, quote introductions) that are the thesis's.
 *
 * Each check is a plain function over plain arrays of entries ({ id, data }),
 * so unit tests reach it with small in-memory collections and no build
 * (integrity.test.ts). A failure throws a DataError naming the file and the
 * field, and stops the build; the first failure stops it.
 */
import type { Entry } from './entry.ts';
import { IntervieweeListError, expandIntervieweeList } from './interviewee-lists.ts';
import { findingKey } from './keys.ts';
import { DRIVER_IDS, GROUP_IDS, INTERVIEWEE_COUNT } from './schemas.ts';
import type { Driver, Finding, Group, Interviewee, Organization, Theory } from './schemas.ts';
import { linkProblem } from './theory-links.ts';

export class DataError extends Error {}

/** Fails with the file and the field named. */
function fail(file: string, field: string, problem: string): never {
  throw new DataError(`${file}: field "${field}": ${problem}`);
}

/** An entry cut to the fields a check reads, so that a fixture needs no more. */
type With<T> = { id: string; data: T };

/** The collections the checks read, as Astro's getCollection returns them (ids and data). */
export interface Collections {
  drivers: ReadonlyArray<With<Pick<Driver, 'claims'>>>;
  groups: ReadonlyArray<With<Pick<Group, 'organizations'>>>;
  findings: ReadonlyArray<With<Pick<Finding, 'group' | 'driver' | 'quotes' | 'statements'>>>;
  interviewees: ReadonlyArray<With<Pick<Interviewee, 'n'>>>;
  theories: ReadonlyArray<With<Pick<Theory, 'authors' | 'aliases' | 'drivers'>>>;
  candidateDrivers: ReadonlyArray<Entry<'candidateDrivers'>>;
  organizations: ReadonlyArray<With<Pick<Organization, 'datedEvents'>>>;
}

/** Every check, in the order a reader of the data meets them; `thesisText` is content/source/thesis.txt. */
export function checkData(collections: Collections, thesisText: string): void {
  const { drivers, groups, findings, interviewees, theories, candidateDrivers, organizations } = collections;
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
  checkIntervieweeFiles(interviewees);
  requireAll(
    'content/findings',
    findings.map((f) => f.id),
    GROUP_IDS.flatMap((g) => DRIVER_IDS.map((d) => findingKey(g, d))),
  );
  checkGroupOrganizations(groups, organizations);
  checkTheoryLinks(theories, candidateDrivers);
  const source = squash(thesisText);
  checkDatedEvents(organizations, source);
  checkClaims(drivers, source);
  checkFindingFiles(findings, source);
}

/**
 * The ids of a collection are fixed (they are cited URLs): every expected
 * one has its file, and there is no other.
 */
export function requireAll(dir: string, present: readonly string[], expected: readonly string[]): void {
  const have = new Set(present);
  const missing = expected.filter((id) => !have.has(id));
  if (missing.length) throw new DataError(`${dir}: missing ${missing.map((id) => `${id}.yaml`).join(', ')}`);
  const extra = present.filter((id) => !expected.includes(id));
  if (extra.length) throw new DataError(`${dir}: unexpected ${extra.map((id) => `${id}.yaml`).join(', ')} (ids are fixed: they are cited URLs)`);
}

/** One file per interviewee of the List of Interviews, 01.yaml to 22.yaml, each holding its own number. */
export function checkIntervieweeFiles(interviewees: Collections['interviewees']): void {
  requireAll(
    'content/interviewees',
    interviewees.map((i) => i.id),
    Array.from({ length: INTERVIEWEE_COUNT }, (_, i) => String(i + 1).padStart(2, '0')),
  );
  for (const i of interviewees) {
    if (Number(i.id) !== i.data.n) fail(`content/interviewees/${i.id}.yaml`, 'n', `is ${i.data.n} but the file is named ${i.id}.yaml`);
  }
}

/** A group's organizations are entries of content/organizations/. */
export function checkGroupOrganizations(groups: Collections['groups'], organizations: ReadonlyArray<{ id: string }>): void {
  const orgIds = new Set(organizations.map((o) => o.id));
  for (const g of groups) {
    g.data.organizations.forEach((o, i) => {
      if (!orgIds.has(o)) fail(`content/groups/${g.id}.yaml`, `organizations[${i}]`, `no organization "${o}" in content/organizations/`);
    });
  }
}

/** A theory's link to a driver through Table 3 is one Table 3 makes (src/knowledge/theory-links.ts). */
export function checkTheoryLinks(theories: Collections['theories'], candidateDrivers: Collections['candidateDrivers']): void {
  for (const t of theories) {
    t.data.drivers.forEach((link, i) => {
      const problem = linkProblem(t.data, link, candidateDrivers);
      if (problem) fail(`content/theories/${t.id}.yaml`, `drivers[${i}].candidate`, problem);
    });
  }
}

/**
 * A year given for an event is in the thesis's own words, and those words
 * give it; otherwise the data note built from it would not be the thesis's.
 * `source` is the thesis text, squashed.
 */
export function checkDatedEvents(organizations: Collections['organizations'], source: string): void {
  for (const o of organizations) {
    o.data.datedEvents.forEach((d, i) => {
      if (!source.includes(squash(d.asWritten))) {
        fail(`content/organizations/${o.id}.yaml`, `datedEvents[${i}].asWritten`, `"${d.asWritten}" ${NOT_IN_THESIS}`);
      }
      if (!d.asWritten.includes(String(d.year))) {
        fail(`content/organizations/${o.id}.yaml`, `datedEvents[${i}].year`, `is ${d.year}, which the words "${d.asWritten}" do not give`);
      }
    });
  }
}

/** The Discussion's claims about a driver are in the thesis's words, before the audit's rules read them. */
export function checkClaims(drivers: Collections['drivers'], source: string): void {
  for (const d of drivers) {
    d.data.claims.forEach((c, i) => {
      if (!source.includes(squash(c.words))) fail(`content/drivers/${d.id}.yaml`, `claims[${i}].words`, `"${c.words}" ${NOT_IN_THESIS}`);
    });
  }
}

/**
 * A finding file is named for its group and driver; a quote's introduction
 * of its speaker is the thesis's words; a statement's interviewee list (as a
 * footnote prints it) names interviewees of the List of Interviews.
 */
export function checkFindingFiles(findings: Collections['findings'], source: string): void {
  for (const f of findings) {
    const file = `content/findings/${f.id}.yaml`;
    if (f.id !== findingKey(f.data.group, f.data.driver)) {
      fail(file, 'group/driver', `say ${findingKey(f.data.group, f.data.driver)} but the file is ${f.id}.yaml`);
    }
    f.data.quotes.forEach((q, i) => {
      if (q.introducedAs !== undefined && !source.includes(squash(q.introducedAs))) {
        fail(file, `quotes[${i}].introducedAs`, `"${q.introducedAs}" ${NOT_IN_THESIS}`);
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
  }
}

const NOT_IN_THESIS = 'is not in the thesis text (content/source/thesis.txt)';

/** Text compared for quotation: quotes, dashes and runs of whitespace made alike. */
export function squash(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ');
}
