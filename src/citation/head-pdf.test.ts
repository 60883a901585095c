/**
 * citation_pdf_url: the home page and the real parts of the thesis name the
 * PDF of the whole thesis, which Zotero's Embedded Metadata translator then
 * attaches ("Full Text PDF"); a page composed from the data does not. The
 * address is absolute where SITE_URL is known, the site path otherwise
 * (tests/site/pdf.test.ts checks that Zotero resolves it against the page).
 */
import { describe, expect, it } from 'vitest';
import { THESIS_PDF_PATH } from '../knowledge/thesis-pdf-path.ts';
import { CTX, SITE } from './fixtures.ts';
import { partMetaTags, thesisMetaTags, thesisPdfUrl, type MetaTag } from './head.ts';
import type { CitablePage } from './pages.ts';

const pdfUrls = (tags: MetaTag[]) => tags.filter((t) => t.name === 'citation_pdf_url').map((t) => t.content);
const page = (kind: CitablePage['kind'], path: string): CitablePage => ({ path, kind, title: 'T', citationTitle: 'T', fileStem: path.slice(1, -1) });

describe('citation_pdf_url', () => {
  it('names the PDF once on the home page and on a part of the thesis, absolute with the site’s address', () => {
    expect(CTX.siteUrl).toBe(SITE);
    expect(pdfUrls(thesisMetaTags(CTX))).toEqual([`${SITE}${THESIS_PDF_PATH}`]);
    expect(pdfUrls(partMetaTags(CTX, page('chapter', '/chapters/methodology/')))).toEqual([`${SITE}${THESIS_PDF_PATH}`]);
  });

  it('is the site path without SITE_URL, and stays inside a site under a path', () => {
    expect(pdfUrls(thesisMetaTags({ ...CTX, siteUrl: undefined }))).toEqual([THESIS_PDF_PATH]);
    expect(thesisPdfUrl({ siteUrl: 'https://example.edu/pff' })).toBe(`https://example.edu/pff${THESIS_PDF_PATH}`);
  });

  it('is not on a page composed from the data, which is no part of the thesis', () => {
    expect(pdfUrls(partMetaTags(CTX, page('driver', '/drivers/recruitment/')))).toEqual([]);
  });
});
