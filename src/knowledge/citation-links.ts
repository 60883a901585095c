/**
 * Which author-date citations of the thesis name an entry of the reference
 * list (content/references/), found on the document model: each citation
 * that names exactly one entry (read by the self-audit's own reader,
 * citationsIn, matched by citedEntry) links to it. The web edition wraps
 * those words in a link (src/edition/render-mdx.ts); the reference list
 * says, after each entry, the sections that cite it ("Cited in"). One
 * computation for both.
 */
import { citationsIn, type AuthorDateCitation } from '../source/audit-text.ts';
import { sectionOrder, type ThesisDocument } from '../source/document.ts';
import type { SectionRef } from '../source/section-ref.ts';
import { citedEntry, type ReferenceEntry } from './data-notes/citations.ts';

/** What a citation link needs of an entry of the reference list. */
export type CitableReference = Pick<ReferenceEntry, 'id' | 'text' | 'authors' | 'year'>;

/** A citation that names one entry: `length` characters of the text from `at`. */
export interface CitationLink {
  at: number;
  length: number;
  /** The entry's id. */
  id: string;
}

type Form = AuthorDateCitation['form'];

/** The links in one text (a table row's cells joined by tabs for the 'table-row' form), in the order printed. */
export function citationLinksIn(
  text: string,
  references: readonly CitableReference[],
  forms: readonly Form[] = ['parenthetical', 'narrative'],
): CitationLink[] {
  if (references.length === 0) return [];
  return citationsIn(text, { page: '' })
    .filter((c) => forms.includes(c.form))
    .flatMap((c) => {
      const entry = citedEntry(c, references);
      return entry ? [{ at: c.span.at, length: c.span.text.length, id: entry.id }] : [];
    });
}

/** The link a row of Table 1 or 2 makes from the name in its first cell ("Peter R. Neumann | … (2009 p.10)."). */
export function rowCitationLink(row: readonly string[], references: readonly CitableReference[]): CitationLink | undefined {
  return citationLinksIn(row.join('\t'), references, ['table-row'])[0];
}

/** The links in each cell of a table row: the row's own citation in its first cell, otherwise each cell's citations. */
export function cellCitationLinks(row: readonly string[], references: readonly CitableReference[]): CitationLink[][] {
  const rowLink = rowCitationLink(row, references);
  return row.map((cell, i) => (i === 0 && rowLink ? [rowLink] : citationLinksIn(cell, references)));
}

/** A linked citation by the section it stands in (a footnote's: its marker's). */
export interface CitationUse {
  id: string;
  section: SectionRef;
}

/** Every linked citation of the thesis's running text, footnotes and tables, in reading order. */
export function findCitationUses(doc: ThesisDocument, references: readonly CitableReference[]): CitationUse[] {
  const uses: CitationUse[] = [];
  const add = (links: readonly CitationLink[], section: SectionRef) => uses.push(...links.map((l) => ({ id: l.id, section })));
  for (const part of doc.parts) {
    if (part.slug === 'front-matter' || part.slug === 'references' || part.slug === 'questionnaire') continue;
    for (const block of part.blocks) {
      if (block.kind === 'table') {
        const rows = [...block.header.slice(-1), ...block.rows]; // a column group's own heading row cites nothing
        for (const row of rows) add(cellCitationLinks(row, references).flat(), block.section);
      } else if (block.kind === 'paragraph' || block.kind === 'quotation') {
        add(citationLinksIn(block.text, references), block.section);
      }
    }
  }
  for (const note of doc.footnotes.values()) add(citationLinksIn(note.text, references), note.section);
  const order = sectionOrder(doc);
  return uses.sort((a, b) => order(a.section) - order(b.section));
}
