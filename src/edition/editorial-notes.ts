/**
 * Visible editorial notes, keyed by the heading (as printed) or the opening words of the paragraph they follow.
 * Each says where the thesis disagrees with itself; the text itself is left
 * as written. Disagreements in the numbers are computed, not listed here
 * (see src/knowledge/data-notes/).
 */
export const EDITORIAL_NOTES: Readonly<Record<string, readonly string[]>> = {
  '4.1. Case study two: Kashmir': [
    'The table of contents calls this section "Case study One: Kashmir"; the heading in the text says "Case study two". Both are shown as printed; Kashmir is the first case study.',
  ],
  '4.1.1. History of Kashmir Issue': ['The table of contents lists this section as "4.1.1. History of Kashmir Conflict".'],
  '4.1.2. Drivers of the Foreign Fighters in Kashmir': [
    'The table of contents lists this section as "4.1.2. Drivers of Pakistani Foreign Fighters in Kashmir".',
  ],
  '4.2. Case study Two: Afghanistan': ['The table of contents lists this section as "4.2. Case study two: Afghanistan".'],
  '4.2.2. History of Afghan Conflict': [
    'The table of contents numbers this section 4.2.1 ("History of Afghan Conflict"); the text numbers it 4.2.2 and has no section 4.2.1.',
  ],
  '4.2.3. Drivers of Pakistani Foreign Fighters in Afghanistan': [
    'The table of contents lists this section as "4.2.2. Drivers of the Foreign Fighters in Afghanistan"; the text numbers it 4.2.3.',
  ],
  '4.3.2. Drivers of Foreign Fighters of Syria': ['The table of contents lists this section as "4.3.2. Drivers of Foreign Fighters in Syria".'],
  '6. Chapter Six: Conclusion': ['The table of contents lists this chapter as "Chapter 6: Conclusion".'],
  'After undertaking all of these and other consolidations': [
    'The text says the final list of drivers "is given in Table 6"; the table that follows, with that list, is Table 5 (Table 6 is the Kashmir table in 4.1.2).',
  ],
};
