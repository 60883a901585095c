import { describe, expect, it } from 'vitest';
import { addTableCiteLinks, citeTableLink } from './table-links.ts';

describe('addTableCiteLinks', () => {
  it('adds a link after each thesis table, to #cite-table-N', () => {
    const html = [
      '<p>Before.</p>',
      '<div class="thesis-table">\n<table id="table-3">\n<caption>Table 3: X</caption><tbody><tr><td>1</td></tr></tbody></table>\n</div>',
      '<p>Between.</p>',
      '<div class="thesis-table astro-abc"><table id="table-4"><tbody><tr><td><div>nested</div></td></tr></tbody></table></div>',
    ].join('\n');
    const out = addTableCiteLinks(html);
    expect(out.match(/#cite-table-\d+/g)).toEqual(['#cite-table-3', '#cite-table-4']);
    expect(out).toContain(`</table>\n</div>${citeTableLink(3)}`);
    expect(out).toContain(`</table></div>${citeTableLink(4)}`);
    expect(citeTableLink(3)).toBe('<p class="cite-table-link"><a href="#cite-table-3">Cite Table 3</a></p>');
  });

  it('leaves tables without a number (the table of contents) and other HTML unchanged', () => {
    const html = '<div class="thesis-table"><table><tbody><tr><td>1</td></tr></tbody></table></div><table id="table-9"></table>';
    expect(addTableCiteLinks(html)).toBe(html);
  });

  it('gives each table one link', () => {
    const html = '<div class="thesis-table"><table id="table-5"></table></div>';
    expect(addTableCiteLinks(html).match(/cite-table-link/g)).toHaveLength(1);
  });
});
