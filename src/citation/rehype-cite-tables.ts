/**
 * A rehype plugin: after each thesis table of the chapter MDX (a
 * `<div class="thesis-table">` holding `<table id="table-N">`, as the importer
 * writes them), a "Cite this table" link to the table's citation, #cite-table-N,
 * in the page's "Cite this page" block (src/components/cite/CitePage.astro).
 *
 * In MDX the importer's HTML arrives as JSX nodes (mdxJsxFlowElement); in plain
 * Markdown it would be hast elements. Both are handled.
 */

interface Attribute {
  type?: string;
  name?: string;
  value?: unknown;
}
interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: Attribute[];
  children?: Node[];
  value?: string;
}

const nameOf = (node: Node) => (node.type === 'element' ? node.tagName : node.type === 'mdxJsxFlowElement' ? node.name : undefined);

function attribute(node: Node, name: string): string | undefined {
  if (node.type === 'element') {
    const key = name === 'class' ? 'className' : name;
    const v = node.properties?.[key];
    return Array.isArray(v) ? v.join(' ') : typeof v === 'string' ? v : undefined;
  }
  const a = node.attributes?.find((attr) => attr.type === 'mdxJsxAttribute' && (attr.name === name || (name === 'class' && attr.name === 'className')));
  return typeof a?.value === 'string' ? a.value : undefined;
}

/** The table number of a thesis-table wrapper, or null. */
export function thesisTableNumber(node: Node): number | null {
  if (nameOf(node) !== 'div' || !(attribute(node, 'class') ?? '').split(/\s+/).includes('thesis-table')) return null;
  for (const child of node.children ?? []) {
    if (nameOf(child) !== 'table') continue;
    const m = /^table-(\d+)$/.exec(attribute(child, 'id') ?? '');
    if (m) return Number(m[1]);
  }
  return null;
}

export function citeTableLink(n: number): Node {
  return {
    type: 'element',
    tagName: 'p',
    properties: { className: ['cite-table-link'] },
    children: [{ type: 'element', tagName: 'a', properties: { href: `#cite-table-${n}` }, children: [{ type: 'text', value: `Cite Table ${n}` }] }],
  };
}

function insertLinks(parent: Node): void {
  const children = parent.children;
  if (!children) return;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const n = thesisTableNumber(child);
    if (n !== null) {
      children.splice(i + 1, 0, citeTableLink(n));
      i++;
    } else {
      insertLinks(child);
    }
  }
}

export function rehypeCiteTables() {
  return (tree: Node) => insertLinks(tree);
}
