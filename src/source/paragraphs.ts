/**
 * The paragraphs of a part of the thesis, as printed: page breaks rejoined,
 * footnote markers left out, headings and tables not counted. Every reader of
 * a part's paragraphs (the compare pages, the data checks) gets them here.
 */
import { FOOTNOTE_MARKER, isHeadingLike, rejoinParagraphs, splitBlocks } from './blocks.ts';
import { splitIntoPages } from './parts.ts';

/** The paragraphs of the part `slug` (e.g. "chapters/discussion") of the source text, in order. */
export function pageParagraphs(source: string, slug: string): string[] {
  const text = splitIntoPages(source).get(slug);
  if (text === undefined) throw new Error(`Thesis source: no part "${slug}" in content/source/thesis.txt`);
  return rejoinParagraphs(splitBlocks(text))
    .blocks.flatMap((b) => (b.kind === 'paragraph' && !isHeadingLike(b.text) ? [b.text.replace(FOOTNOTE_MARKER, '').replace(/\s+/g, ' ').trim()] : []))
    .filter((t) => t !== '');
}
