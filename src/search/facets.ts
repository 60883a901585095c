/**
 * What kind of page each URL is, and which conflicts it bears on: the two
 * Pagefind filters of the search page. Every page in the index gets a kind;
 * the URL decides it, because the URLs are fixed (they are cited) and every
 * entity page lives under its collection's folder.
 */
import type { KnowledgeBase } from '../knowledge/index.ts';
import { ENTITY_KINDS, ENTITY_KIND_NAMES, type EntityLabel } from '../knowledge/kinds.ts';
import { lookup } from '../knowledge/views.ts';
import { pageOfPath } from '../knowledge/page-of-path.ts';

/** The kinds, in the order the search page offers them: the entity kinds of the registry, then the thesis and the rest. */
export const KINDS: ReadonlyArray<Kind> = [...ENTITY_KIND_NAMES.map((k) => ENTITY_KINDS[k].label), 'Chapter', 'View', 'Overview'];
export type Kind = EntityLabel | 'Chapter' | 'View' | 'Overview';

/** The kind of the page at `pathname` ('/drivers/recruitment/' → 'Driver'), from what the URL is (src/knowledge/page-of-path.ts). */
export function kindOfPath(pathname: string): Kind {
  const page = pageOfPath(pathname);
  switch (page.kind) {
    case 'thesis-part':
      return 'Chapter';
    case 'view':
      return 'View';
    case 'entity':
      return ENTITY_KINDS[page.entity].label;
    default:
      return 'Overview';
  }
}

/**
 * The conflicts a page bears on, by name, in the knowledge base's order:
 * a host group's conflict; an organization's conflicts; the conflicts in
 * which a driver is counted for some host group (a count above zero in
 * Table 5); the conflicts of the findings an interviewee is counted in or
 * quoted on; a case study's conflict. Theories, chapters other than the
 * case studies and overview pages bear on none in particular.
 */
export function conflictsOfPath(kb: KnowledgeBase, pathname: string): string[] {
  const page = pageOfPath(pathname);
  const ids = new Set<string>();
  const askedBy = `search facets of ${pathname}`;
  const groupConflict = (groupId: string) => lookup(kb.groups, groupId, 'host group', askedBy).data.conflict;
  const add = (conflictId: string | undefined) => conflictId && ids.add(conflictId);

  if (page.kind === 'thesis-part') add(kb.conflicts.find((c) => c.data.caseStudy === page.part.slug)?.id);
  if (page.kind !== 'entity') return kb.conflicts.filter((c) => ids.has(c.id)).map((c) => c.data.name);
  const { id } = page;
  switch (page.entity) {
    case 'driver':
      for (const finding of kb.findings.values()) {
        const cell = finding.data.tables.table5;
        if (finding.data.driver === id && typeof cell === 'number' && cell > 0) add(groupConflict(finding.data.group));
      }
      break;
    case 'group':
      add(groupConflict(id));
      break;
    case 'organization':
      lookup(kb.organizations, id, 'organization', askedBy).data.conflicts.forEach(add);
      break;
    case 'interviewee': {
      const n = Number(id);
      for (const { finding } of kb.countedIn.get(n) ?? []) add(groupConflict(finding.data.group));
      for (const finding of kb.findings.values()) {
        if (finding.data.quotes.some((q) => q.interviewee === n)) add(groupConflict(finding.data.group));
      }
      break;
    }
    default:
      break;
  }
  return kb.conflicts.filter((c) => ids.has(c.id)).map((c) => c.data.name);
}
