/**
 * Sentence case for titles, the form reference managers store and APA and
 * Harvard print: only the first word, the first word after a colon, and proper
 * nouns keep their capitals. Chicago and MLA turn it back into title case
 * themselves (citeproc's text-case="title"), so one form serves every style.
 *
 * No program can tell a proper noun from a capitalized common noun, so the
 * caller passes the proper nouns (single words or phrases such as "Islamic
 * State"); acronyms ("ISKP"), words with inner capitals ("McCauley") and lone
 * capital letters ("Appendix A") are kept without being listed.
 */

/** Proper nouns of this thesis's titles that the knowledge base does not name as entities. */
export const THESIS_PROPER_NOUNS: readonly string[] = [
  'Afghan',
  'Afghanistan',
  'America',
  'American',
  'Arab',
  'Europe',
  'European',
  'India',
  'Indian',
  'Iran',
  'Canadian',
  'French',
  'Iraq',
  'Islam',
  'Islamic',
  'Islamic State',
  'Islamist',
  'Kashmir',
  'Kashmiri',
  'Muslim',
  'Muslims',
  'Pakistan',
  'Pakistani',
  'Pakistanis',
  'Shia',
  'Sunni',
  'Syria',
  'Syrian',
  'Taliban',
  'Western',
];

interface Token {
  word: string;
  /** The word without surrounding punctuation or a possessive ending, for lookups. */
  bare: string;
}

const bareOf = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/u, '');

function keepsCapital(part: string): boolean {
  const letters = part.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return true;
  if (letters.length === 1) return true; // "Appendix A", "I"
  if (/\p{Lu}/u.test(letters.slice(1))) return true; // ISKP, IS, McCauley, LeT
  return false;
}

const lowerFirst = (part: string) => part.replace(/\p{Lu}/u, (c) => c.toLowerCase());

/**
 * Sentence case of a title-case `title`. Words already in lower case stay so;
 * a capitalized word is lowered unless it starts the title or follows a colon,
 * is listed in `properNouns`, or keeps its capital by its form (acronym, inner capital, single letter).
 */
export function sentenceCase(title: string, properNouns: Iterable<string> = THESIS_PROPER_NOUNS): string {
  const pieces = title.split(/(\s+)/);
  const tokens: Array<Token | null> = pieces.map((p, i) => (i % 2 === 0 && p !== '' ? { word: p, bare: bareOf(p) } : null));
  const words = tokens.flatMap((t, i) => (t ? [{ ...t, index: i }] : []));

  const protectedIndex = new Set<number>();
  for (const phrase of properNouns) {
    const parts = phrase.split(/\s+/).filter(Boolean).map(bareOf);
    if (parts.length === 0) continue;
    for (let start = 0; start + parts.length <= words.length; start++) {
      if (parts.every((p, k) => words[start + k]?.bare === p)) {
        for (let k = 0; k < parts.length; k++) protectedIndex.add(words[start + k]!.index);
      }
    }
  }

  let sentenceStart = true;
  return pieces
    .map((piece, i) => {
      const token = tokens[i];
      if (!token) return piece;
      let out = piece;
      if (!protectedIndex.has(i)) {
        // Compounds with hyphens or slashes: each part on its own ("Cause-and-Process" →
        // "cause-and-process"); a word that starts the title or follows a colon keeps
        // only its first part's capital.
        out = piece
          .split(/([-/])/)
          .map((part, k) => (k % 2 === 1 || (k === 0 && sentenceStart) || keepsCapital(part) ? part : lowerFirst(part)))
          .join('');
      }
      sentenceStart = /[:?!]$/.test(piece);
      return out;
    })
    .join('');
}
