/**
 * Reads a PDF as a reader's tools do, with pdf.js (pdfjs-dist, Mozilla's PDF
 * reader, the one Firefox uses; pure JavaScript, no network): its pages'
 * text line by line, its footnote markers, its links, outline, named
 * destinations and metadata.
 *
 * Footnote markers are told from the words by their size: the PDF sets them
 * smaller and raised (src/edition/render-typst.ts), so pdf.js returns each as a
 * run of its own, digits only, smaller than any text. In a line's text a
 * marker reads "[^n]".
 */
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

/** Text smaller than this is a footnote marker (body 11 pt, notes 9 pt, tables 9.5 pt; markers 0.6 of that). */
const MARKER_MAX_SIZE = 8;
/** Below this height (pt from the foot of an A4 page) is the page's footer, its page number (the bottom margin is 2.8 cm, 79 pt). */
const FOOTER_MAX_Y = 70;

export interface PdfItem {
  text: string;
  x: number;
  y: number;
  size: number;
}

export interface PdfLine {
  /** The line's text, markers as "[^n]". */
  text: string;
  /** Height of its baseline from the foot of the page (pt). */
  y: number;
  /** Size of its largest text (pt). */
  size: number;
}

export interface PdfPage {
  /** 1-based. */
  n: number;
  lines: PdfLine[];
  /** The text of the footer. */
  footer: string;
  /** Every text run, for what is found by position (links' rectangles). */
  items: PdfItem[];
}

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  // pdf.js takes ownership of the buffer it is given: a copy keeps the caller's.
  return getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
}

const isTextItem = (item: unknown): item is TextItem => typeof item === 'object' && item !== null && 'str' in item;

export async function readPages(pdf: PDFDocumentProxy): Promise<PdfPage[]> {
  const pages: PdfPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const lines: PdfLine[] = [];
    const items: PdfItem[] = [];
    let footer = '';
    let line: PdfLine | undefined;
    let end = 0; // where the line's last run ended (pt from the left)
    for (const item of content.items.filter(isTextItem)) {
      const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
      const size = Math.hypot(a, b);
      if (item.str !== '') items.push({ text: item.str, x, y, size });
      if (item.str !== '' && y < FOOTER_MAX_Y) {
        footer += item.str;
      } else if (item.str !== '') {
        line ??= { text: '', y, size: 0 };
        const marker = /^\d+$/.test(item.str) && size < MARKER_MAX_SIZE;
        // A run that starts apart from the last, or back to its left (a table's next cell on the same baseline), is another word.
        const apart = (x > end + size * 0.2 || x < end - 1) && !/\s$/.test(line.text) && !/^\s/.test(item.str);
        line.text += marker ? `[^${item.str}]` : `${line.text !== '' && apart ? ' ' : ''}${item.str}`;
        if (!marker) line.size = Math.max(line.size, size);
        end = x + item.width;
      }
      if (item.hasEOL && line) {
        lines.push(line);
        line = undefined;
      }
    }
    if (line) lines.push(line);
    pages.push({ n, lines: lines.filter((l) => l.text.trim() !== ''), footer: footer.trim(), items });
  }
  return pages;
}

/** The 1-based page a destination (a name or an explicit array) points to. */
export async function pageOfDestination(pdf: PDFDocumentProxy, dest: unknown): Promise<number> {
  const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : dest;
  if (!Array.isArray(explicit) || explicit[0] === undefined) throw new Error(`No destination ${JSON.stringify(dest)} in the PDF`);
  return (await pdf.getPageIndex(explicit[0] as { num: number; gen: number })) + 1;
}

export interface PdfLink {
  page: number;
  /** [x1, y1, x2, y2] in pt from the page's lower left corner. */
  rect: [number, number, number, number];
  /** A destination in the PDF (a name or an explicit array), or an address outside it. */
  dest?: unknown;
  url?: string;
}

export async function readLinks(pdf: PDFDocumentProxy): Promise<PdfLink[]> {
  const links: PdfLink[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    for (const a of await (await pdf.getPage(n)).getAnnotations()) {
      if (a.subtype !== 'Link') throw new Error(`Page ${n} has a ${String(a.subtype)} annotation`);
      links.push({ page: n, rect: a.rect as PdfLink['rect'], dest: a.dest, url: a.url ?? a.unsafeUrl });
    }
  }
  return links;
}

/** The text runs of a page inside a rectangle (a link's). */
export function itemsIn(page: PdfPage, [x1, y1, x2, y2]: PdfLink['rect']): PdfItem[] {
  return page.items.filter((i) => i.x >= x1 - 1 && i.x <= x2 + 1 && i.y >= y1 - 1 && i.y <= y2 + 1);
}
