/**
 * Renders the document model of the thesis (src/source/document.ts) as one
 * MDX document per part, for the web edition (see scripts/import-thesis.ts).
 * Pure: model, mentions and citation links in, MDX text out. What is marked
 * and what is linked is decided by the knowledge layer (mentions.ts,
 * citation-links.ts); this module only writes it, never reads MDX back.
 */
import type { Contents, DocumentBlock, Heading, Lines, Part, Table, ThesisDocument } from '../source/document.ts';
import { FOOTNOTE_MARKER, superscriptToNumber } from '../source/blocks.ts';
import { footnotesOfPart } from '../source/document.ts';
import { ENTITY_KINDS, entityPath } from '../knowledge/kinds.ts';
import { blockKey, type MarkSpan, type Mentions } from '../knowledge/mentions.ts';
import { cellCitationLinks, citationLinksIn, type CitableReference, type CitationLink } from '../knowledge/citation-links.ts';
import { referenceAnchors, referenceHref } from '../knowledge/reference-ids.ts';
import { editorialNotesAfter } from './editorial-notes.ts';
import { holdWraps, type Wrap } from './held-places.ts';
import { contentsHref } from './contents-links.ts';

const COMPONENTS = `import { Fn, Footnotes, FnItem, EditorialNote, EditorialNoteItem, DataNoteMarker, NotesOnThisText, Paragraph, Quotation, PrintedHeading, InterviewEntry, DriverSectionLink, Driver, Group, Theory, Org, Interviewee, CaseStudyChart, IntervieweesChart, IntervieweeFindingsChart, CitedIn } from '~/user-components';`;

export interface EditionSources {
  doc: ThesisDocument;
  mentions: Mentions;
  references: readonly CitableReference[];
}

export function renderPages({ doc, mentions, references }: EditionSources): Map<string, string> {
  const out = new Map<string, string>();
  doc.parts.forEach((part, index) => {
    const footnote = (n: number) => {
      const note = doc.footnotes.get(n);
      if (note === undefined) throw new Error(`Footnote ${n} is referenced on ${part.slug} but has no text in the source`);
      return linkIntervieweeList(inlineWithLinks(note.text, citationLinksIn(note.text, references)));
    };
    const page: PageContext = { part, mentions, references, footnote, editorial: [] };
    const marked = renderBody(page, doc);
    const editorial = page.editorial;
    const notes = footnotesOfPart(part).map((n) => `<FnItem n={${n}}>${footnote(n)}</FnItem>`);
    // "Notes on this text": the editorial notes of the page and its computed data notes (none on the title page).
    const notesOnText =
      part.slug === 'front-matter' && editorial.length === 0
        ? ''
        : `\n<NotesOnThisText page="${part.slug}">\n${editorial.map((note, i) => `<EditorialNoteItem n={${i + 1}}>${note}</EditorialNoteItem>`).join('\n')}\n</NotesOnThisText>\n`;
    const footer = `${notesOnText}${notes.length ? `\n<Footnotes>\n${notes.join('\n')}\n</Footnotes>\n` : ''}`;
    out.set(part.slug, `${frontmatter(part, index)}\n${COMPONENTS}\n\n${printedHeading(part)}${marked}${footer}`);
  });
  return out;
}

/** What rendering one part needs, and the editorial notes it has numbered so far. */
interface PageContext {
  part: Part;
  mentions: Mentions;
  references: readonly CitableReference[];
  /** A footnote's words as MDX (for its margin copy and its item at the foot of the page). */
  footnote: (n: number) => string;
  /** The part's editorial notes, in order: the n-th is "Editorial note n". */
  editorial: string[];
}

/**
 * An editorial note is a small numbered marker where it belongs in the text,
 * holding its words for the margin of a wide screen (`<EditorialNote n={1}>…`);
 * the words are listed again in the page's "Notes on this text", so that no
 * stack of boxes interrupts the thesis.
 */
function editorialNote(page: PageContext, words: string): string {
  page.editorial.push(words);
  return `<EditorialNote n={${page.editorial.length}}>${words}</EditorialNote>`;
}

/**
 * Where the data notes of a section go (computed at build time from the data,
 * src/knowledge/consistency.ts): after its heading, or at the opening of the
 * part. The component shows the notes that concern that section, if any.
 */
const dataNoteMarker = (anchor?: string) => (anchor ? `<DataNoteMarker anchor="${anchor}" />` : '<DataNoteMarker />');

/**
 * A footnote that is only a list of interviewees ("Interviewees 1-7, 13-19")
 * links each printed number to that interviewee's page; the list stays as
 * printed (a range links its two ends).
 */
export function linkIntervieweeList(note: string): string {
  const list = /^(Interviewees?)(\s[\d\s,\-–]+)([.,]?)$/.exec(note);
  if (!list) return note;
  const [, word, numbers = '', end = ''] = list;
  return `${word}${numbers.replace(/\d+/g, (n) => `<a href="${entityPath('interviewee', n)}">${n}</a>`)}${end}`;
}

/**
 * One clear title per page: its entry in the table of contents (the sidebar's
 * label, the citation's title). Where the heading printed in the text differs
 * ("4. Chapter Four: Results", "4.1. Case study two: Kashmir"), the page shows
 * it as printed under the title (<PrintedHeading>), with the reason.
 */
function frontmatter(part: Part, index: number): string {
  const lines = ['---', `title: ${JSON.stringify(part.label)}`, `description: ${JSON.stringify(describe(part))}`, `thesisOrder: ${index + 1}`, '---'];
  return lines.join('\n');
}

/** The heading as printed, where it differs from the page's title; none for the title page, which is shown whole. */
function printedHeading(part: Part): string {
  return part.slug === 'front-matter' || part.heading === part.label ? '' : `<PrintedHeading>${escapeMdx(part.heading)}</PrintedHeading>\n\n`;
}

function describe(part: Part): string {
  return `${part.label} — from the 2019 IMSIS thesis "Pakistani Foreign Fighters in Afghanistan, Kashmir and Syria: A Comparative Analysis of Drivers of Radicalization".`;
}

function renderBody(page: PageContext, doc: ThesisDocument): string {
  switch (page.part.slug) {
    case 'front-matter':
      return renderFrontMatter(page, doc);
    case 'references':
      return renderReferences(page);
    case 'questionnaire':
      return renderQuestionnaire(page);
    default:
      return renderProse(page);
  }
}

function renderProse(page: PageContext): string {
  const { part } = page;
  const parts: string[] = [dataNoteMarker(), ...notesAfter(page, part.heading)];
  for (const block of part.blocks) parts.push(...renderProseBlock(block, page));
  // After the List of Interviews, two charts of this site's, drawn from its data: the interviewees
  // by category, and the findings each is counted in.
  if (part.slug === 'interviews') parts.push('<IntervieweesChart />', '<IntervieweeFindingsChart />');
  return parts.join('\n\n') + '\n';
}

function renderProseBlock(block: DocumentBlock, page: PageContext): string[] {
  const { part, mentions, references } = page;
  switch (block.kind) {
    case 'heading': {
      const driver = mentions.driverSections.get(blockKey(part.slug, block.anchor));
      return [renderHeading(block), dataNoteMarker(block.anchor), ...notesAfter(page, block.text), ...(driver ? [`<DriverSectionLink id="${driver}" />`] : [])];
    }
    case 'table':
      return [renderTable(block, references), citeTableLink(block), ...chartAfterTable(block)];
    case 'interview':
      return [`<InterviewEntry n={${block.n}}>${inline(block.text, page.footnote)}</InterviewEntry>`];
    case 'paragraph':
    case 'quotation': {
      const marks = mentions.marks.get(blockKey(part.slug, block.id)) ?? [];
      const html = inlineWithLinks(block.text, citationLinksIn(block.text, references), marks, page.footnote);
      return block.kind === 'quotation'
        ? [`<Quotation id="${block.id}">${html}</Quotation>`]
        : [`<Paragraph id="${block.id}">${startSafe(html)}</Paragraph>`, ...notesAfter(page, block.text)];
    }
    default:
      throw new Error(`${part.slug}: a ${block.kind} block in the running text`);
  }
}

/** A case study's table (6, 7, 8) is followed by the same numbers as a chart, drawn from the data collections. */
function chartAfterTable(table: Table): string[] {
  return table.number >= 6 && table.number <= 8 ? [`<CaseStudyChart table={${table.number}} />`] : [];
}

/** A heading as printed, at its level. */
const renderHeading = (heading: Heading) => `${'#'.repeat(heading.level)} ${escapeMdx(heading.text)}`;

/** After each table of the thesis, a link to its citation in the page's "Cite this page" block. */
const citeTableLink = (table: Table) => `<p class="cite-table-link"><a href="#cite-table-${table.number}">Cite Table ${table.number}</a></p>`;

/** Editorial notes keyed by a heading, or by the opening words of a paragraph. */
function notesAfter(page: PageContext, block: string): string[] {
  return editorialNotesAfter(block).map((note) => editorialNote(page, note));
}

/**
 * Inline conversion: footnote markers, MDX escapes, links, stray emphasis
 * markers. A footnote marker holds its note's words where `footnote` gives
 * them (for the note's copy in the margin: src/user-components/Fn.astro).
 */
export function inline(text: string, footnote?: (n: number) => string): string {
  let s = text.replace(/\s*\n\s*/g, ' ');
  s = s.replace(/\\\$/g, '$'); // the extraction escaped dollar signs for Markdown
  s = escapeMdx(s);
  s = s.replace(/<(https?:\/\/[^>\s]+)>/g, (_m, url: string) => `[${url}](${url})`);
  s = escapeStrayAsterisks(s);
  s = s.replace(FOOTNOTE_MARKER, (m) => {
    const n = superscriptToNumber(m);
    return footnote ? `<Fn n={${n}}>${footnote(n)}</Fn>` : `<Fn n={${n}} />`;
  });
  return s;
}

/** A mark as MDX: the entity's component around the words that name it. */
function markWrap(mark: MarkSpan): Wrap {
  const { tag, idAttribute } = ENTITY_KINDS[mark.kind];
  const attr = idAttribute === 'n' ? `n={${mark.id}}` : `id="${mark.id}"`;
  return { at: mark.at, length: mark.length, render: (inner) => `<${tag} ${attr}>${inner}</${tag}>` };
}

/**
 * A citation's link, beside the marks in the same text. Where an entity mark
 * stands on the author's name ("Krueger (2006)": the mark that files the
 * section under the theory), links cannot nest, so the name keeps its mark
 * and the rest of the citation, the year, links to the entry: "Krueger
 * (2006)" reads as a link to the theory and a link to the work. The mark may
 * begin before the citation ("Reuven Paz's (2005)"), never end after it.
 */
function linkWrap(text: string, link: CitationLink, marks: readonly MarkSpan[]): Wrap | undefined {
  const end = link.at + link.length;
  let at = link.at;
  for (const mark of marks) {
    const markEnd = mark.at + mark.length;
    if (markEnd <= link.at || mark.at >= end) continue;
    if (markEnd > end) throw new Error(`Importer: an entity mark runs past the end of the citation "${text.slice(link.at, end)}"`);
    at = Math.max(at, markEnd);
  }
  if (at > link.at) at += /^(?:['’]s)?[\s,]*/u.exec(text.slice(at, end))?.[0].length ?? 0;
  if (at >= end) return undefined;
  const href = referenceHref(link.id);
  return { at, length: end - at, render: (inner) => `[${inner}](${href})` };
}

/** inline(), with each citation linked to its entry and each mark made (citation-links.ts, mentions.ts). */
export function inlineWithLinks(raw: string, links: readonly CitationLink[], marks: readonly MarkSpan[] = [], footnote?: (n: number) => string): string {
  const wraps = [...marks.map(markWrap), ...links.flatMap((l) => linkWrap(raw, l, marks) ?? [])];
  return inlineWrapped(raw, wraps, footnote);
}

function inlineWrapped(raw: string, wraps: readonly Wrap[], footnote?: (n: number) => string): string {
  const { held, release } = holdWraps(raw, wraps);
  return release(inline(held, footnote));
}

function escapeMdx(s: string): string {
  return s.replace(/[{}]/g, (c) => `\\${c}`).replace(/<(?!https?:\/\/)/g, '&lt;');
}

/** Keeps balanced *emphasis*; a lone asterisk from the extraction is shown as written. */
function escapeStrayAsterisks(s: string): string {
  const keep = new Set<number>();
  for (const m of s.matchAll(/\*(?=[^\s*])[^*]*?[^\s*]\*|\*[^\s*]\*/g)) {
    keep.add(m.index);
    keep.add(m.index + m[0].length - 1);
  }
  return [...s].map((c, i) => (c === '*' && !keep.has(i) ? '\\*' : c)).join('');
}

/** A paragraph that starts like a list item or heading is still a paragraph. */
function startSafe(s: string): string {
  return s.replace(/^(\d+)([.)])(\s)/, '$1\\$2$3').replace(/^([-+#>])(\s)/, '\\$1$2');
}

function renderTable(table: Table, references: readonly CitableReference[]): string {
  const cellsOf = (row: readonly string[]) => {
    const links = cellCitationLinks(row, references);
    return row.map((cell, i) => inlineWithLinks(cell, links[i] ?? []));
  };
  const head: string[] = [];
  const colgroups: string[] = [];
  if (table.header.length === 2) {
    const [top = [], second = []] = table.header;
    const cells: string[] = [];
    const skipSecond = new Set<number>();
    top.forEach((cell, i) => {
      if (cell === '') return; // merged into the cell before it
      let span = 1;
      while (i + span < top.length && top[i + span] === '') span++;
      // The column groups that a group's heading (scope="colgroup") names: one per heading of the top row.
      colgroups.push(span > 1 ? `<colgroup span="${span}"></colgroup>` : '<colgroup></colgroup>');
      const rowspan = span === 1 && second[i] === '' ? 2 : 1;
      if (rowspan === 2) skipSecond.add(i);
      const attrs = `${span > 1 ? ` colspan="${span}" scope="colgroup"` : ' scope="col"'}${rowspan > 1 ? ` rowspan="2"` : ''}`;
      cells.push(`<th${attrs}>${inline(cell)}</th>`);
    });
    head.push(`<tr>${cells.join('')}</tr>`);
    const secondCells = cellsOf(second);
    head.push(`<tr>${second.map((_, i) => (skipSecond.has(i) ? '' : `<th scope="col">${secondCells[i]}</th>`)).join('')}</tr>`);
  } else if (table.header.length === 1) {
    head.push(
      `<tr>${cellsOf(table.header[0] ?? [])
        .map((c) => `<th scope="col">${c}</th>`)
        .join('')}</tr>`,
    );
  }
  // A table printed without a header row (Tables 3 and 4) is a numbered list: each row is named by its number.
  const rowHeader = table.header.length === 0;
  const body = table.rows.map(
    (r) =>
      `<tr>${cellsOf(r)
        .map((c, i) => (rowHeader && i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`))
        .join('')}</tr>`,
  );
  return [
    `<div class="thesis-table">`,
    `<table id="table-${table.number}">`,
    `<caption>${inline(table.caption)}</caption>`,
    colgroups.join(''),
    head.length ? `<thead>${head.join('')}</thead>` : '',
    `<tbody>`,
    ...body,
    `</tbody>`,
    `</table>`,
    `</div>`,
  ]
    .filter(Boolean)
    .join('\n');
}

function renderFrontMatter(page: PageContext, doc: ThesisDocument): string {
  const parts: string[] = [dataNoteMarker()];
  for (const block of page.part.blocks) {
    if (block.kind === 'heading') parts.push(renderHeading(block), dataNoteMarker(block.anchor));
    else if (block.kind === 'contents')
      parts.push(`## ${block.which === 'table-of-contents' ? 'Table of Contents' : 'List of Tables'}`, renderContentsTable(block, doc));
    else if (block.kind === 'lines') parts.push(renderLines(block));
    else if (block.kind === 'paragraph') parts.push(`<Paragraph id="${block.id}">${inline(block.text)}</Paragraph>`);
    else throw new Error(`front-matter: a ${block.kind} block on the title page`);
  }
  return parts.join('\n\n') + '\n';
}

/** Lines of the title page with their breaks; bold may span lines, so it is marked before the lines are converted. */
function renderLines(block: Lines): string {
  const marked = block.lines.join('\n').replace(/\*\*([\s\S]+?)\*\*/g, '\u0001$1\u0002');
  const lines = marked.split('\n').map((line) => inline(line.trim()));
  return `<p>${lines.join('<br />').replaceAll('\u0001', '<strong>').replaceAll('\u0002', '</strong>')}</p>`;
}

/** The contents and list of tables, as printed (page numbers of the thesis PDF). */
function renderContentsTable(contents: Contents, doc: ThesisDocument): string {
  return [
    '<div class="thesis-table">',
    '<table>',
    // A column the thesis prints without a heading (the List of Tables' titles)
    // gets an empty <td>: an empty <th> would announce a header with no name.
    `<thead><tr>${contents.header.map((c) => (c === '' ? '<td></td>' : `<th scope="col">${inline(c)}</th>`)).join('')}</tr></thead>`,
    '<tbody>',
    ...contents.rows.map((r) => {
      const href = contentsHref(r[0] ?? '', r[1] ?? '', doc);
      return `<tr>${r.map((c, i) => `<td>${i === 1 && href ? `<a href="${href}">${inline(c)}</a>` : inline(c)}</td>`).join('')}</tr>`;
    }),
    '</tbody>',
    '</table>',
    '</div>',
  ].join('\n');
}

/**
 * The reference list as printed, each entry of the data (content/references/)
 * wrapped where it stands, with its id as the anchor citations link to
 * (src/knowledge/reference-ids.ts). A second printing of a work has no anchor.
 */
function renderReferences(page: PageContext): string {
  const { part, references } = page;
  const printed = part.blocks.flatMap((b) => (b.kind === 'references' ? b.entries : []));
  const anchors = references.length ? referenceAnchors(printed, references) : printed.map(() => []);
  const entries = printed.map((e, i) => {
    const here = anchors[i] ?? [];
    const text = inlineWrapped(
      e,
      here.map((a) => ({ at: a.at, length: a.length, render: (entry: string) => `<span id="${a.id}" class="reference-entry">${entry}</span>` })),
    );
    // After the entry, the sections that cite it (this site's links, computed at build time).
    return here.length ? `${text} <CitedIn ids={${JSON.stringify(here.map((a) => a.id))}} />` : text;
  });
  const note = editorialNote(
    page,
    `Page breaks in the source cut four entries into pieces printed apart from them (Kraehenmann 2014; U.K. Home Office 2011, in three pieces; United Nations Counter Terrorism Implementation Task Force 2018). Each piece is shown here on its entry. Some entries are printed twice and four pairs of entries run together on one line (Bay 2017 with BBC News 2019; Bearden 2001 with Carpenter 1994; Crossett & Spitaletta 2010 with Kruglanski & Orehek 2011; Kepel 1997 with Khan 2013); they are left as printed. The [structured bibliography](/data/#references) lists each work once. "Cited in", after an entry, is this site's: the sections whose author-date citations link to that entry (a citation that names no entry, or could name two, is not linked, and not counted).`,
  );
  // One JSX item a line, not a Markdown list: MDX reads a line of nothing but elements as blocks and
  // puts a line break between them, which would print a space between two entries the source runs together.
  return [dataNoteMarker(), note, ['<ul class="reference-list">', ...entries.map((e) => `<li>${e}</li>`), '</ul>'].join('\n')].join('\n\n') + '\n';
}

function renderQuestionnaire(page: PageContext): string {
  const parts: string[] = [dataNoteMarker()];
  for (const block of page.part.blocks) {
    if (block.kind === 'heading') parts.push(renderHeading(block), dataNoteMarker(block.anchor));
    else if (block.kind === 'list') parts.push(block.items.map((item) => `- ${startSafe(inline(item))}`).join('\n'));
    else throw new Error(`questionnaire: a ${block.kind} block`);
  }
  return parts.join('\n\n') + '\n';
}
