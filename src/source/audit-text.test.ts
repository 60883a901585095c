/** The readers of the self-audit against the thesis text itself (expected values are the thesis's words). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bodyLines,
  citationsIn,
  findAuthorDateCitations,
  findBodyHeadings,
  findStatedTotals,
  findTableReferences,
  findTocEntries,
  readNumber,
} from './audit-text.ts';

const source = readFileSync(new URL('../../content/source/thesis.txt', import.meta.url), 'utf8');

describe('readers of the thesis text', () => {
  it('reads numbers in digits and words', () => {
    expect([readNumber('41,490'), readNumber('Twenty-two'), readNumber('Seventeen'), readNumber('many')]).toEqual([41490, 22, 17, null]);
  });

  it('finds both totals the text states with their parts', () => {
    const totals = findStatedTotals(source);
    expect(totals.map((t) => [t.total, t.parts.map((p) => p.value)])).toEqual(
      expect.arrayContaining([
        [22, [9, 5, 2, 3, 3]],
        [41490, [32809, 4761, 4640]],
      ]),
    );
    for (const t of totals) for (const p of t.parts) expect(source).toContain(p.asWritten);
  });

  it('finds the sentence that sends the reader to Table 6, and the caption that follows it', () => {
    const refs = findTableReferences(source);
    expect(refs).toContainEqual(expect.objectContaining({ table: 6, asWritten: 'is given in Table 6', nextCaption: expect.objectContaining({ table: 5 }) }));
  });

  it('reads the numbered entries of the table of contents and the numbered headings of the body', () => {
    const toc = findTocEntries(source);
    expect(toc.map((e) => e.number)).toContain('4.2.1');
    expect(toc.find((e) => e.number === '4.1')?.title).toBe('Case study One: Kashmir');
    const body = findBodyHeadings(source);
    expect(body.map((h) => h.number)).not.toContain('4.2.1');
    expect(body.find((h) => h.number === '4.1')?.title).toBe('Case study two: Kashmir');
    expect(body.find((h) => h.number === '4.2.2')?.section?.page).toBe('case-studies/afghanistan');
  });

  it('reads parenthetical, narrative and table-row citations, with pages but not paragraphs', () => {
    const citations = findAuthorDateCitations(source);
    const seen = (authors: string, year: string, form: string, page: string | null = null) =>
      citations.some((c) => c.authors === authors && c.year === year && c.form === form && c.page === page);
    expect(seen('Hegghammer', '2010', 'parenthetical', '57-58')).toBe(true);
    expect(seen('Bakker & Coolsaet', '2008', 'narrative')).toBe(true);
    expect(seen('John Horgan & Bradock', '2010', 'table-row', '17')).toBe(true);
    expect(seen('BBC', '2019', 'parenthetical')).toBe(true); // "(BBC, 2019 para 3-4)": a paragraph, no page
    expect(citations.some((c) => /Interview/.test(c.authors))).toBe(false);
    for (const c of citations.filter((c) => c.form !== 'table-row')) expect(source).toContain(c.asWritten);
  });

  it('gives each citation the printed words a link may wrap, where they stand in the line', () => {
    const lines = bodyLines(source);
    const found = lines.flatMap(({ text, section }) => citationsIn(text, section).map((c) => ({ c, text })));
    expect(found.map(({ c }) => c)).toEqual(findAuthorDateCitations(source));
    for (const { c, text } of found) {
      expect(text.slice(c.span.at, c.span.at + c.span.text.length)).toBe(c.span.text);
      // Where the citation is printed whole, that is it; a table row's is the name in its first column.
      expect(c.span.text).toBe(c.form === 'table-row' ? text.split('\t')[0]?.trim().replace(/,$/, '') : c.asWritten);
    }
  });
});
