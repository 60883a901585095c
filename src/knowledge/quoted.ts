/**
 * Whether words the data gives as the thesis's are printed in it: compared
 * with quotes, dashes and runs of whitespace made alike (the source is a PDF
 * extraction, and a page break may fall inside a quotation).
 */
import { splitIntoPages } from '../source/parts.ts';

/** Text compared for quotation: quotes, dashes and runs of whitespace made alike. */
export function squash(text: string): string {
  // The source escapes a dollar sign as in Markdown ("\$700"); the thesis prints "$700".
  return text.replace(/\\\$/g, '$').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ');
}

/** A reader of the thesis that says whether words are printed in it, or in one of its parts (e.g. "chapters/methodology"). */
export function quotationChecker(source: string): (words: string, page?: string) => boolean {
  const whole = squash(source);
  const parts = new Map([...splitIntoPages(source)].map(([slug, text]) => [slug, squash(text)]));
  return (words, page) => (page === undefined ? whole : (parts.get(page) ?? '')).includes(squash(words));
}
