/**
 * The PDF of the whole thesis (/pakistani-foreign-fighters-thesis.pdf), read
 * as a reader's tools read it (pdf.js, tests/support/pdf.ts) and compared
 * with the source (content/source/thesis.txt): every word of it and no other
 * but what the PDF says is its own; the title page; metadata; fonts; outline;
 * footnotes at the foot of their markers' pages; header rows on every page
 * of a table; the contents with this PDF's pages; the links to it from the
 * site and the citation_pdf_url that Zotero reads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { colophonLines, PDF_PAGE_COLUMN } from '../../src/edition/render-typst.ts';
import { THESIS_PAGES } from '../../src/source/parts.ts';
import { fileForUrlPath, readPage } from '../support/dist.ts';
import { itemsIn, openPdf, pageOfDestination, readLinks, readPages, type PdfPage } from '../support/pdf.ts';
import { blocks, footnotes, source, tables, THESIS_URLS } from '../support/thesis-source.ts';

const PDF_PATH = '/pakistani-foreign-fighters-thesis.pdf';
const bytes = new Uint8Array(readFileSync(fileForUrlPath(PDF_PATH)));
const pdf = await openPdf(bytes);
const pages = await readPages(pdf);
const links = await readLinks(pdf);
const meta = load(readFileSync(new URL('../../content/metadata/thesis.yaml', import.meta.url), 'utf8')) as {
  title: string;
  language: string;
  knowledgeBase: { title: string; version: string };
};
/** This build's data version, as the /cite/ page states it ("1.0 of 2026-12-07"). */
const VERSION = /version <strong>([^<]+)<\/strong>/.exec(readPage('/cite/'))?.[1] ?? '';
const VERSION_DATE = / of (\d{4}-\d{2}-\d{2})$/.exec(VERSION)?.[1] ?? '';

/** The source's words: list dashes, footnote markers, bold and emphasis marks, the extraction's "\$" and link brackets set aside. */
const sourceWords = source
  .replace(/^- /gm, '')
  .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu, ' ')
  .replace(/\*/g, '')
  .replace(/\\\$/g, '$')
  .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
  .split(/\s+/)
  .filter((w) => w !== '');
/** Words the text may print whole where a page break of the source cut them after a hyphen ("Pro-" | "Assad"). */
const known = new Set([...sourceWords, ...sourceWords.flatMap((w, i) => (w.endsWith('-') ? [w + (sourceWords[i + 1] ?? '')] : []))]);
const prefixes = new Set([...known].flatMap((w) => Array.from({ length: w.length }, (_, i) => w.slice(0, i + 1))));

/**
 * A run of PDF lines as words. A line that ends inside a word (a hyphenated
 * compound, a long address: its last word is no word of the source, and with
 * the next line's first it begins one) joins the next without a space.
 * Footnote markers ("[^n]") are set aside; so are list bullets.
 */
function wordsOf(lines: readonly string[]): string[] {
  const words: string[] = [];
  for (const line of lines) {
    const [first, ...rest] = line
      .replace(/\[\^\d+\]/g, ' ')
      .replace(/\*/g, '')
      .split(/\s+/)
      .filter((w) => w !== '' && w !== '•');
    if (first === undefined) continue;
    const last = words.at(-1);
    if (last !== undefined && !known.has(last) && prefixes.has(last + first)) words[words.length - 1] = last + first;
    else words.push(first);
    words.push(...rest);
  }
  return words;
}

const textOfPage = (page: PdfPage) => wordsOf(page.lines.map((l) => l.text)).join(' ');
const pageTexts = pages.map(textOfPage);

const counts = (words: readonly string[]) => {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
};

/** The links of the column of this PDF's pages beside the contents and the List of Tables, on the pages that print its header: digits only. */
const contentsPages = new Set(pages.filter((p) => p.lines.some((l) => l.text.endsWith(PDF_PAGE_COLUMN))).map((p) => p.n));
const pageColumnLinks = links.flatMap((link) => {
  if (!contentsPages.has(link.page)) return [];
  const items = itemsIn(pages[link.page - 1]!, link.rect);
  const text = items.map((i) => i.text).join('');
  return link.dest !== undefined && items.length > 0 && /^\d+$/.test(text) ? [{ ...link, text }] : [];
});

/**
 * Each table that prints header rows: its header cells' words and the pages
 * it runs to, from its caption's to the first that prints its last row
 * (read from the source).
 */
const tablesWithHeaders = [...tables()].flatMap(([n, { caption, rows }]) => {
  const headerRows = /^\d+$/.test(rows[0]?.[0] ?? '') ? 0 : rows[1]?.[1] === '' ? 2 : 1;
  if (headerRows === 0) return [];
  const cells = rows.slice(0, headerRows).flatMap((r) => r.filter(Boolean).map((c) => wordsOf([c]).join(' ')));
  const body = rows.slice(headerRows).map((r) => wordsOf([r.filter(Boolean).join(' ')]).join(' '));
  const first = pageTexts.findIndex((text) => text.includes(wordsOf([caption]).join(' ')));
  const last = pageTexts.findIndex((text, i) => i >= first && text.includes(body.at(-1) ?? '(none)'));
  const spanned = first < 0 || last < 0 ? [] : Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return [{ n, cells, body, spanned }];
});

/** The page whose first heading line (16 pt) reads `heading`. */
const pageOfHeading = (heading: string) => pages.find((p) => p.lines.some((l) => Math.round(l.size) === 16 && l.text === heading))?.n;

describe('the PDF of the thesis', () => {
  it('is a PDF', () => {
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(pages.length).toBeGreaterThan(40);
  });

  it('holds every word of the thesis, and no other word but its own note and page column', () => {
    const colophonPage = pages.findIndex((p) => p.lines.some((l) => l.text === 'About this PDF'));
    expect(colophonPage).toBe(1); // the reverse of the title page
    const got = pages.filter((_, i) => i !== colophonPage).flatMap((p) => wordsOf(p.lines.map((l) => l.text)));
    const gotSet = new Set(got);
    // A source word cut by a page break counts once, whole, where the PDF prints it whole.
    const expected = sourceWords.flatMap((w, i) =>
      w.endsWith('-') && gotSet.has(w + (sourceWords[i + 1] ?? ''))
        ? []
        : [i > 0 && sourceWords[i - 1]!.endsWith('-') && gotSet.has(sourceWords[i - 1]! + w) ? sourceWords[i - 1]! + w : w],
    );
    // What the PDF adds: the header of its page column twice (contents, List of Tables) and the column's numbers,
    // and a table's header rows again on each further page it runs to.
    expected.push(...Array.from({ length: 2 }, () => PDF_PAGE_COLUMN.split(' ')).flat(), ...pageColumnLinks.map((l) => l.text));
    for (const table of tablesWithHeaders) expected.push(...table.spanned.slice(1).flatMap(() => table.cells.flatMap((c) => c.split(' '))));
    const want = counts(expected);
    const have = counts(got);
    const differences = [...new Set([...want.keys(), ...have.keys()])].filter((w) => want.get(w) !== have.get(w));
    expect(differences.map((w) => `${w}: ${want.get(w) ?? 0} in the source, ${have.get(w) ?? 0} in the PDF`)).toEqual([]);
  });

  it('says on the reverse of the title page what it is, with the data version', () => {
    const expected = colophonLines({ meta: meta as never, siteUrl: undefined, dataVersion: { label: VERSION, date: VERSION_DATE } });
    expect(VERSION).toMatch(/^\d+(\.\d+)* of \d{4}-\d{2}-\d{2}$/);
    expect(textOfPage(pages[1]!)).toBe(wordsOf(expected).join(' '));
    // A build without SITE_URL names no address.
    expect(pageTexts[1]).not.toMatch(/https?:/);
  });

  it('carries the title on page 1, at the top, in its largest type, larger than any other text', () => {
    const [first] = pages;
    const largest = Math.max(...first!.lines.map((l) => l.size));
    const title = first!.lines.filter((l) => l.size === largest);
    expect(title.map((l) => l.text).join(' ')).toBe(meta.title);
    expect(Math.min(...title.map((l) => l.y))).toBeGreaterThan(841.89 / 2);
    expect(Math.max(...pages.slice(1).flatMap((p) => p.lines.map((l) => l.size)))).toBeLessThan(largest);
  });

  it('has its title and date in its metadata, a subject and keywords, the language, and no author', async () => {
    const { info, metadata } = (await pdf.getMetadata()) as { info: Record<string, unknown>; metadata: { get(name: string): unknown } | null };
    expect(info['Title']).toBe(meta.title);
    expect(metadata?.get('dc:title')).toBe(meta.title);
    expect(info['CreationDate']).toBe(`D:${VERSION_DATE.replaceAll('-', '')}000000Z`);
    expect(info['Subject']).toContain(VERSION);
    expect(String(info['Keywords']).split(', ')).toEqual(expect.arrayContaining(['Kashmir', 'Afghanistan', 'Syria']));
    expect(info['Language']).toBe(meta.language);
    expect(info['Author']).toBeUndefined();
    expect(metadata?.get('dc:creator')).toBeFalsy();
  });

  it('is tagged for accessibility as PDF/UA-1, each table a Table with header cells', async () => {
    const { metadata } = (await pdf.getMetadata()) as { metadata: { get(name: string): unknown } | null };
    expect(metadata?.get('pdfuaid:part')).toBe('1');
    // pdf.js 6 returns the MarkInfo dictionary as a Map, though its types say an object.
    const markInfo = (await pdf.getMarkInfo()) as unknown as ReadonlyMap<string, unknown> | null;
    expect(markInfo?.get('Marked')).toBe(true);
    const page = pages.find((p) => p.lines.some((l) => l.text.startsWith('Table 5:')))!;
    const roles: string[] = [];
    const walk = (node: { role?: string; children?: unknown[] }) => {
      if (node.role) roles.push(node.role);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk((await (await pdf.getPage(page.n)).getStructTree()) as never);
    // Table 5: two header rows (five cells each, spans counted once), eleven rows of seven cells.
    const table5 = tables().get(5)!;
    const headerCells = table5.rows.slice(0, 2).flatMap((row) => row.filter((c) => c !== ''));
    expect(roles.filter((r) => r === 'Table')).toHaveLength(1);
    expect(roles.filter((r) => r === 'TH')).toHaveLength(headerCells.length);
    expect(roles.filter((r) => r === 'TD')).toHaveLength((table5.rows.length - 2) * table5.rows[0]!.length);
  });

  it('embeds every font it uses (Libertinus Serif, subset), and a PDF that does not is caught', async () => {
    const missing = async (doc: typeof pdf) => {
      const out: string[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        const ops = await page.getOperatorList();
        ops.fnArray.forEach((fn, i) => {
          if (fn !== OPS.setFont) return;
          const font = page.commonObjs.get(String((ops.argsArray[i] as unknown[])[0])) as { missingFile?: boolean };
          if (font.missingFile !== false) out.push(`page ${n}`);
        });
      }
      return out;
    };
    expect(await missing(pdf)).toEqual([]);
    const raw = new TextDecoder('latin1').decode(bytes);
    const names = [...raw.matchAll(/\/FontName\s*\/([^\s/>]+)/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^[A-Z]{6}\+LibertinusSerif-/);
    // Control: a page set in Helvetica, which the PDF names but does not carry.
    const helvetica = new TextEncoder().encode(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>endobj\n4 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n5 0 obj<</Length 34>>stream\nBT /F1 12 Tf 20 100 Td (Hi) Tj ET\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    );
    expect(await missing(await openPdf(helvetica))).toEqual(['page 1']);
  });

  it('names no resource outside itself: no script, attachment or action, links only to addresses the thesis prints', async () => {
    expect(await pdf.getJSActions()).toBeNull();
    expect(await pdf.getAttachments()).toBeNull();
    expect(await pdf.getOpenAction()).toBeNull();
    const raw = new TextDecoder('latin1').decode(bytes);
    expect(raw).not.toMatch(/\/(JavaScript|JS|Launch|GoToR|GoToE|SubmitForm|ImportData|RichMedia|URL)\b/);
    const external = links.filter((l) => l.dest === undefined);
    expect(external.length).toBeGreaterThan(20);
    for (const link of external) expect(source.includes(link.url ?? '(none)'), link.url).toBe(true);
  });

  it('lists every part of the thesis in its outline, each at the page of its heading', async () => {
    const outline = await pdf.getOutline();
    const parts = THESIS_PAGES.slice(1).map((p) => p.startsAt);
    expect(outline.map((o) => o.title)).toEqual(['Abstract', 'Acknowledgment', ...parts]);
    for (const item of outline) expect(await pageOfDestination(pdf, item.dest), item.title).toBe(pageOfHeading(item.title));
  });

  it('prints the contents and the List of Tables as the thesis does, with this PDF’s page of each line, linked there', async () => {
    const printed = blocks.filter((b) => b.startsWith('No.\tTable of Contents') || b.startsWith('List of Tables\t'));
    const rows = printed.flatMap((b) => b.split('\n').slice(1));
    expect(pageColumnLinks).toHaveLength(rows.length);
    for (const link of pageColumnLinks) expect(Number(link.text)).toBe(await pageOfDestination(pdf, link.dest));
    // Each line's page is where its part, section or table is printed (a section whose heading the text words otherwise goes to its part).
    const introduction = pageColumnLinks[0]!;
    expect(pageTexts[Number(introduction.text) - 1]).toContain('1. Chapter One: Introduction');
    const table9 = pageColumnLinks.at(-1)!;
    expect(pageTexts[Number(table9.text) - 1]).toContain('Table 9: Drivers of Foreign Fighters Across all Conflicts');
  });

  it('sets each of the 46 footnotes at the foot of the page of its marker, with its text as printed', () => {
    expect([...footnotes.keys()]).toHaveLength(46);
    for (const [n, text] of footnotes) {
      const marker = `[^${n}]`;
      const markerPages = pages.filter((p) => p.lines.some((l) => l.text.includes(marker) && !l.text.startsWith(marker)));
      const notePages = pages.filter((p) => p.lines.some((l) => l.text.startsWith(marker)));
      expect(
        markerPages.map((p) => p.n),
        `footnote ${n}`,
      ).toEqual(notePages.map((p) => p.n));
      expect(notePages, `footnote ${n}`).toHaveLength(1);
      const lines = notePages[0]!.lines;
      const start = lines.findIndex((l) => l.text.startsWith(marker));
      const end = lines.findIndex((l, i) => i > start && (l.text.startsWith('[^') || l.size > 9.5));
      const note = wordsOf(lines.slice(start, end < 0 ? undefined : end).map((l) => l.text));
      expect(note.join(' '), `footnote ${n}`).toBe(wordsOf([text.replace(/\\\$/g, '$')]).join(' '));
    }
  });

  it('repeats the header rows of each table on every page the table runs to', () => {
    expect(tablesWithHeaders.map((t) => t.n)).toEqual([1, 2, 5, 6, 7, 8, 9]);
    // Which tables break depends on the layout; the unit test of render-typst.ts typesets one that must.
    for (const { n, cells, body, spanned } of tablesWithHeaders) {
      expect(spanned.length, `Table ${n}`).toBeGreaterThan(0);
      for (const i of spanned) {
        const text = pageTexts[i]!;
        const firstRow = Math.min(...body.map((row) => text.indexOf(row)).filter((at) => at >= 0));
        for (const cell of cells) {
          const at = text.indexOf(cell);
          expect(at, `Table ${n}, page ${i + 1}: "${cell}"`).toBeGreaterThanOrEqual(0);
          expect(at, `Table ${n}, page ${i + 1}: "${cell}" above the rows`).toBeLessThan(firstRow);
        }
      }
    }
  });
});

type Element = DefaultTreeAdapterTypes.Element;

/** The meta elements of a page, as Zotero's Embedded Metadata translator reads them (in the head or the body). */
function metaTags(html: string): Array<{ name: string; content: string }> {
  const out: Array<{ name: string; content: string }> = [];
  const visit = (node: DefaultTreeAdapterTypes.Node) => {
    if ('tagName' in node && node.tagName === 'meta') {
      const attr = (n: string) => (node as Element).attrs.find((a) => a.name === n)?.value;
      const name = attr('name');
      const content = attr('content') ?? attr('contents');
      if (name !== undefined && content !== undefined) out.push({ name, content });
    }
    for (const child of 'childNodes' in node ? node.childNodes : []) visit(child);
  };
  visit(parse(html));
  return out;
}

/**
 * What Zotero attaches when it saves the page at `location`, by its Embedded
 * Metadata translator (zotero/translators, "Embedded Metadata.js"): the first
 * meta tag whose name ends in "citation_pdf_url" becomes a "Full Text PDF"
 * attachment, its URL resolved against the page (zotero/translate,
 * translate.js resolveURL); without one, a snapshot of the page.
 */
function zoteroAttachment(html: string, location: string): { title: string; url?: string; mimeType?: string } {
  const pdfUrl = metaTags(html).find((m) => m.name.endsWith('citation_pdf_url'))?.content;
  return pdfUrl ? { title: 'Full Text PDF', url: new URL(pdfUrl, location).href, mimeType: 'application/pdf' } : { title: 'Snapshot' };
}

describe('links to the PDF', () => {
  const origin = 'http://127.0.0.1:4321';

  it('makes Zotero attach it when saving the home page or any part of the thesis, and not a composed page', () => {
    for (const path of ['/', ...THESIS_URLS]) {
      const attachment = zoteroAttachment(readPage(path), `${origin}${path}`);
      expect(attachment, path).toEqual({ title: 'Full Text PDF', url: `${origin}${PDF_PATH}`, mimeType: 'application/pdf' });
      const file = fileForUrlPath(new URL(attachment.url!).pathname);
      expect(existsSync(file) && readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    }
    // Control: a page composed from the data has no citation_pdf_url; Zotero saves a snapshot of it.
    expect(zoteroAttachment(readPage('/drivers/recruitment/'), `${origin}/drivers/recruitment/`)).toEqual({ title: 'Snapshot' });
  });

  it('opens it from every part of the thesis at the page where that part begins', () => {
    for (const part of THESIS_PAGES) {
      const html = readPage(`/${part.slug}/`);
      const hrefs = [...html.matchAll(/href="\/pakistani-foreign-fighters-thesis\.pdf#page=(\d+)"/g)].map((m) => Number(m[1]));
      expect(hrefs, part.slug).toHaveLength(1);
      expect(hrefs[0], part.slug).toBe(part.slug === 'front-matter' ? 1 : pageOfHeading(part.startsAt));
    }
  });

  it('links it from the home page and /cite/', () => {
    for (const path of ['/', '/cite/']) expect(readPage(path), path).toContain(`href="${PDF_PATH}"`);
  });
});
