/**
 * Starlight's "On this page" label, an <h2>, made a plain <p class="toc-label">
 * (see TableOfContents.astro for why). Done on a parsed tree of Starlight's
 * markup (parse5, the HTML standard's parser), not by matching text, and the
 * build stops if Starlight's markup no longer has the heading, so that a
 * change in Starlight is noticed rather than passed over.
 */
import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const LABEL_ID = 'starlight__on-this-page';

function findLabel(node: Node): Element | undefined {
  if ('tagName' in node && node.tagName === 'h2' && node.attrs.some((a) => a.name === 'id' && a.value === LABEL_ID)) return node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) {
    const found = findLabel(child);
    if (found) return found;
  }
  return undefined;
}

export function onThisPageAsLabel(html: string): string {
  if (html.trim() === '') return html;
  const fragment = parseFragment(html);
  const label = findLabel(fragment);
  if (!label) {
    throw new Error(
      'src/components/overrides/TableOfContents.astro: Starlight’s table of contents no longer has its "On this page" <h2>; update this override',
    );
  }
  label.tagName = 'p';
  label.nodeName = 'p';
  label.attrs.push({ name: 'class', value: 'toc-label' });
  return serialize(fragment);
}
