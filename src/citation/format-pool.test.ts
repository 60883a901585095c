/**
 * The forms the pages show, formatted with one entry of the item per style
 * (csl-styles.ts, shownForms) and on worker threads (format-pool.ts), are
 * citation-js's own outputs, form by form.
 */
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { PRINTED_STYLE, STYLES, inText, reference, shownForms } from './csl-styles.ts';
import { partItem, thesisItem, webPageItem, type CslItem } from './csl.ts';
import { CTX } from './fixtures.ts';
import './format.ts'; // registers the styles in this thread
import { prefetch, shownFormsOf } from './format-pool.ts';
import { LISTED_TABLES, PART_PAGES, tablePages } from './page-ranges.ts';

const ITEMS: CslItem[] = [
  thesisItem(CTX),
  partItem(CTX, { path: '/chapters/results/', title: '4. Results' }),
  partItem(CTX, { path: '/case-studies/kashmir/', title: '4.1. Case study One: Kashmir', pages: PART_PAGES.get('case-studies/kashmir') }),
  partItem(CTX, {
    path: '/chapters/methodology/#table-5',
    title: 'Table 5: Final list of drivers',
    shortTitle: 'Table 5',
    pages: tablePages(5, LISTED_TABLES),
  }),
  webPageItem(CTX, { path: '/drivers/recruitment/', title: 'Recruitment by individuals or organizations' }),
  webPageItem(CTX, { path: '/drivers/recruitment/#in-iskp', title: 'Recruitment by individuals or organizations: ISKP' }),
  // No site URL: no URL in any form.
  partItem({ ...CTX, siteUrl: undefined }, { path: '/references/', title: 'References' }),
];

/** Each form as citation-js's `bibliography` and `citation` outputs give it, one call per form. */
const oneCallPerForm = (item: CslItem) =>
  STYLES.map((style) => ({
    html: reference(item, style, 'html'),
    inTextHtml: inText(item, style, 'html'),
    ...(style === PRINTED_STYLE ? { text: reference(item, style, 'text') } : {}),
  }));

describe('the forms the pages show', () => {
  it("are citation-js's outputs, in every style, the printed style's plain text included", () => {
    for (const item of ITEMS) expect(shownForms(item), item.id).toEqual(oneCallPerForm(item));
  }, 60_000);

  it('leave the engines they share with citation-js sorting as each style says', () => {
    // shownForms sets the sort keys aside while it formats one item: a list of two formatted after it is still in order.
    const zeal = webPageItem(CTX, { path: '/drivers/zeal/', title: 'Zeal' });
    const ardour = webPageItem(CTX, { path: '/drivers/ardour/', title: 'Ardour' });
    shownForms(zeal);
    for (const style of STYLES) {
      const list = String(new Cite([zeal, ardour]).format('bibliography', { template: style.template, lang: style.lang, format: 'text' }));
      expect(list.indexOf('Ardour'), style.id).toBeGreaterThanOrEqual(0);
      expect(list.indexOf('Ardour'), style.id).toBeLessThan(list.indexOf('Zeal'));
    }
  }, 60_000);
});

describe('formatted on worker threads', () => {
  it('gives what this thread gives, for items queued ahead and for items asked for first', async () => {
    prefetch(ITEMS.slice(3));
    const fromWorkers = await Promise.all(ITEMS.map((item) => shownFormsOf(item)));
    expect(fromWorkers).toEqual(ITEMS.map((item) => shownForms(item)));
  }, 60_000);

  it('rejects an item citeproc cannot format, naming it, and refuses two different items under one id', async () => {
    const broken = { ...ITEMS[4]!, id: 'no-such-title', title: 5 as unknown as string };
    await expect(shownFormsOf(broken)).rejects.toThrow(/Formatting the citation no-such-title failed/);
    expect(() => prefetch([{ ...ITEMS[0]!, title: 'Another title' }])).toThrow(`Two different citations have the id ${ITEMS[0]!.id}`);
  }, 60_000);
});
