/**
 * What kind of page each URL is, and which conflicts it bears on: the two
 * Pagefind filters of the search page. Every page in the index gets a kind;
 * the URL decides it, because the URLs are fixed (they are cited) and every
 * entity page lives under its collection's folder.
 */
import type { KnowledgeBase } from '../knowledge/index.ts';
import { ENTITY_KINDS, ENTITY_KIND_NAMES, entityOfPath, type EntityLabel } from '../knowledge/kinds.ts';
import { lookup } from '../knowledge/views.ts';
import { isViewPath } from '../knowledge/view-paths.ts';
import { THESIS_PAGES } from '../source/parts.ts';

/** The kinds, in the order the search page offers them: the entity kinds of the registry, then the thesis and the rest. */
export const KINDS: ReadonlyArray<Kind> = [...ENTITY_KIND_NAMES.map((k) => ENTITY_KINDS[k].label), 'Chapter', 'View', 'Overview'];
export type Kind = EntityLabel | 'Chapter' | 'View' | 'Overview';

const THESIS_SLUGS = new Set(THESIS_PAGES.map((p) => p.slug));

function segmentsOf(pathname: string): string[] {
  return pathname.split('/').filter(Boolean);
}

/** The kind of the page at `pathname` ('/drivers/recruitment/' → 'Driver'). */
export function kindOfPath(pathname: string): Kind {
  // The thesis's own pages first: '/interviews/' is the List of Interviews,
  // '/interviews/7/' an interviewee.
  if (THESIS_SLUGS.has(segmentsOf(pathname).join('/'))) return 'Chapter';
  // The views that explore the evidence across pages (/evidence/, /compare/…, /map/).
  if (isViewPath(pathname)) return 'View';
  const entity = entityOfPath(pathname);
  return entity ? ENTITY_KINDS[entity.kind].label : 'Overview';
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
  const kind = kindOfPath(pathname);
  const segments = segmentsOf(pathname);
  const id = segments[1];
  const ids = new Set<string>();
  const askedBy = `search facets of ${pathname}`;
  const groupConflict = (groupId: string) => lookup(kb.groups, groupId, 'host group', askedBy).data.conflict;
  const add = (conflictId: string | undefined) => conflictId && ids.add(conflictId);

  switch (kind) {
    case 'Driver':
      for (const finding of kb.findings.values()) {
        const cell = finding.data.tables.table5;
        if (finding.data.driver === id && typeof cell === 'number' && cell > 0) add(groupConflict(finding.data.group));
      }
      break;
    case 'Host group':
      add(groupConflict(id ?? ''));
      break;
    case 'Organization':
      lookup(kb.organizations, id ?? '', 'organization', askedBy).data.conflicts.forEach(add);
      break;
    case 'Interviewee': {
      const n = Number(id);
      for (const { finding } of kb.countedIn.get(n) ?? []) add(groupConflict(finding.data.group));
      for (const finding of kb.findings.values()) {
        if (finding.data.quotes.some((q) => q.interviewee === n)) add(groupConflict(finding.data.group));
      }
      break;
    }
    case 'Chapter':
      add(kb.conflicts.find((c) => c.data.caseStudy === segments.join('/'))?.id);
      break;
    default:
      break;
  }
  return kb.conflicts.filter((c) => ids.has(c.id)).map((c) => c.data.name);
}
