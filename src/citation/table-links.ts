/**
 * "Cite Table N" after each thesis table of a chapter: the rendered HTML of a
 * page's content gets, after each `<div class="thesis-table">` holding
 * `<table id="table-N">` (the importer's markup, src/edition/render-mdx.ts), a
 * link to the table's citation, #cite-table-N, in the page's "Cite this page"
 * block. Done on the HTML (src/components/overrides/MarkdownContent.astro)
 * rather than with a rehype plugin, which Astro 7 would only run by switching
 * the site's Markdown processor from satteri to unified.
 */

const THESIS_TABLE = /<div class="thesis-table[^"]*"[^>]*>\s*<table id="table-(\d+)"[^>]*>[^]*?<\/table>\s*<\/div>/g;

export const citeTableLink = (n: number): string => `<p class="cite-table-link"><a href="#cite-table-${n}">Cite Table ${n}</a></p>`;

/** The HTML with a "Cite Table N" link after each thesis table; other HTML unchanged. */
export function addTableCiteLinks(html: string): string {
  return html.replace(THESIS_TABLE, (table: string, n: string) => `${table}${citeTableLink(Number(n))}`);
}
