/**
 * The thesis read once into a typed document model: its parts in reading
 * order, each a list of blocks (headings as printed, paragraphs with stable
 * ids, display quotations, tables with their header rows, lists, the List of
 * Interviews' entries, the reference list), its footnotes placed on the part
 * and section of their markers, its table of contents and List of Tables
 * with their printed page numbers.
 *
 * Every rendering of the thesis reads this model, never the text again: the
 * chapter MDX of the web edition (src/edition/render-mdx.ts), the typeset PDF,
 * the preview cards; the knowledge layer finds mentions and citations in it.
 * The model holds the author's words exactly as printed (inline markup of the
 * extraction kept: footnote markers as superscript digits, `*emphasis*`,
 * `**strong**`, `<https://…>` links); renderers decide how they look.
 *
 * Pure: text in, model out. The build reads it from src/source/thesis.ts.
 */
import GithubSlugger from 'github-slugger';
import { FOOTNOTE_MARKER, isHeadingLike, rejoinParagraphs, splitBlocks, superscriptToNumber, type Block as SourceBlock } from './blocks.ts';
import { THESIS_PAGES, splitIntoPages, type ThesisPage } from './parts.ts';
import { readContents, readListOfTables } from './printed-pages.ts';
import type { SectionRef } from './section-ref.ts';

/** A heading as printed. Level 1 opens a part; 2 a section; 3 a section numbered within its case study ("1. Recruitment by …"). */
export interface Heading {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
  /** The id a renderer gives it (github-slugger, as Astro's heading ids), unique within its part. */
  anchor: string;
  /** The section this heading opens. */
  section: SectionRef;
}

/**
 * A paragraph of the running text: its words as printed, on one line (the
 * extraction's line breaks inside a paragraph are spaces, its page breaks
 * rejoined), footnote markers kept where they stand.
 */
export interface Paragraph {
  kind: 'paragraph';
  /** Stable id: the section's anchor and the paragraph's position in it (see paragraphId). */
  id: string;
  text: string;
  section: SectionRef;
  /** The footnotes its markers cite, in order. */
  footnotes: number[];
}

/** A quotation the thesis sets apart from its paragraph (the UN definition in 1.1). Numbered with the paragraphs. */
export interface Quotation {
  kind: 'quotation';
  id: string;
  text: string;
  section: SectionRef;
  footnotes: number[];
}

/** Lines printed as a block with their line breaks (the title page, front matter). `**strong**` kept. */
export interface Lines {
  kind: 'lines';
  lines: string[];
}

/** A numbered table of the thesis: caption, the header rows it prints, then the rows. Cells as printed. */
export interface Table {
  kind: 'table';
  number: number;
  /** "Table 5: Final List of Drivers …", as printed. */
  caption: string;
  /** 0, 1 or 2 header rows (a column group's heading spans the empty cells after it). */
  header: string[][];
  rows: string[][];
  /** Every row padded to the widest. */
  width: number;
  section: SectionRef;
}

/** The table of contents or the List of Tables, as printed in the front matter. */
export interface Contents {
  kind: 'contents';
  which: 'table-of-contents' | 'list-of-tables';
  /** The header row ("No." | "Table of Contents" | "Page No."), cells as printed. */
  header: string[];
  rows: string[][];
}

/** One entry of the List of Interviews ("Interview 1, Director General … Islamabad."). */
export interface InterviewEntry {
  kind: 'interview';
  n: number;
  text: string;
}

/** The reference list, one string an entry as printed (pieces cut apart by page breaks put back on their entry). */
export interface ReferenceList {
  kind: 'references';
  entries: string[];
}

/** A list of the questionnaire, items as printed ("1) Interview recording OK?"). */
export interface List {
  kind: 'list';
  items: string[];
}

export type DocumentBlock = Heading | Paragraph | Quotation | Lines | Table | Contents | InterviewEntry | ReferenceList | List;

/** One part of the thesis as the site publishes it (a chapter, a case study, the List of Interviews …). */
export interface Part extends ThesisPage {
  /** The heading that opens it, as printed (may differ from its label in the table of contents). */
  heading: string;
  /** Its blocks after that heading, in reading order. */
  blocks: DocumentBlock[];
}

export interface Footnote {
  n: number;
  text: string;
  /** The part and section of its marker. */
  section: SectionRef;
}

/** A line of the table of contents or the List of Tables with the page number it prints. */
export interface PrintedPageEntry {
  /** "4.1." or "Table 5", as printed; '' for the unnumbered back matter ("List of Interviews"). */
  number: string;
  title: string;
  page: number;
}

export interface ThesisDocument {
  parts: Part[];
  /** By number (1–46 run through the whole thesis). */
  footnotes: ReadonlyMap<number, Footnote>;
  /** By number, each with the part that prints it. */
  tables: ReadonlyMap<number, Table & { part: string }>;
  contents: PrintedPageEntry[];
  listOfTables: PrintedPageEntry[];
}

/** The id of the n-th (1-based) paragraph or quotation of a section: "p3" for a part's opening, "<heading anchor>-p3" after a heading. */
export function paragraphId(anchor: string | undefined, n: number): string {
  return anchor ? `${anchor}-p${n}` : `p${n}`;
}

export function readThesis(source: string): ThesisDocument {
  const texts = splitIntoPages(source);
  const parts = THESIS_PAGES.map((page) => readPart(page, texts.get(page.slug) ?? ''));
  const footnoteText = collectFootnoteText(source);
  const footnotes = new Map<number, Footnote>();
  const tables = new Map<number, Table & { part: string }>();
  for (const part of parts) {
    for (const block of part.blocks) {
      if (block.kind === 'table') tables.set(block.number, { ...block, part: part.slug });
      if (block.kind !== 'paragraph' && block.kind !== 'quotation' && block.kind !== 'table') continue;
      for (const n of block.kind === 'table' ? footnotesIn(block.rows.flat().join(' ')) : block.footnotes) {
        const text = footnoteText.get(n);
        if (text === undefined) throw new Error(`Thesis source: footnote ${n} is cited in ${part.slug} but has no text`);
        if (!footnotes.has(n)) footnotes.set(n, { n, text, section: block.section });
      }
    }
  }
  const unplaced = [...footnoteText.keys()].filter((n) => !footnotes.has(n));
  if (unplaced.length) throw new Error(`Thesis source: footnote(s) ${unplaced.join(', ')} have text but no marker`);
  // The page each line prints, read once for the model and the citations (printed-pages.ts).
  const contents = readContents(source).map((line) => ({ number: line.asWritten.split('\t')[0]?.trim() ?? '', title: line.title, page: line.page }));
  const listOfTables = readListOfTables(source).map((t) => ({ number: `Table ${t.table}`, title: t.caption, page: t.page }));
  if (contents.length === 0 || listOfTables.length === 0) throw new Error('Thesis source: the table of contents or the List of Tables is missing');
  return { parts, footnotes, tables, contents, listOfTables };
}

/** Footnote numbers cited in a text, in order. */
export function footnotesIn(text: string): number[] {
  return [...text.matchAll(FOOTNOTE_MARKER)].map((m) => superscriptToNumber(m[0]));
}

function collectFootnoteText(source: string): Map<number, string> {
  const notes = new Map<number, string>();
  for (const block of splitBlocks(source)) {
    if (block.kind === 'footnote') notes.set(block.note.n, block.note.text);
  }
  return notes;
}

function readPart(page: ThesisPage, text: string): Part {
  const [first = '', ...rest] = text.split('\n');
  const heading = first.trim();
  const body = rest.join('\n');
  const blocks =
    page.slug === 'front-matter'
      ? readFrontMatter(text, page)
      : page.slug === 'references'
        ? [{ kind: 'references' as const, entries: referenceEntries(body) }]
        : page.slug === 'questionnaire'
          ? readQuestionnaire(body, page)
          : readProse(page, body);
  return { ...page, heading: page.slug === 'front-matter' ? page.label : heading, blocks };
}

/** Numbers section by section: ids from a section's anchor and a paragraph's position in it. */
class Sections {
  private readonly slugger = new GithubSlugger();
  private anchor: string | undefined;
  private count = 0;
  private readonly page: string;
  section: SectionRef;
  constructor(page: string) {
    this.page = page;
    this.section = { page };
  }
  heading(text: string, level: Heading['level']): Heading {
    this.anchor = this.slugger.slug(text);
    this.count = 0;
    this.section = { page: this.page, heading: text };
    return { kind: 'heading', level, text, anchor: this.anchor, section: this.section };
  }
  nextId(): string {
    this.count += 1;
    return paragraphId(this.anchor, this.count);
  }
}

/** One line: the extraction's line breaks inside a paragraph become spaces; its Markdown escape of "$" is undone. */
function oneLine(text: string): string {
  return text
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\\\$/g, '$');
}

function readProse(page: ThesisPage, body: string): DocumentBlock[] {
  const { blocks } = rejoinParagraphs(splitBlocks(body));
  const sections = new Sections(page.slug);
  const out: DocumentBlock[] = [];
  for (const block of blocks) {
    if (block.kind === 'footnote') continue; // placed on the part and section of its marker
    if (block.kind === 'table') {
      out.push(readTable(block, sections.section));
      continue;
    }
    const text = block.text.trim();
    if (isHeadingLike(text)) {
      // On a case study, "1. Recruitment by …" is numbered within its section.
      out.push(sections.heading(text, page.group === 'Case studies' && /^\d+\.\s[A-Z]/.test(text) ? 3 : 2));
      continue;
    }
    const interview = page.slug === 'interviews' ? /^Interview (\d+),/.exec(text)?.[1] : undefined;
    if (interview) {
      out.push({ kind: 'interview', n: Number(interview), text: oneLine(text) });
      continue;
    }
    for (const piece of displayQuotation(oneLine(text))) {
      out.push({ ...piece, id: sections.nextId(), section: sections.section, footnotes: footnotesIn(piece.text) });
    }
  }
  return out;
}

/**
 * The UN definition in 1.1 is a display quotation followed, in the same
 * extracted paragraph, by the author's next sentences: a quotation, then a paragraph.
 */
function displayQuotation(text: string): Array<{ kind: 'quotation' | 'paragraph'; text: string }> {
  const m = /^(“[^”]+” \([^)]+\)\.) (.*)$/su.exec(text);
  if (!m || (m[1]?.length ?? 0) < 200) return [{ kind: 'paragraph', text }];
  return [
    { kind: 'quotation', text: m[1] ?? '' },
    { kind: 'paragraph', text: m[2] ?? '' },
  ];
}

function readTable(block: Extract<SourceBlock, { kind: 'table' }>, section: SectionRef): Table {
  const number = Number(/^Table (\d+):/.exec(block.caption)?.[1]);
  const width = Math.max(...block.rows.map((r) => r.length));
  const rows = block.rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
  const [top, second] = rows;
  // A first row whose first cell is not a row number is the header the thesis prints ("No | Driver | …",
  // "Government or Agency | Definition …"); Tables 3 and 4 print none. A column group's heading
  // ("Afghanistan" over "Afghan Taliban | ISKP") spans the empty cells after it, and the second
  // row then names the group's columns.
  const hasHeader = top !== undefined && !/^\d+$/.test(top[0] ?? '');
  const spans = hasHeader && top.slice(1).some((cell, i) => cell === '' && (top[i] ?? '') !== '');
  const headerRows = !hasHeader ? 0 : spans && second !== undefined ? 2 : 1;
  return { kind: 'table', number, caption: block.caption, header: rows.slice(0, headerRows), rows: rows.slice(headerRows), width, section };
}

function readFrontMatter(text: string, page: ThesisPage): DocumentBlock[] {
  const sections = new Sections(page.slug);
  const out: DocumentBlock[] = [];
  let inText = false; // after "Abstract": paragraphs, each with an id; before it, the title page's lines
  for (const block of splitBlocks(text)) {
    if (block.kind !== 'paragraph') continue;
    const t = block.text.trim();
    if (t === 'Abstract' || t === 'Acknowledgment') {
      out.push(sections.heading(t, 2));
      inText = true;
    } else if (t.startsWith('No.\tTable of Contents')) {
      out.push(readContentsBlock(t, 'table-of-contents'));
    } else if (t.startsWith('List of Tables')) {
      out.push(readContentsBlock(t, 'list-of-tables'));
    } else if (inText && !t.includes('\n')) {
      out.push({ kind: 'paragraph', id: sections.nextId(), text: oneLine(t), section: sections.section, footnotes: footnotesIn(t) });
    } else {
      out.push({ kind: 'lines', lines: t.split('\n').map((l) => l.trim()) });
    }
  }
  return out;
}

function readContentsBlock(text: string, which: Contents['which']): Contents {
  const [header = '', ...lines] = text.split('\n');
  return { kind: 'contents', which, header: header.split('\t').map((c) => c.trim()), rows: lines.map((l) => l.split('\t').map((c) => c.trim())) };
}

function readQuestionnaire(body: string, page: ThesisPage): DocumentBlock[] {
  const sections = new Sections(page.slug);
  const out: DocumentBlock[] = [];
  for (const line of body
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const last = out.at(-1);
    if (line.startsWith('- ')) {
      if (last?.kind === 'list') last.items.push(line.slice(2));
      else out.push({ kind: 'list', items: [line.slice(2)] });
      continue;
    }
    out.push(sections.heading(line, line.startsWith('Semi-') ? 2 : 3));
  }
  return out;
}

/**
 * Page breaks cut four bibliography entries into fragments that the
 * extraction scattered; each fragment is put back on its entry (the
 * references page says so). Entries that run together on one line are left as printed.
 */
const REFERENCE_FRAGMENTS: ReadonlyArray<{ fragment: string; belongsTo: string }> = [
  { fragment: 'Academy of International Humanitarian Law and Human Rights (Geneva Academy). P.6.', belongsTo: 'Kraehenmann, S. (2014).' },
  { fragment: 'www.homeoffice.gov.uk/publications/counter-terrorism/counterterrorismstrategy/strategy-contest? view=Binary.', belongsTo: 'Terrorism, p. 36.' },
  { fragment: 'Terrorism, p. 36.', belongsTo: 'U.K. Home Office (2011).' },
  { fragment: 'from <https://www.un.org/sc/ctc/', belongsTo: 'United Nations Counter Terrorism Implementation Task Force (2018).' },
];

/** The reference list's entries as printed, the pieces page breaks cut off put back on their entry. */
export function referenceEntries(body: string): string[] {
  let entries = body
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => l.replace(/^- /, ''));
  for (const { fragment, belongsTo } of REFERENCE_FRAGMENTS) {
    const from = entries.findIndex((e) => e.startsWith(fragment));
    const to = entries.findIndex((e) => e.startsWith(belongsTo));
    if (from < 0 || to < 0) throw new Error(`References: cannot reassemble "${fragment}" with "${belongsTo}"`);
    entries[to] = `${entries[to]} ${entries[from]}`;
    entries = entries.filter((_, i) => i !== from);
  }
  return entries;
}

/** The text blocks of a part that carry the author's running text: paragraphs and display quotations. */
export function textBlocks(part: Part): Array<Paragraph | Quotation> {
  return part.blocks.filter((b): b is Paragraph | Quotation => b.kind === 'paragraph' || b.kind === 'quotation');
}

/** A part by its id; throws naming the id where there is none. */
export function partOf(doc: ThesisDocument, id: string): Part {
  const part = doc.parts.find((p) => p.slug === id);
  if (!part) throw new Error(`Thesis: no part "${id}" (parts: ${doc.parts.map((p) => p.slug).join(', ')})`);
  return part;
}

/**
 * The position of a section in the thesis's reading order, for sorting
 * (a part's opening before its first heading). Throws on a section the thesis does not have.
 */
export function sectionOrder(doc: ThesisDocument): (section: SectionRef) => number {
  const index = new Map<string, number>();
  doc.parts.forEach((part) => {
    index.set(`${part.slug}#`, index.size);
    for (const block of part.blocks) if (block.kind === 'heading') index.set(`${part.slug}#${block.text}`, index.size);
  });
  return (section) => {
    const i = index.get(`${section.page}#${section.heading ?? ''}`);
    if (i === undefined) throw new Error(`Thesis: no section "${section.heading}" in ${section.page}`);
    return i;
  };
}

/** The footnotes a part cites, in the order of their first markers (each once). */
export function footnotesOfPart(part: Part): number[] {
  const cited = part.blocks.flatMap((b) => {
    switch (b.kind) {
      case 'paragraph':
      case 'quotation':
        return b.footnotes;
      case 'interview':
        return footnotesIn(b.text);
      case 'table':
        return footnotesIn([...b.header, ...b.rows].flat().join(' '));
      default:
        return [];
    }
  });
  return [...new Set(cited)];
}
