/**
 * What each entity page shows, computed from the knowledge base. Pure
 * functions: route files call them in getStaticPaths and pass the result to
 * the page component, which only renders it and never goes back to the
 * collections (as Starlight's utils/routing does). What every page shares
 * (head, title, footer, search tags) is the page's view, src/page-view.ts;
 * what the components the thesis's MDX places show (no route file stands
 * between the MDX and them) is computed in src/edition/component-views.ts.
 * Every id a view follows must resolve: a missing one stops the build here,
 * naming it, instead of rendering an empty fragment.
 */
import type { Mention } from './backlinks.ts';
import type { DataNote } from './data-notes/rules.ts';
import type { Entry } from './entry.ts';
import type { KnowledgeBase } from './index.ts';
import { rankValue } from './cells.ts';
import { findingKey } from './keys.ts';
import { expandIntervieweeList } from './interviewee-lists.ts';
import { ENTITY_KINDS, entityKey, entityPath, findingAnchor, findingPath, kindIndexPath, type EntityKind } from './kinds.ts';
import type { CandidateMerge, Quote, SectionRef, Statement, TableCell } from './schemas.ts';
import { sectionHref } from './sections.ts';
import { THESIS_PAGES } from '../source/parts.ts';
import { driverNames, groupNames, organizationNames, theoryNames, type EntityNames } from './names.ts';
import { mergedInto } from './merges.ts';
import { editorialReason, type Editorial } from './provenance.ts';
import { intervieweeSchema, organizationSchema, type TheoryDriverLink } from './schemas.ts';
import { linkBasis, type LinkBasis } from './theory-links.ts';
import { citationLinksIn } from './citation-links.ts';

/** The entry with `id` in `list`; throws naming the kind and the id, and who asked, if there is none. */
export function lookup<T extends { id: string }>(list: readonly T[], id: string, what: string, askedBy: string): T {
  const found = list.find((e) => e.id === id);
  if (!found) throw new Error(`${askedBy}: unknown ${what} "${id}"`);
  return found;
}

/** The sections of the thesis that mention an entity (from the chapter marks). */
const mentionsOf = (kb: KnowledgeBase, kind: EntityKind, id: string | number): Mention[] => kb.backlinks.get(entityKey(kind, id)) ?? [];

export interface StatementView {
  statement: Statement;
  /** The interviewees its footnote lists, expanded. */
  interviewees: number[];
  href: string;
  /** Anchor of this statement on the driver and group pages. */
  anchor: string;
}

export interface EvidenceView {
  driver: Entry<'drivers'>;
  group: Entry<'groups'>;
  conflict: Entry<'conflicts'>;
  finding: Entry<'findings'>;
  /** Table 5's cell, as printed. */
  cell: TableCell;
  statements: StatementView[];
  quotes: Array<Quote & { href: string }>;
  notes: DataNote[];
  /** Anchor of the finding (a driver in a host group), shared by the driver and group pages. */
  anchor: string;
}

export function evidence(kb: KnowledgeBase, driverId: string, groupId: string, page: 'driver' | 'group'): EvidenceView {
  const askedBy = `evidence for driver "${driverId}" in group "${groupId}"`;
  const finding = kb.findings.get(findingKey(groupId, driverId));
  if (!finding) throw new Error(`${askedBy}: no content/findings/${findingKey(groupId, driverId)}.yaml`);
  const driver = lookup(kb.drivers, driverId, 'driver', askedBy);
  const group = lookup(kb.groups, groupId, 'host group', askedBy);
  const anchor = findingAnchor(page, driverId, groupId);
  return {
    driver,
    group,
    conflict: lookup(kb.conflicts, group.data.conflict, 'conflict', `content/groups/${group.id}.yaml`),
    finding,
    cell: finding.data.tables.table5,
    statements: finding.data.statements.map((statement, i) => ({
      statement,
      interviewees: statement.interviewees ? expandIntervieweeList(statement.interviewees) : [],
      href: sectionHref(statement.section),
      anchor: `${anchor}-${i + 1}`,
    })),
    quotes: finding.data.quotes.map((q) => ({ ...q, href: sectionHref(q.section) })),
    notes: kb.notes.filter((n) => n.driver === driverId && n.group === groupId),
    anchor,
  };
}

/** A theory–driver link with its basis: what the thesis says and where, or the site's reading and why. */
export interface TheoryLinkView {
  theory: Entry<'theories'>;
  driver: Entry<'drivers'>;
  basis: LinkBasis;
}

/** The links of `theories` that lead to a driver in `drivers`, in the order given, each id checked. */
function theoryLinks(kb: KnowledgeBase, theories: ReadonlyArray<Entry<'theories'>>, keep: (link: TheoryDriverLink) => boolean): TheoryLinkView[] {
  return theories.flatMap((theory) =>
    theory.data.drivers.filter(keep).map((link) => ({
      theory,
      driver: lookup(kb.drivers, link.driver, 'driver', `content/theories/${theory.id}.yaml`),
      basis: linkBasis(link, kb.candidateDrivers),
    })),
  );
}

export interface DriverView {
  driver: Entry<'drivers'>;
  /** How many drivers Table 5 lists (the driver's number is its row among them). */
  driversInTable: number;
  /** Every other name of the driver: those the thesis prints, and those in wider use (editorial). */
  names: EntityNames;
  evidence: EvidenceView[];
  /** The rows of Tables 3 and 4 merged into the driver, each with the basis of its merge into this driver. */
  candidates: Array<{ row: Entry<'candidateDrivers'>; merge: CandidateMerge }>;
  /** Theories of chapter 2 linked to the driver, each with its basis. */
  theories: TheoryLinkView[];
  mentions: Mention[];
  related: KnowledgeBase['related'];
  /** The notes on the driver as a whole (those on it in one host group are shown with that group's evidence). */
  notes: DataNote[];
}

export function driverView(kb: KnowledgeBase, id: string): DriverView {
  const driver = lookup(kb.drivers, id, 'driver', 'driver page');
  return {
    driver,
    driversInTable: kb.drivers.length,
    names: driverNames(driver.data),
    evidence: kb.groups.map((g) => evidence(kb, driver.id, g.id, 'driver')),
    candidates: mergedInto(kb.candidateDrivers, driver.id),
    theories: theoryLinks(kb, kb.theories, (link) => link.driver === driver.id),
    mentions: mentionsOf(kb, 'driver', id),
    related: kb.related.filter((r) => r.data.drivers.some((d) => d === driver.id)),
    notes: kb.notes.filter((n) => n.driver === id && n.group === undefined),
  };
}

export interface GroupView {
  group: Entry<'groups'>;
  conflict: Entry<'conflicts'>;
  names: EntityNames;
  /** The group's drivers, ranked by Table 5's count (blank and "-" last, in table order). */
  ranked: EvidenceView[];
  /** The organizations the thesis says these fighters join or go through. */
  organizations: Array<Entry<'organizations'>>;
  mentions: Mention[];
  /** The notes on the group as a whole (those on one of its drivers are shown with that driver's evidence). */
  notes: DataNote[];
}

export function groupView(kb: KnowledgeBase, id: string): GroupView {
  const group = lookup(kb.groups, id, 'host group', 'group page');
  const file = `content/groups/${group.id}.yaml`;
  const ranked = kb.drivers
    .map((d) => evidence(kb, d.id, id, 'group'))
    .sort((a, b) => rankValue(b.cell) - rankValue(a.cell) || a.driver.data.number - b.driver.data.number);
  return {
    group,
    conflict: lookup(kb.conflicts, group.data.conflict, 'conflict', file),
    names: groupNames(group.data),
    ranked,
    organizations: group.data.organizations.map((o) => lookup(kb.organizations, o, 'organization', file)),
    mentions: mentionsOf(kb, 'group', id),
    notes: kb.notes.filter((n) => n.group === id && n.driver === undefined),
  };
}

export interface IntervieweeView {
  interviewee: Entry<'interviewees'>;
  /** The site's category for the interviewee (section 3.1's categories), labelled as its reading. */
  category: Editorial<Entry<'interviewees'>['data']['category']>;
  counted: Array<{
    finding: Entry<'findings'>;
    statement: Statement;
    driver: Entry<'drivers'>;
    group: Entry<'groups'>;
    href: string;
    /** The footnote that lists the interviewee, where the thesis prints it. */
    footnoteHref: string | undefined;
  }>;
  quotes: Array<{ quote: Quote; driver: Entry<'drivers'>; group: Entry<'groups'>; href: string }>;
  mentions: Mention[];
  notes: DataNote[];
}

export function intervieweeView(kb: KnowledgeBase, n: number): IntervieweeView {
  const interviewee = kb.interviewees.find((i) => i.data.n === n);
  if (!interviewee) throw new Error(`interviewee page: unknown interviewee ${n}`);
  const ofFinding = (f: Entry<'findings'>) => ({
    driver: lookup(kb.drivers, f.data.driver, 'driver', `content/findings/${f.id}.yaml`),
    group: lookup(kb.groups, f.data.group, 'host group', `content/findings/${f.id}.yaml`),
  });
  return {
    interviewee,
    category: { value: interviewee.data.category, reason: editorialReason(intervieweeSchema, 'category') },
    counted: (kb.countedIn.get(n) ?? []).map(({ finding, statement }) => ({
      finding,
      statement,
      ...ofFinding(finding),
      href: findingPath(finding.data.driver, finding.data.group),
      footnoteHref: footnoteHref(kb, statement.footnote, `content/findings/${finding.id}.yaml`),
    })),
    quotes: [...kb.findings.values()].flatMap((f) =>
      f.data.quotes.filter((q) => q.interviewee === n).map((quote) => ({ quote, ...ofFinding(f), href: sectionHref(quote.section) })),
    ),
    mentions: mentionsOf(kb, 'interviewee', n),
    notes: kb.notes.filter((note) => note.interviewee === n),
  };
}

/** The URL of footnote `n` on the thesis page that prints it; a footnote no page prints stops the build. */
function footnoteHref(kb: KnowledgeBase, n: number | null, askedBy: string): string | undefined {
  if (n === null) return undefined;
  const page = kb.footnotePages.get(n);
  if (!page) throw new Error(`${askedBy}: footnote ${n} is printed on no thesis page`);
  return `/${page}/#fn-${n}`;
}

export interface TheoryView {
  theory: Entry<'theories'>;
  names: EntityNames;
  /** The drivers the theory is linked to, in Table 5's order, each with its basis. */
  drivers: TheoryLinkView[];
  mentions: Mention[];
  /**
   * The entry of the reference list that the theory's authors and year name, read as the thesis's citations
   * are ("Hafez & Mullins, 2015"): the entry they name if they name exactly one (src/knowledge/citation-links.ts).
   */
  reference: string | undefined;
}

/** A theory's authors and year as an author-date citation: "(Borum, 2011)", "(Hafez & Mullins, 2015)", "(Roy et al., 2002)". */
function theoryCitation(authors: readonly string[], year: number | string): string {
  const surnames = authors.map((author) => author.split(',')[0]!.trim());
  const names = surnames.length === 1 ? surnames[0] : surnames.length === 2 ? `${surnames[0]} & ${surnames[1]}` : `${surnames[0]} et al.`;
  return `(${names}, ${year})`;
}

export function theoryView(kb: KnowledgeBase, id: string): TheoryView {
  const theory = lookup(kb.theories, id, 'theory', 'theory page');
  return {
    theory,
    names: theoryNames(theory.data),
    drivers: theoryLinks(kb, [theory], () => true).sort((a, b) => a.driver.data.number - b.driver.data.number),
    mentions: mentionsOf(kb, 'theory', id),
    reference: citationLinksIn(
      theoryCitation(theory.data.authors, theory.data.year),
      kb.references.map((r) => ({ id: r.id, ...r.data })),
    )[0]?.id,
  };
}

export interface OrganizationView {
  organization: Entry<'organizations'>;
  names: ReturnType<typeof organizationNames>;
  /** The site's classification of the organization, labelled as its reading. */
  kind: Editorial<Entry<'organizations'>['data']['kind']>;
  /** The host groups whose host organization this is. */
  hostOf: Array<Entry<'groups'>>;
  conflicts: Array<Entry<'conflicts'>>;
  mentions: Mention[];
  notes: DataNote[];
}

export function organizationView(kb: KnowledgeBase, id: string): OrganizationView {
  const organization = lookup(kb.organizations, id, 'organization', 'organization page');
  return {
    organization,
    names: organizationNames(organization.data),
    kind: { value: organization.data.kind, reason: editorialReason(organizationSchema, 'kind') },
    hostOf: kb.groups.filter((g) => g.data.organizations.includes(organization.id)),
    // In the knowledge base's order; each id checked.
    conflicts: kb.conflicts.filter((c) =>
      organization.data.conflicts.some((id) => lookup(kb.conflicts, id, 'conflict', `content/organizations/${organization.id}.yaml`).id === c.id),
    ),
    mentions: withSources(organization.data.sections, mentionsOf(kb, 'organization', id)),
    notes: kb.notes.filter((n) => n.organization === organization.id),
  };
}

/**
 * One list of the sections that discuss or mention an entity, in the thesis's
 * reading order: the sections its description is drawn from (marked
 * `source`) and the other sections whose text marks it, each once, so that a
 * page never lists a section twice.
 */
export function withSources(sources: readonly SectionRef[], mentions: readonly Mention[]): Mention[] {
  const first: Mention[] = sources.map((s) => ({ page: s.page, ...(s.heading ? { heading: s.heading } : {}), href: sectionHref(s), source: true }));
  const order = (m: Mention) => THESIS_PAGES.findIndex((p) => p.slug === m.page);
  // A stable sort: within a page, the sources first, then the mentions in their order.
  return [...first, ...mentions.filter((m) => !first.some((f) => f.href === m.href))].sort((a, b) => order(a) - order(b));
}

export interface EntityLink {
  label: string;
  href: string;
}

/** Every entity of a kind, in the order its index lists them, with its page's title. */
export function entitiesOfKind(kb: KnowledgeBase, kind: EntityKind): EntityLink[] {
  const link = (id: string | number, label: string) => ({ label, href: entityPath(kind, id) });
  switch (kind) {
    case 'driver':
      return kb.drivers.map((d) => link(d.id, d.data.name));
    case 'group':
      return kb.groups.map((g) => link(g.id, g.data.name));
    case 'organization':
      return kb.organizations.map((o) => link(o.id, o.data.name));
    case 'theory':
      return kb.theories.map((t) => link(t.id, t.data.name));
    case 'interviewee':
      return kb.interviewees.map((i) => link(i.data.n, `Interviewee ${i.data.n}`));
  }
}

/** Table 5 as a grid: the host groups as columns, a row per driver with its cell for each group, in the table's order. */
export interface DriverMatrixView {
  groups: EntityLink[];
  rows: Array<{ driver: EntityLink; cells: TableCell[] }>;
}

/** Table 5 from the findings: every driver × host group must have its finding file, or the build stops naming it. */
export function driverMatrixView(kb: KnowledgeBase): DriverMatrixView {
  return {
    groups: entitiesOfKind(kb, 'group'),
    rows: kb.drivers.map((d) => ({
      driver: { label: d.data.name, href: entityPath('driver', d.id) },
      cells: kb.groups.map((g) => {
        const finding = kb.findings.get(findingKey(g.id, d.id));
        if (!finding) throw new Error(`Table 5: no content/findings/${findingKey(g.id, d.id)}.yaml`);
        return finding.data.tables.table5;
      }),
    })),
  };
}

export interface EntityNavigation {
  /** The kind's index page: the breadcrumb's parent. */
  index: EntityLink;
  /** The previous and next entity of the same kind, in the index's order. */
  prev: EntityLink | undefined;
  next: EntityLink | undefined;
}

/** Where an entity page sits among its kind: no entity page is a dead end. */
export function entityNavigation(kb: KnowledgeBase, kind: EntityKind, id: string): EntityNavigation {
  const all = entitiesOfKind(kb, kind);
  const here = all.findIndex((e) => e.href === entityPath(kind, id));
  if (here < 0) throw new Error(`navigation: unknown ${kind} "${id}"`);
  return { index: { label: ENTITY_KINDS[kind].plural, href: kindIndexPath(kind) }, prev: all[here - 1], next: all[here + 1] };
}
