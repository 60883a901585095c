import { describe, expect, it } from 'vitest';
import type { MapEdge, MapNode, MapView } from '~/knowledge/evidence/map';
import { CHAR_WIDTH, MAP_PANELS, PANEL_WIDTH, mapLayout, orderColumns, wrapWords } from './layout.ts';

const node = (kind: MapNode['kind'], id: string, label = id): MapNode => ({ key: `${kind}:${id}`, kind, label, href: `/${id}/` });
const edge = (from: string, to: string, kind: MapEdge['kind']): MapEdge => ({ from, to, kind, editorial: false, basis: 'x' });

/** Two drivers; theory t2 and candidate c2 belong with the second driver, so the heuristic must move them below t1 and c1. */
const view: MapView = {
  nodes: [
    node('theory', 't2', 'A theory with a rather long name that takes three lines'),
    node('theory', 't1'),
    node('theory', 'unlinked'),
    node('literature', 'c2', 'Stigmatisation and rejection/segregation/discrimination/deprivation of oneself or others'),
    node('literature', 'c1'),
    node('driver', 'd1'),
    node('driver', 'd2'),
    node('group', 'g1'),
    node('group', 'g2'),
    node('organization', 'o2'),
    node('organization', 'o1'),
  ],
  edges: [
    edge('theory:t2', 'literature:c2', 'cited-by'),
    edge('theory:t1', 'literature:c1', 'cited-by'),
    edge('literature:c1', 'driver:d1', 'consolidated-into'),
    edge('literature:c2', 'driver:d2', 'consolidated-into'),
    edge('driver:d1', 'group:g1', 'reported-for'),
    edge('driver:d2', 'group:g2', 'reported-for'),
    edge('organization:o1', 'group:g1', 'hosts'),
    edge('organization:o2', 'group:g2', 'hosts'),
  ],
};

describe('the map’s layout', () => {
  const panels = mapLayout(view);

  it('draws two pictures of three columns, each as wide as a 1366 px screen’s text column, every node of a column once', () => {
    expect(panels.map((p) => p.columns.map((c) => c.heading))).toEqual(MAP_PANELS.map((p) => p.columns.map((c) => c.heading)));
    for (const p of panels) {
      expect(p.width).toBe(PANEL_WIDTH);
      const last = p.columns.at(-1)!;
      expect(last.x + last.width).toBeCloseTo(PANEL_WIDTH);
    }
    const [literature, groups] = panels;
    expect(literature!.nodes.map((n) => n.key).sort()).toEqual(
      view.nodes
        .filter((n) => ['theory', 'literature', 'driver'].includes(n.kind))
        .map((n) => n.key)
        .sort(),
    );
    expect(groups!.nodes.map((n) => n.key).sort()).toEqual(
      view.nodes
        .filter((n) => ['driver', 'group', 'organization'].includes(n.kind))
        .map((n) => n.key)
        .sort(),
    );
    // Every edge is drawn in the one picture that has both its ends.
    expect(panels.flatMap((p) => p.edges.map((e) => `${e.from}>${e.to}`)).sort()).toEqual(view.edges.map((e) => `${e.from}>${e.to}`).sort());
  });

  it('runs each line from the right side of its left node to the left side of its right node', () => {
    for (const p of panels) {
      for (const e of p.edges) {
        const [a, b] = [p.nodes.find((n) => n.key === e.from)!, p.nodes.find((n) => n.key === e.to)!];
        const [left, right] = a.x < b.x ? [a, b] : [b, a];
        expect([e.x1, e.y1, e.x2, e.y2]).toEqual([left.x + left.width, left.y, right.x, right.y]);
      }
    }
  });

  it('keeps boxes in a column apart and inside the picture, each as tall as its lines', () => {
    for (const p of panels) {
      for (const a of p.nodes) {
        expect(a.height).toBe(a.lines.length * p.lineHeight + 6);
        expect(a.y + a.height / 2).toBeLessThan(p.height);
        for (const b of p.nodes) if (a !== b && a.x === b.x) expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual((a.height + b.height) / 2);
      }
    }
  });

  it('wraps each label to its box’s width', () => {
    for (const p of panels)
      for (const n of p.nodes) for (const line of n.lines) if (line.includes(' ')) expect(line.length * CHAR_WIDTH).toBeLessThanOrEqual(n.width - 12);
  });

  it('orders the columns beside the fixed one by where their links lead, unlinked nodes last', () => {
    const [literature] = panels;
    const column = (kind: MapNode['kind']) =>
      literature!.nodes
        .filter((n) => n.kind === kind)
        .sort((a, b) => a.y - b.y)
        .map((n) => n.key);
    expect(column('driver')).toEqual(['driver:d1', 'driver:d2']);
    expect(column('literature')).toEqual(['literature:c1', 'literature:c2']);
    expect(column('theory')).toEqual(['theory:t1', 'theory:t2', 'theory:unlinked']);
    // Control: with no edges nothing moves.
    const columns = [
      view.nodes.filter((n) => n.kind === 'theory'),
      view.nodes.filter((n) => n.kind === 'literature'),
      view.nodes.filter((n) => n.kind === 'driver'),
    ];
    expect(orderColumns(columns, [], 2).map((c) => c.map((n) => n.key))).toEqual(columns.map((c) => c.map((n) => n.key)));
  });

  it('stops on an edge whose end is no node, naming it', () => {
    const broken: MapView = { nodes: view.nodes, edges: [...view.edges, edge('driver:d1', 'group:nowhere', 'reported-for')] };
    expect(() => mapLayout(broken)).toThrow(/"group:nowhere"/);
  });
});

describe('wrapWords', () => {
  it('wraps labels at spaces and after slashes, never losing a character', () => {
    const label = 'Stigmatisation and rejection/segregation/discrimination/deprivation of oneself or others';
    const lines = wrapWords(label, 46);
    // "discrimination/deprivation of oneself or others" is 47 characters: one too many.
    expect(lines).toEqual(['Stigmatisation and rejection/segregation/', 'discrimination/deprivation of oneself or', 'others']);
    // A line that ends after a slash continues without a space; any other, after one.
    const rejoin = (ls: string[]) => ls.reduce((text, l) => text + (text.endsWith('/') ? '' : ' ') + l);
    expect(rejoin(lines)).toBe(label);
    const other = 'Enabling environment or complicit social surrounding /support structures';
    expect(rejoin(wrapWords(other, 30))).toBe(other);
    expect(wrapWords(other, 30).every((l) => l.length <= 30)).toBe(true);
    expect(wrapWords('Short', 46)).toEqual(['Short']);
  });
});
