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

/** The map's columns, left to right. */
export const MAP_COLUMNS: ReadonlyArray<{ kinds: MapNodeKind[]; heading: string }> = [
  { kinds: ['theory'], heading: 'Theories' },
  { kinds: ['literature', 'new'], heading: 'Drivers of Tables 3 and 4' },
  { kinds: ['driver'], heading: 'Consolidated drivers' },
  { kinds: ['group'], heading: 'Host groups' },
  { kinds: ['organization'], heading: 'Host organizations' },
];

export interface MapLayout {
  width: number;
  height: number;
  columnWidth: number;
  lineHeight: number;
  columns: Array<{ heading: string; x: number }>;
  /** Each node's box: left edge x, vertical centre y, its label's lines and the box's height. */
  nodes: Array<MapNode & { x: number; y: number; lines: string[]; height: number }>;
  edges: Array<MapEdge & { x1: number; y1: number; x2: number; y2: number }>;
}

/**
 * A label in lines of at most `width` characters, broken at spaces and after
 * a slash ("rejection/segregation/…" has no space to break at); a word longer
 * than a line stays whole. Joining the lines gives the label back.
 */
export function wrapWords(label: string, width: number): string[] {
  // Each piece keeps what follows it: a space, or nothing after a slash.
  const pieces = label.match(/[^\s/]*\/(?!\s)|\S+\s*/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line !== '' && (line + piece).trimEnd().length > width) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += piece;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/**
 * Where each node sits: one column per kind, nodes spread evenly down the
 * tallest column, each box as tall as its label. Edges run from a node's
 * right side to the next column's left side (organizations, at the right,
 * link back to the right side of their group).
 */
export function mapLayout(view: MapView, { columnWidth = 250, gap = 60, lineHeight = 11, charsPerLine = 46, top = 40 } = {}): MapLayout {
  const columns = MAP_COLUMNS.map((c) => view.nodes.filter((n) => c.kinds.includes(n.kind)));
  const boxed = columns.map((nodes) =>
    nodes.map((n) => {
      const lines = wrapWords(n.label, charsPerLine);
      return { ...n, lines, height: lines.length * lineHeight + 6 };
    }),
  );
  // The tallest column, boxes and a gap of 4 between them, sets the height; other columns spread out over it.
  const span = Math.max(...boxed.map((nodes) => nodes.reduce((sum, n) => sum + n.height + 4, 0)));
  const placed = new Map<string, MapLayout['nodes'][number]>();
  boxed.forEach((nodes, ci) => {
    const used = nodes.reduce((sum, n) => sum + n.height, 0);
    const space = (span - used) / Math.max(nodes.length, 1);
    let y = top;
    for (const n of nodes) {
      y += space / 2;
      placed.set(n.key, { ...n, x: ci * (columnWidth + gap), y: y + n.height / 2 });
      y += n.height + space / 2;
    }
  });
  const at = (key: string) => {
    const n = placed.get(key);
    if (!n) throw new Error(`map: an edge names "${key}", which is no node`);
    return n;
  };
  return {
    width: MAP_COLUMNS.length * columnWidth + (MAP_COLUMNS.length - 1) * gap,
    height: top + span + 10,
    columnWidth,
    lineHeight,
    columns: MAP_COLUMNS.map((c, ci) => ({ heading: c.heading, x: ci * (columnWidth + gap) })),
    nodes: [...placed.values()],
    edges: view.edges.map((e) => {
      const from = at(e.from);
      const to = at(e.to);
      const backwards = to.x < from.x;
      return { ...e, x1: backwards ? from.x : from.x + columnWidth, y1: from.y, x2: backwards ? to.x + columnWidth : to.x, y2: to.y };
    }),
  };
}
