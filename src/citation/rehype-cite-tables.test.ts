import { describe, expect, it } from 'vitest';
import { rehypeCiteTables, thesisTableNumber } from './rehype-cite-tables.ts';

const jsx = (name: string, attrs: Record<string, string>, children: unknown[] = []) => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: Object.entries(attrs).map(([n, value]) => ({ type: 'mdxJsxAttribute', name: n, value })),
  children,
});
const el = (tagName: string, properties: Record<string, unknown>, children: unknown[] = []) => ({ type: 'element', tagName, properties, children });

describe('rehypeCiteTables', () => {
  it('adds a "Cite Table N" link after each thesis table, in MDX (JSX) and in HTML form', () => {
    const tree = {
      type: 'root',
      children: [
        jsx('div', { class: 'thesis-table' }, [jsx('table', { id: 'table-3' })]),
        el('p', {}, [{ type: 'text', value: 'Between.' }]),
        el('section', {}, [el('div', { className: ['thesis-table'] }, [el('table', { id: 'table-9' })])]),
        jsx('div', { class: 'thesis-table' }, [jsx('table', {})]), // the table of contents: no id, no link
      ],
    };
    rehypeCiteTables()(tree as never);
    const links = JSON.stringify(tree).match(/#cite-table-\d+/g);
    expect(links).toEqual(['#cite-table-3', '#cite-table-9']);
    expect(tree.children[1]).toMatchObject({ tagName: 'p', properties: { className: ['cite-table-link'] } });
    expect(JSON.stringify(tree.children[1])).toContain('Cite Table 3');
  });

  it('recognises only a thesis-table wrapper holding a numbered table', () => {
    expect(thesisTableNumber(jsx('div', { class: 'thesis-table' }, [jsx('table', { id: 'table-12' })]) as never)).toBe(12);
    expect(thesisTableNumber(jsx('div', { class: 'other' }, [jsx('table', { id: 'table-1' })]) as never)).toBeNull();
    expect(thesisTableNumber(jsx('table', { id: 'table-1' }) as never)).toBeNull();
  });
});
