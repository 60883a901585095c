/**
 * What each entity page shows, computed from the knowledge base. Pure
 * functions: the page components only render what these return, and unit
 * tests reach the logic without a browser.
 */
import type { Mention } from './backlinks.ts';
import { cellText, type DataNote } from './consistency.ts';
import type { Entry, KnowledgeBase } from './index.ts';
import { findingKey } from './keys.ts';
import { expandIntervieweeList } from './interviewee-lists.ts';
import type { CandidateDriver, Driver, Finding, Group, Interviewee, Organization, Quote, Statement, TableCell, Theory } from './schemas.ts';
import { sectionHref } from './sections.ts';

export interface StatementView {
  statement: Statement;
  /** The interviewees its footnote lists, expanded. */
  interviewees: number[];
  href: string;
  /** Anchor of this statement on the driver and group pages. */
  anchor: string;
}

export interface EvidenceView {
  driver: Entry<Driver>;
  group: Entry<Group>;
  finding: Entry<Finding>;
  /** Table 5's cell, as printed. */
  cell: TableCell;
  statements: StatementView[];
  quotes: Array<Quote & { href: string }>;
  notes: DataNote[];
  /** Anchor of the finding (a driver in a host group), shared by the driver and group pages. */
  anchor: string;
}

/** Anchor of a finding on the driver page (`#in-iskp`) and the group page (`#driver-recruitment`). */
export const findingAnchor = (page: 'driver' | 'group', driver: string, group: string) =>
  page === 'driver' ? `in-${group}` : `driver-${driver}`;

export function evidence(kb: KnowledgeBase, driverId: string, groupId: string, page: 'driver' | 'group'): EvidenceView {
  const finding = kb.findings.get(findingKey(groupId, driverId));
  const driver = kb.drivers.find((d) => d.id === driverId);
  const group = kb.groups.find((g) => g.id === groupId);
  if (!finding || !driver || !group) throw new Error(`No finding for driver "${driverId}" in group "${groupId}"`);
  const anchor = findingAnchor(page, driverId, groupId);
  return {
    driver,
    group,
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

/** How a table cell reads on a page: blank cells say so rather than showing 0. */
export function cellLabel(cell: TableCell): string {
  if (cell === null) return 'blank in the table (not reported)';
  if (cell === '-') return '"-" in the table';
  return `${cell} of 22`;
}

export interface DriverView {
  driver: Entry<Driver>;
  evidence: EvidenceView[];
  candidates: Entry<CandidateDriver>[];
  theories: Entry<Theory>[];
  mentions: Mention[];
  related: KnowledgeBase['related'];
  notes: DataNote[];
}

export function driverView(kb: KnowledgeBase, id: string): DriverView {
  const driver = kb.drivers.find((d) => d.id === id);
  if (!driver) throw new Error(`Unknown driver "${id}"`);
  return {
    driver,
    evidence: kb.groups.map((g) => evidence(kb, id, g.id, 'driver')),
    candidates: kb.candidateDrivers.filter((c) => c.data.consolidatedInto.includes(driver.id as never)),
    theories: kb.theories.filter((t) => t.data.drivers.includes(driver.id as never)),
    mentions: kb.backlinks.get(`driver:${id}`) ?? [],
    related: kb.related.filter((r) => r.data.drivers.includes(driver.id as never)),
    notes: kb.notes.filter((n) => n.driver === id),
  };
}

export interface GroupView {
  group: Entry<Group>;
  /** The group's drivers, ranked by Table 5's count (blank and "-" last, in table order). */
  ranked: EvidenceView[];
  organization: Entry<Organization> | undefined;
  mentions: Mention[];
  notes: DataNote[];
}

/** Standard competition ranking among table cells: equal counts share a rank (22, 22, 13 → 1, 1, 3); blank or "-" has none. */
export function competitionRank(cells: readonly TableCell[], cell: TableCell): number | null {
  if (typeof cell !== 'number') return null;
  return 1 + cells.filter((c) => typeof c === 'number' && c > cell).length;
}

export function rankValue(cell: TableCell): number {
  return typeof cell === 'number' ? cell : -1;
}

export function groupView(kb: KnowledgeBase, id: string): GroupView {
  const group = kb.groups.find((g) => g.id === id);
  if (!group) throw new Error(`Unknown group "${id}"`);
  const ranked = kb.drivers
    .map((d) => evidence(kb, d.id, id, 'group'))
    .sort((a, b) => rankValue(b.cell) - rankValue(a.cell) || a.driver.data.number - b.driver.data.number);
  return {
    group,
    ranked,
    organization: kb.organizations.find((o) => o.id === group.data.organization),
    mentions: kb.backlinks.get(`group:${id}`) ?? [],
    notes: kb.notes.filter((n) => n.group === id),
  };
}

export interface IntervieweeView {
  interviewee: Entry<Interviewee>;
  counted: Array<{ finding: Entry<Finding>; statement: Statement; driver: Entry<Driver>; group: Entry<Group>; href: string }>;
  quotes: Array<{ quote: Quote; driver: Entry<Driver>; group: Entry<Group>; href: string }>;
  mentions: Mention[];
  notes: DataNote[];
}

export function intervieweeView(kb: KnowledgeBase, n: number): IntervieweeView {
  const interviewee = kb.interviewees.find((i) => i.data.n === n);
  if (!interviewee) throw new Error(`Unknown interviewee ${n}`);
  const lookup = (f: Entry<Finding>) => ({
    driver: kb.drivers.find((d) => d.id === f.data.driver)!,
    group: kb.groups.find((g) => g.id === f.data.group)!,
  });
  return {
    interviewee,
    counted: (kb.countedIn.get(n) ?? []).map(({ finding, statement }) => ({
      finding,
      statement,
      ...lookup(finding),
      href: `/drivers/${finding.data.driver}/#${findingAnchor('driver', finding.data.driver, finding.data.group)}`,
    })),
    quotes: [...kb.findings.values()].flatMap((f) =>
      f.data.quotes.filter((q) => q.interviewee === n).map((quote) => ({ quote, ...lookup(f), href: sectionHref(quote.section) })),
    ),
    mentions: kb.backlinks.get(`interviewee:${n}`) ?? [],
    notes: kb.notes.filter((note) => note.interviewee === n),
  };
}

export { cellText };
