/**
 * How the ideas connect (/map/): theories, the rows of Tables 3 and 4, the
 * consolidated drivers, the host groups and their organizations, each
 * relation with what it rests on (the thesis's, or the site's reading), and
 * the map's layout.
 */
import { parseCitations, type Citation } from '../../source/author-names.ts';
import type { Entry } from '../entry.ts';
import type { KnowledgeBase } from '../index.ts';
import { cellLabel } from '../cells.ts';
import { entityPath } from '../kinds.ts';
import { tableHref } from '../table-pages.ts';
import { citationsOf } from '../theory-links.ts';
import { lookup } from '../views.ts';
import { findingOf } from './finding-of.ts';

export type MapNodeKind = 'theory' | 'literature' | 'new' | 'driver' | 'group' | 'organization';

export interface MapNode {
  /** Unique on the map: "theory:precht-model", "literature:3", "new:1", "driver:recruitment" … */
  key: string;
  kind: MapNodeKind;
  label: string;
  href: string;
}

export type MapEdgeKind = 'cited-by' | 'consolidated-into' | 'reported-for' | 'hosts';

export interface MapEdge {
  from: string;
  to: string;
  kind: MapEdgeKind;
  /** True where the relation is this site's reading, not the thesis's statement. */
  editorial: boolean;
  /** What the relation rests on, in words. */
  basis: string;
  /** Table 5's count for driver → group edges. */
  weight?: number;
}

export interface MapView {
  nodes: MapNode[];
  edges: MapEdge[];
}

/** The theory a printed citation of Table 3 names (by `citationsOf`, which the build's check of Table 3 links uses too). */
export function theoryCited(theories: KnowledgeBase['theories'], citation: Citation): Entry<'theories'> | undefined {
  const printed = `${citation.name}${citation.year === null ? '' : `, ${citation.year}`}`;
  return theories.find((t) => citationsOf(printed, t.data).length > 0);
}

export function mapView(kb: Pick<KnowledgeBase, 'theories' | 'candidateDrivers' | 'drivers' | 'groups' | 'organizations' | 'findings' | 'conflicts'>): MapView {
  const methodology = (n: 3 | 4) => tableHref(n);
  const nodes: MapNode[] = [
    ...kb.theories.map((t) => ({ key: `theory:${t.id}`, kind: 'theory' as const, label: t.data.name, href: entityPath('theory', t.id) })),
    ...kb.candidateDrivers.map((c) => ({
      key: `${c.data.table === 3 ? 'literature' : 'new'}:${c.data.number}`,
      kind: c.data.table === 3 ? ('literature' as const) : ('new' as const),
      label: c.data.name,
      href: methodology(c.data.table),
    })),
    ...kb.drivers.map((d) => ({ key: `driver:${d.id}`, kind: 'driver' as const, label: d.data.name, href: entityPath('driver', d.id) })),
    ...kb.groups.map((g) => ({ key: `group:${g.id}`, kind: 'group' as const, label: g.data.name, href: entityPath('group', g.id) })),
  ];
  const edges: MapEdge[] = [];
  for (const c of kb.candidateDrivers) {
    const key = `${c.data.table === 3 ? 'literature' : 'new'}:${c.data.number}`;
    if (c.data.table === 3 && c.data.citations) {
      const cited = new Map<string, { theory: Entry<'theories'>; citations: Citation[] }>();
      for (const citation of parseCitations(c.data.citations)) {
        const theory = theoryCited(kb.theories, citation);
        if (theory) cited.set(theory.id, { theory, citations: [...(cited.get(theory.id)?.citations ?? []), citation] });
      }
      for (const { theory, citations } of cited.values()) {
        const printed = citations.map((x) => `“${x.name}${x.year ? `, ${x.year}` : ''}”`).join(', ');
        // Only another year printed for the author: perhaps another work of theirs, so the link is this site's reading.
        const otherYear = citations.every((x) => x.year !== null && x.year !== theory.data.year);
        edges.push({
          from: `theory:${theory.id}`,
          to: key,
          kind: 'cited-by',
          editorial: otherYear,
          basis: otherYear ? `Table 3 cites ${printed}; the theory is dated ${theory.data.year}: editorial, same author` : `Table 3 cites ${printed}`,
        });
      }
    }
    for (const merge of c.data.consolidatedInto) {
      lookup(kb.drivers, merge.driver, 'driver', `content/candidate-drivers/${c.id}.yaml`);
      edges.push({
        from: key,
        to: `driver:${merge.driver}`,
        kind: 'consolidated-into',
        editorial: merge.basis !== 'stated',
        basis: merge.basis === 'stated' ? 'the methodology states the merge' : 'editorial reading: the methodology does not state this merge',
      });
    }
  }
  for (const d of kb.drivers) {
    for (const g of kb.groups) {
      const cell = findingOf(kb, d.id, g.id, 'map').data.tables.table5;
      if (typeof cell === 'number' && cell > 0)
        edges.push({ from: `driver:${d.id}`, to: `group:${g.id}`, kind: 'reported-for', editorial: false, basis: `Table 5: ${cellLabel(cell)}`, weight: cell });
    }
  }
  for (const g of kb.groups) {
    for (const id of g.data.organizations) {
      const o = lookup(kb.organizations, id, 'organization', `content/groups/${g.id}.yaml`);
      if (!nodes.some((n) => n.key === `organization:${o.id}`))
        nodes.push({ key: `organization:${o.id}`, kind: 'organization', label: o.data.name, href: entityPath('organization', o.id) });
      edges.push({ from: `organization:${o.id}`, to: `group:${g.id}`, kind: 'hosts', editorial: false, basis: `host organization of ${g.data.name}` });
    }
  }
  return { nodes, edges };
}
