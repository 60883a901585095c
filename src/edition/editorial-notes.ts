/**
 * Visible editorial notes, keyed by the heading (as printed) or the opening words of the paragraph they follow.
 * Each says where the thesis disagrees with itself; the text itself is left
 * as written. Disagreements that a rule computes are not listed here, so
 * that a page says each thing once: the numbers (src/knowledge/data-notes/),
 * and the numbering of sections in the table of contents and the text (the
 * toc-numbering rule); what is left here is the wording of headings.
 */
import type { Part } from '../source/document.ts';

export const EDITORIAL_NOTES: Readonly<Record<string, readonly string[]>> = {
  '4.1.1. History of Kashmir Issue': ['The table of contents lists this section as "4.1.1. History of Kashmir Conflict".'],
  '4.1.2. Drivers of the Foreign Fighters in Kashmir': [
    'The table of contents lists this section as "4.1.2. Drivers of Pakistani Foreign Fighters in Kashmir".',
  ],
  '4.2. Case study Two: Afghanistan': ['The table of contents lists this section as "4.2. Case study two: Afghanistan".'],
  '4.2.3. Drivers of Pakistani Foreign Fighters in Afghanistan': ['The table of contents words this section "Drivers of the Foreign Fighters in Afghanistan".'],
  '4.3.2. Drivers of Foreign Fighters of Syria': ['The table of contents lists this section as "4.3.2. Drivers of Foreign Fighters in Syria".'],
  '6. Chapter Six: Conclusion': ['The table of contents lists this chapter as "Chapter 6: Conclusion".'],
  'After undertaking all of these and other consolidations': [
    'The text says the final list of drivers "is given in Table 6"; the table that follows, with that list, is Table 5 (Table 6 is the Kashmir table in 4.1.2).',
  ],
};

/** The editorial notes that follow a heading (as printed) or a paragraph that opens with a key's words. */
export function editorialNotesAfter(text: string): readonly string[] {
  return Object.entries(EDITORIAL_NOTES)
    .filter(([key]) => text === key || text.startsWith(key))
    .flatMap(([, notes]) => notes);
}

/** Whether a part of the thesis has editorial notes: the reference list's, or notes after its headings and paragraphs. */
export function hasEditorialNotes(part: Part): boolean {
  if (part.slug === 'references') return true;
  return [part.heading, ...part.blocks.flatMap((b) => (b.kind === 'heading' || b.kind === 'paragraph' ? [b.text] : []))].some(
    (t) => editorialNotesAfter(t).length > 0,
  );
}
