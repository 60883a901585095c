/**
 * /map/: pointing at or tabbing to a box lights its lines and the boxes at
 * their other ends, and dims the rest, in both pictures (a consolidated
 * driver is drawn in each). Leaving the box, or Escape, shows everything again.
 * Without this script the map is drawn the same, every line at full strength.
 */

export interface EdgeEnds {
  from: string;
  to: string;
}

/** What a node lights: the indexes of its edges and the keys of the nodes they reach (itself included). */
export function litBy(key: string, edges: readonly EdgeEnds[]): { edges: number[]; nodes: Set<string> } {
  const lit = edges.flatMap((e, i) => (e.from === key || e.to === key ? [i] : []));
  return { edges: lit, nodes: new Set([key, ...lit.flatMap((i) => [edges[i]!.from, edges[i]!.to])]) };
}

export function initMapHighlight(root: Document): void {
  const map = root.querySelector<HTMLElement>('.map-pictures');
  if (!map) return;
  const edgeElements = [...map.querySelectorAll<SVGElement>('.edge')];
  const edges = edgeElements.map((e) => ({ from: e.dataset['from'] ?? '', to: e.dataset['to'] ?? '' }));
  const nodeElements = [...map.querySelectorAll<SVGElement>('.node[data-key]')];
  let current: string | undefined;
  const show = (key: string | undefined) => {
    if (key === current) return;
    current = key;
    const lit = key ? litBy(key, edges) : undefined;
    const litEdges = new Set(lit?.edges);
    edgeElements.forEach((e, i) => e.toggleAttribute('data-lit', litEdges.has(i)));
    for (const n of nodeElements) n.toggleAttribute('data-lit', lit?.nodes.has(n.dataset['key'] ?? '') ?? false);
    if (key) map.dataset['focus'] = key;
    else delete map.dataset['focus'];
  };
  const keyOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGElement>('.node[data-key]')?.dataset['key'] : undefined);
  map.addEventListener('pointerover', (event) => show(keyOf(event.target)));
  map.addEventListener('pointerleave', () => show(keyOf(root.activeElement)));
  map.addEventListener('focusin', (event) => show(keyOf(event.target)));
  map.addEventListener('focusout', (event) => show(keyOf(event.relatedTarget)));
  map.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') show(undefined);
  });

  // On a phone the lists come first and the pictures after them (MapPage's
  // CSS). Their boxes then leave the Tab order, so that Tab follows what is
  // seen: every box's link is in the lists above, and each picture's
  // scrolling box still takes focus to be scrolled by keyboard.
  const phone = matchMedia('(max-width: 50rem)');
  const follow = () => nodeElements.forEach((n) => (phone.matches ? n.setAttribute('tabindex', '-1') : n.removeAttribute('tabindex')));
  follow();
  phone.addEventListener('change', follow);
}
