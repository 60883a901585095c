/**
 * Renders the document model of the thesis (src/source/document.ts) as one
 * Typst document, typeset into the PDF of the whole thesis
 * (src/edition/typeset.ts): the second renderer of the model beside the web
 * edition's (render-mdx.ts), never from the HTML.
 *
 * Pure: model and a few plain values (metadata, the site's address, the data
 * version) in, Typst source out. Every word of the author's is written as
 * literal text: whatever Typst would read as markup (#, $, *, _, @, <, [, \,
 * quotes, dashes …) is escaped, so it comes out exactly as printed. The
 * extraction's inline syntax becomes Typst's: superscript footnote markers
 * become footnotes at the foot of their page, with the thesis's numbers;
 * `*emphasis*` italics, `**strong**` bold (the title page), `<https://…>`
 * and bare addresses links.
 *
 * What the PDF adds is labelled as this site's: the note on the reverse of the
 * title page (colophonLines) and the column of this PDF's pages beside the
 * printed page numbers of the table of contents and the List of Tables.
 */
import type { Contents, DocumentBlock, Lines, Part, Table, ThesisDocument } from '../source/document.ts';
import { FOOTNOTE_MARKER, superscriptToNumber } from '../source/blocks.ts';
import type { ThesisMetadata } from '../knowledge/schemas.ts';
import { contentsHref } from './contents-links.ts';

/** What the PDF says about itself, passed in so that this module stays pure. */
export interface PdfEdition {
  meta: ThesisMetadata;
  /** The site's public address (SITE_URL), when the build knows it. */
  siteUrl: string | undefined;
  /** The state of the knowledge base typeset: its label ("1.0 of 2025-06-01") and ISO date. */
  dataVersion: { label: string; date: string };
}

/** The header of the column this PDF adds to the table of contents and the List of Tables. */
export const PDF_PAGE_COLUMN = 'Page in this PDF';

/** The metadata after each part's heading: the part's id and the page it begins on (read by typeset.ts). */
export const PART_START_LABEL = 'part-start';

/**
 * The Typst label (and PDF named destination) of a part's heading,
 * "chapters.introduction"; a section's is the part's, a colon and the
 * heading's anchor ("case-studies.kashmir:412-drivers-of-the-foreign-fighters-in-kashmir").
 */
export const partLabel = (slug: string): string => slug.replaceAll('/', '.');
export const sectionLabel = (slug: string, anchor: string): string => `${partLabel(slug)}:${anchor}`;
export const tableLabel = (n: number): string => `table-${n}`;

/** The lines of the note on the reverse of the title page, as printed there: what this PDF is. */
export function colophonLines(edition: PdfEdition): string[] {
  const { meta, siteUrl, dataVersion } = edition;
  const where = siteUrl ? ` at ${siteUrl}/` : '';
  return [
    'About this PDF',
    `This PDF is the typesetting of the thesis’s text by ${meta.knowledgeBase.title}${where}, made from the same reading of the text as its web edition (data version ${dataVersion.label}). It is not a copy of the original document: its layout, line breaks and page numbers are its own, and the thesis’s words, numbering, tables and footnotes are as printed.`,
    `The page numbers of the original are those its table of contents and List of Tables print (the column “Page No.”), and those the site’s citations give; the column “${PDF_PAGE_COLUMN}” beside them is this PDF’s. Four entries of the reference list that page breaks of the original cut into pieces are printed whole.`,
  ];
}

export function renderTypst(doc: ThesisDocument, edition: PdfEdition): string {
  const notes = new FootnoteWriter(doc);
  const body = doc.parts.map((part) => renderPart(part, doc, edition, notes)).join('\n\n');
  return `${preamble(edition)}\n\n${body}\n`;
}

function preamble({ meta, dataVersion }: PdfEdition): string {
  const [year, month, day] = dataVersion.date.split('-').map(Number);
  if (!year || !month || !day) throw new Error(`Typst edition: the data version's date "${dataVersion.date}" is not YYYY-MM-DD`);
  const subject = `${meta.genre}, ${meta.degree}, ${meta.institutions.join(', ')}, submitted ${meta.submitted}. Typeset by ${meta.knowledgeBase.title} from the thesis's text, data version ${dataVersion.label}.`;
  // The terms of the title and the degree, for search engines and reference managers.
  const keywords = ['Pakistani foreign fighters', 'radicalization', 'Afghanistan', 'Kashmir', 'Syria', meta.genre];
  return `#set document(
  title: ${str(meta.title)},
  description: ${str(subject)},
  keywords: (${keywords.map(str).join(', ')}),
  date: datetime(year: ${year}, month: ${month}, day: ${day}),
)
#set page(
  paper: "a4",
  margin: (x: 2.6cm, top: 2.5cm, bottom: 2.8cm),
  footer: context if here().page() > 1 { align(center, text(size: 9pt, counter(page).display())) },
)
// One font, carried by the compiler; no fallback, so no font of the machine that builds can slip in.
#set text(font: "Libertinus Serif", fallback: false, size: 11pt, lang: ${str(meta.language)}, hyphenate: false)
#set par(justify: true, leading: 0.62em, spacing: 1.05em)
// Footnote markers smaller and raised, not the font's superscript digits (full-size glyphs on the baseline), so that text extraction tells them from the words.
#set super(typographic: false)
#set footnote.entry(separator: line(length: 30%, stroke: 0.5pt), gap: 0.5em)
#show footnote.entry: set text(size: 9pt)
#show footnote.entry: set par(justify: true)
#show heading: set text(weight: "bold")
#show heading: set block(above: 1.5em, below: 0.9em)
#show heading.where(level: 1): set text(size: 16pt)
#show heading.where(level: 1): set block(above: 0.8em, below: 1.2em)
#show heading.where(level: 2): set text(size: 12.5pt)
#show heading.where(level: 3): set text(size: 11pt, style: "italic")
#show title: set text(size: 22pt, weight: "bold")
#show title: set par(justify: false, leading: 0.5em)
#show title: set block(above: 1.8em, below: 2.2em)
#show quote.where(block: true): set block(inset: (x: 2em))
#show figure.where(kind: table): set figure.caption(position: top)
#show figure.where(kind: table): set block(breakable: true)
#show figure.caption: set text(weight: "bold", size: 10pt)
#show figure.caption: it => block(sticky: true, it)
#show list: set par(justify: false)
#show table: set text(size: 9.5pt)
#show table: set par(justify: false, leading: 0.5em)
#set table(stroke: 0.5pt + luma(90), inset: (x: 5pt, y: 4pt))
#show link: set text(fill: rgb("#1f4e8c"))`;
}

function renderPart(part: Part, doc: ThesisDocument, edition: PdfEdition, notes: FootnoteWriter): string {
  if (part.slug === 'front-matter') return renderFrontMatter(part, doc, edition, notes);
  const out = ['#pagebreak(weak: true)', heading(1, part.heading, partLabel(part.slug)), partStart(part.slug)];
  for (const block of part.blocks) out.push(renderBlock(block, part, notes));
  return out.join('\n\n');
}

/** The marker typeset.ts queries for the page each part begins on: the part's id and the page it stands on. */
function partStart(slug: string): string {
  return `#context [#metadata((part: ${str(slug)}, page: here().page())) <${PART_START_LABEL}>]`;
}

function heading(level: 1 | 2 | 3, text: string, label: string): string {
  return `#heading(level: ${level})[${inline(text)}] ${labelRef(label)}`;
}

/** A label in Typst's syntax; a name the syntax cannot hold is a mistake of this module, not of the thesis. */
function labelRef(name: string): string {
  if (!/^[\p{L}\p{N}_.:-]+$/u.test(name)) throw new Error(`Typst edition: "${name}" cannot be a label`);
  return `<${name}>`;
}

function renderBlock(block: DocumentBlock, part: Part, notes: FootnoteWriter): string {
  switch (block.kind) {
    case 'heading':
      // Within a part: its sections (level 2) and a case study's numbered drivers (level 3), one level below the part.
      return heading(block.level === 3 ? 3 : 2, block.text, sectionLabel(part.slug, block.anchor));
    case 'paragraph':
    case 'interview':
      return inline(block.text, notes);
    case 'quotation':
      return `#quote(block: true)[${inline(block.text, notes)}]`;
    case 'table':
      return renderTable(block, notes);
    case 'references':
      // A hanging indent, each entry its own paragraph, as a reference list is set.
      return `#[\n#set par(hanging-indent: 2em, justify: false)\n\n${block.entries.map((e) => inline(e, notes)).join('\n\n')}\n]`;
    case 'list':
      return block.items.map((item) => `- ${inline(item, notes)}`).join('\n');
    default:
      throw new Error(`Typst edition: a ${block.kind} block in ${part.slug}`);
  }
}

/**
 * The title page as printed (the programme's name, then the title in large
 * type), this PDF's note on its reverse, then the abstract page, which opens
 * with the title again as the original's does, the contents, the List of
 * Tables and the acknowledgment.
 */
function renderFrontMatter(part: Part, doc: ThesisDocument, edition: PdfEdition, notes: FootnoteWriter): string {
  const titleAt = part.blocks.flatMap((b, i) => (b.kind === 'lines' && plainLines(b) === edition.meta.title ? [i] : []));
  const [title, repeated] = titleAt;
  if (title === undefined || repeated === undefined) {
    throw new Error(`Typst edition: the front matter must print the title ("${edition.meta.title}") on the title page and above the abstract`);
  }
  const titlePage = part.blocks.slice(0, repeated).map((block, i) => {
    if (block.kind !== 'lines') throw new Error(`Typst edition: a ${block.kind} block on the title page`);
    if (i === title) return `#title[${linesMarkup(block)}]`;
    return `#block(spacing: ${i < title ? '0.6em' : '1.4em'}, text(size: ${i < title ? '10pt' : '11.5pt'})[${linesMarkup(block)}])`;
  });
  const rest = part.blocks.slice(repeated).map((block) => {
    switch (block.kind) {
      case 'heading':
        // The abstract shares its page with the title above it; the acknowledgment begins a page.
        return `${block.text === 'Abstract' ? '' : '#pagebreak(weak: true)\n'}${heading(1, block.text, sectionLabel(part.slug, block.anchor))}`;
      case 'contents':
        return `${block.which === 'table-of-contents' ? '#pagebreak(weak: true)\n' : ''}${renderContents(block, doc)}`;
      case 'lines':
        return `#align(center, text(size: 12pt, weight: "bold")[${linesMarkup(block)}])`;
      case 'paragraph':
        return inline(block.text, notes);
      default:
        throw new Error(`Typst edition: a ${block.kind} block in the front matter`);
    }
  });
  const [colophonTitle, ...colophon] = colophonLines(edition);
  return [
    partStart(part.slug),
    `#align(center)[\n${titlePage.join('\n')}\n]`,
    '#pagebreak()',
    // The reverse of the title page: what this PDF is, at the foot of the page.
    `#v(1fr)\n#block(text(size: 9pt)[#strong[${inline(colophonTitle ?? '')}]\n\n${colophon.map((l) => inline(l)).join('\n\n')}])`,
    '#pagebreak()',
    ...rest,
  ].join('\n\n');
}

const plainLines = (block: Lines): string => block.lines.join(' ').replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();

/** Lines with their breaks; bold may run over a line break, as the title does. */
function linesMarkup(block: Lines): string {
  return inline(block.lines.join('\n'));
}

/**
 * The table of contents or the List of Tables as printed, each line a link to
 * its part, section or table in this PDF, with a column of this PDF's pages.
 */
function renderContents(contents: Contents, doc: ThesisDocument): string {
  const header = [...contents.header.map((c) => (c === '' ? '[]' : `[#strong[${inline(c)}]]`)), `[#strong[${inline(PDF_PAGE_COLUMN)}]]`];
  const rows = contents.rows.map((row) => {
    const target = contentsTarget(row, doc);
    const cells = row.map((c, i) => (i === 1 ? `[#link(${labelRef(target)})[${inline(c)}]]` : `[${inline(c)}]`));
    return [...cells, `[#link(${labelRef(target)}, context str(locate(${labelRef(target)}).page()))]`].join(', ');
  });
  return `#table(
  columns: (auto, 1fr, auto, auto),
  stroke: none,
  align: (left, left, right, right),
  table.header(${header.join(', ')}),
  ${rows.join(',\n  ')},
)`;
}

/** The label a line of the contents points to: the section, table or part that the web edition's contents link to. */
function contentsTarget(row: readonly string[], doc: ThesisDocument): string {
  const [number = '', title = ''] = row;
  const href = contentsHref(number, title, doc);
  const m = href ? /^\/(.+?)\/(?:#(.+))?$/.exec(href) : null;
  if (!m?.[1]) throw new Error(`Typst edition: the contents line "${row.join(' | ')}" points to no part of the thesis`);
  const [, slug, anchor] = m;
  if (!anchor) return partLabel(slug);
  return /^table-\d+$/.test(anchor) ? anchor : sectionLabel(slug, anchor);
}

/** Tables 1–9 as real tables: caption above, the header rows the thesis prints repeated on every page the table runs to. */
function renderTable(table: Table, notes: FootnoteWriter): string {
  const cell = (text: string) => `[${inline(text, notes)}]`;
  const header = headerCells(table).map(({ text, colspan, rowspan }) => {
    const body = `[#strong[${inline(text, notes)}]]`;
    return colspan > 1 || rowspan > 1 ? `table.cell(colspan: ${colspan}, rowspan: ${rowspan})${body}` : body;
  });
  const rows = table.rows.map((r) => r.map(cell).join(', '));
  const widths = columnWidths(table);
  return `#figure(
  kind: table,
  numbering: none,
  caption: [${inline(table.caption, notes)}],
  table(
    columns: (${widths.map((w) => w.width).join(', ')}),
    align: (${widths.map((w) => w.align).join(', ')}),
    ${header.length ? `table.header(repeat: true, ${header.join(', ')}),\n    ` : ''}${rows.join(',\n    ')},
  ),
) ${labelRef(tableLabel(table.number))}`;
}

interface HeaderCell {
  text: string;
  colspan: number;
  rowspan: number;
}

/**
 * The header rows' cells: a column group's heading ("Afghanistan") spans the
 * empty cells after it; a heading with nothing under it in the second row
 * ("No") spans both rows.
 */
export function headerCells(table: Table): HeaderCell[] {
  const [top = [], second] = table.header;
  if (!second) return top.map((text) => ({ text, colspan: 1, rowspan: 1 }));
  const cells: HeaderCell[] = [];
  const covered = new Set<number>();
  top.forEach((text, i) => {
    if (text === '' && i > 0) return; // inside the span of the heading before it
    let colspan = 1;
    while (i + colspan < top.length && top[i + colspan] === '') colspan++;
    const rowspan = colspan === 1 && second[i] === '' ? 2 : 1;
    if (rowspan === 2) covered.add(i);
    cells.push({ text, colspan, rowspan });
  });
  second.forEach((text, i) => {
    if (!covered.has(i)) cells.push({ text, colspan: 1, rowspan: 1 });
  });
  return cells;
}

/**
 * Every column as wide as its content, but the one that holds the most text
 * (a definition, a driver's name), which takes the rest of the line and
 * wraps; numbers and counts centred.
 */
function columnWidths(table: Table): Array<{ width: string; align: string }> {
  const average = (i: number) => table.rows.reduce((n, r) => n + (r[i] ?? '').length, 0) / Math.max(1, table.rows.length);
  const columns = Array.from({ length: table.width }, (_, i) => i);
  const widest = columns.reduce((best, i) => (average(i) > average(best) ? i : best), 0);
  return columns.map((i) => ({
    width: i === widest ? '1fr' : 'auto',
    align: table.rows.every((r) => /^[\d\s%-]*$/.test(r[i] ?? '')) ? 'center' : 'left',
  }));
}

/**
 * Footnotes in the order of their markers, each with the thesis's number
 * (the counter is set where the next number would differ), a marker seen
 * again pointing to the same note.
 */
class FootnoteWriter {
  private readonly doc: ThesisDocument;
  private readonly written = new Set<number>();
  private next = 1;
  constructor(doc: ThesisDocument) {
    this.doc = doc;
  }
  write(n: number): string {
    const label = `fn-${n}`;
    if (this.written.has(n)) return `#footnote(${labelRef(label)})`;
    const note = this.doc.footnotes.get(n);
    if (!note) throw new Error(`Typst edition: footnote ${n} has a marker but no text`);
    this.written.add(n);
    const set = n === this.next ? '' : `#counter(footnote).update(${n - 1})`;
    this.next = n + 1;
    return `${set}#footnote[${inline(note.text)}]${labelRef(label)}`;
  }
}

/**
 * The extraction's inline syntax as Typst markup, every other character
 * literal. Footnote markers need the writer (the title page and the notes
 * themselves have none).
 */
export function inline(text: string, notes?: FootnoteWriter): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(INLINE)) {
    out += literal(text.slice(at, m.index));
    at = m.index + m[0].length;
    const [whole, angled, bare, trailing = '', strong, emphasis, single] = m;
    if (angled) out += link(angled);
    else if (bare) out += link(bare) + literal(trailing);
    else if (strong !== undefined) out += `#strong[${inline(strong, notes)}]`;
    else if (emphasis !== undefined || single !== undefined) out += `#emph[${inline(emphasis ?? single ?? '', notes)}]`;
    else out += markers(whole, notes);
  }
  return out + literal(text.slice(at));
}

/**
 * `<https://…>` (the extraction's link), a bare address (its final full stop
 * or bracket is the sentence's), a footnote marker, `**strong**`, balanced
 * `*emphasis*` (a lone asterisk, "Al-Islam.org*.", stays an asterisk).
 */
const INLINE = new RegExp(
  [
    /<(https?:\/\/[^>\s]+)>/.source,
    /(https?:\/\/[^\s<>]*?)([.,;:)\]]*)(?=\s|$)/.source,
    /\*\*([^]+?)\*\*/.source,
    /\*(?=[^\s*])([^*]*?[^\s*])\*/.source,
    /\*([^\s*])\*/.source,
    FOOTNOTE_MARKER.source,
  ].join('|'),
  'gu',
);

function markers(marker: string, notes: FootnoteWriter | undefined): string {
  if (!notes) throw new Error(`Typst edition: a footnote marker "${marker}" where the thesis has no footnotes`);
  return notes.write(superscriptToNumber(marker));
}

function link(url: string): string {
  return `#link(${str(url)})[${literal(url)}]`;
}

/**
 * Text as Typst prints it literally: a backslash before every ASCII
 * punctuation character, any of which markup could read (Typst takes `\`
 * and a character as that character), a line break of the source as a line break.
 */
export function literal(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`).replace(/\n/g, ' #linebreak() ');
}

/** A Typst string literal. */
export function str(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, '\\n')}"`;
}
