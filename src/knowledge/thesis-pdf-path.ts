/**
 * The address of the PDF of the whole thesis, written by
 * src/pages/pakistani-foreign-fighters-thesis.pdf.ts. It is cited (citation_pdf_url,
 * tests/published-urls.txt), so it never changes. A module with no imports,
 * for the citation layer, the pages and the benchmark alike.
 */
export const THESIS_PDF_PATH = '/pakistani-foreign-fighters-thesis.pdf';
