/**
 * Where the boxes and lines of /map/ go: presentation only (the nodes and
 * edges themselves, and what each rests on, are src/knowledge/evidence/map.ts
 * mapView). Computed at build time; the SVG needs no script to be drawn.
 *
 * The map is two pictures, each of three columns, so that each fits a text
 * column at the default zoom with its labels at body size (16 px):
 *   1. theories → the drivers of Tables 3 and 4 → the eleven consolidated drivers;
 *   2. the eleven drivers → host groups ← host organizations.
 * Five columns side by side needed 1,490 px, with 10 px labels.
 */
import type { MapEdge, MapNode, MapNodeKind, MapView } from '~/knowledge/evidence/map';

export interface MapColumn {
  kinds: MapNodeKind[];
  heading: string;
  /** The column's width in px, labels included. */
  width: number;
}

export interface MapPanel {
  id: string;
  title: string;
  columns: MapColumn[];
}

/** The two pictures, left to right within each. Each is PANEL_WIDTH wide (columns plus the gaps the lines run in). */
export const MAP_PANELS: readonly MapPanel[] = [
  {
    id: 'map-literature',
    title: 'From the literature and the interviews to the eleven drivers',
    columns: [
      { kinds: ['theory'], heading: 'Theories', width: 190 },
      { kinds: ['literature', 'new'], heading: 'Drivers of Tables 3 and 4', width: 190 },
      { kinds: ['driver'], heading: 'Consolidated drivers', width: 180 },
    ],
  },
  {
    id: 'map-groups',
    title: 'The eleven drivers, the host groups they were reported for, and the host organizations',
    columns: [
      { kinds: ['driver'], heading: 'Consolidated drivers', width: 200 },
      { kinds: ['group'], heading: 'Host groups', width: 150 },
      { kinds: ['organization'], heading: 'Host organizations', width: 190 },
    ],
  },
];

/** Every picture's width in px: it fits the text column of a 1366 px screen (about 700 px) without scaling. */
export const PANEL_WIDTH = 700;

/**
 * The widest a character of a label is taken to be, in px at the labels'
 * 16 px: wider than the average letter of the usual sans-serif fonts, so that
 * a line wrapped at this many characters stays inside its box
 * (tests/browser/map.test.ts measures the drawn labels).
 */
export const CHAR_WIDTH = 8.4;

export interface PlacedNode extends MapNode {
  /** Left edge. */
  x: number;
  /** Vertical centre. */
  y: number;
  width: number;
  height: number;
  lines: string[];
}

export type PlacedEdge = MapEdge & { x1: number; y1: number; x2: number; y2: number };

export interface PanelLayout {
  id: string;
  title: string;
  width: number;
  height: number;
  lineHeight: number;
  columns: Array<{ heading: string; x: number; width: number }>;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
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

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Each column's nodes in the order that crosses fewest lines, by the
 * barycentre heuristic: the column with a fixed order (the eleven drivers, in
 * Table 5's order) stays; each other column follows the mean position of the
 * nodes it links to in the column already ordered beside it. Nodes with no
 * link there keep their order, after the others.
 */
export function orderColumns(columns: MapNode[][], edges: readonly MapEdge[], fixed: number): MapNode[][] {
  const ordered = columns.map((c) => [...c]);
  const neighbours = (key: string) => edges.flatMap((e) => (e.from === key ? [e.to] : e.to === key ? [e.from] : []));
  const follow = (ci: number, by: number) => {
    const position = new Map(ordered[by]!.map((n, i) => [n.key, i]));
    const place = (n: MapNode) => {
      const linked = neighbours(n.key).flatMap((k) => (position.has(k) ? [position.get(k)!] : []));
      return linked.length > 0 ? mean(linked) : Infinity;
    };
    const withPlace = ordered[ci]!.map((n, i) => ({ n, i, p: place(n) }));
    withPlace.sort((a, b) => (a.p === b.p ? a.i - b.i : a.p - b.p));
    ordered[ci] = withPlace.map((w) => w.n);
  };
  for (let ci = fixed - 1; ci >= 0; ci--) follow(ci, ci + 1);
  for (let ci = fixed + 1; ci < ordered.length; ci++) follow(ci, ci - 1);
  return ordered;
}

/**
 * One picture: its columns spread over PANEL_WIDTH, each node's box as tall as
 * its wrapped label, nodes spread evenly down the tallest column. An edge runs
 * from the right side of the node on the left to the left side of the node on
 * the right, whichever way the relation points (a host organization, on the
 * right, links back to its group).
 */
export function panelLayout(view: MapView, panel: MapPanel, { lineHeight = 19, padding = 6, gap = 6, top = 40 } = {}): PanelLayout {
  const known = new Set(view.nodes.map((n) => n.key));
  const unknown = view.edges.flatMap((e) => [e.from, e.to]).find((key) => !known.has(key));
  if (unknown) throw new Error(`map: an edge names "${unknown}", which is no node`);
  const inPanel = (kinds: MapNodeKind[]) => view.nodes.filter((n) => kinds.includes(n.kind));
  const columnNodes = panel.columns.map((c) => inPanel(c.kinds));
  const keys = new Set(columnNodes.flat().map((n) => n.key));
  const edges = view.edges.filter((e) => keys.has(e.from) && keys.has(e.to));
  const fixed = panel.columns.findIndex((c) => c.kinds.includes('driver'));
  const ordered = orderColumns(columnNodes, edges, Math.max(fixed, 0));
  const used = panel.columns.reduce((sum, c) => sum + c.width, 0);
  const between = (PANEL_WIDTH - used) / Math.max(panel.columns.length - 1, 1);
  const xs = panel.columns.map((_, ci) => panel.columns.slice(0, ci).reduce((sum, c) => sum + c.width + between, 0));
  const boxed = ordered.map((nodes, ci) =>
    nodes.map((n) => {
      const width = panel.columns[ci]!.width;
      const lines = wrapWords(n.label, Math.floor((width - 2 * padding) / CHAR_WIDTH));
      return { ...n, lines, width, height: lines.length * lineHeight + padding };
    }),
  );
  const span = Math.max(...boxed.map((nodes) => nodes.reduce((sum, n) => sum + n.height + gap, 0)));
  const placed = new Map<string, PlacedNode>();
  boxed.forEach((nodes, ci) => {
    const space = (span - nodes.reduce((sum, n) => sum + n.height, 0)) / Math.max(nodes.length, 1);
    let y = top;
    for (const n of nodes) {
      y += space / 2;
      placed.set(n.key, { ...n, x: xs[ci]!, y: y + n.height / 2 });
      y += n.height + space / 2;
    }
  });
  const at = (key: string) => placed.get(key)!;
  return {
    id: panel.id,
    title: panel.title,
    width: PANEL_WIDTH,
    height: top + span + 10,
    lineHeight,
    columns: panel.columns.map((c, ci) => ({ heading: c.heading, x: xs[ci]!, width: c.width })),
    nodes: [...placed.values()],
    edges: edges.map((e) => {
      const [a, b] = [at(e.from), at(e.to)];
      const [left, right] = a.x <= b.x ? [a, b] : [b, a];
      return { ...e, x1: left.x + left.width, y1: left.y, x2: right.x, y2: right.y };
    }),
  };
}

/** Both pictures of the map. */
export const mapLayout = (view: MapView): PanelLayout[] => MAP_PANELS.map((p) => panelLayout(view, p));
