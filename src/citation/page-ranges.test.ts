/**
 * The printed pages of the thesis's parts and tables. The expected ranges are
 * the thesis's table of contents read by the rule (a part runs to the page
 * before the next part begins): each row names the two contents lines it
 * comes from, and the first test checks those lines are in the source.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THESIS_PAGES, splitIntoPages } from '../source/parts.ts';
import { readContents } from '../source/printed-pages.ts';
import { LISTED_TABLES, PART_PAGES, PageRangeError, pageField, pagesLabel, pagesNote, partPages, printedEntry, tablePages } from './page-ranges.ts';

const source = readFileSync(new URL('../../content/source/thesis.txt', import.meta.url), 'utf8');
const contents = readContents(source);

/** [part, first, last, the contents line of its start, the contents line of the next part's start (its page ends the range)]. */
const EXPECTED: Array<[string, number, number, string, string | null]> = [
  ['chapters/introduction', 1, 7, '1\tChapter One: Introduction\t1', '2\tChapter Two: Theoretical and Conceptual Framework\t8'],
  ['chapters/framework', 8, 18, '2\tChapter Two: Theoretical and Conceptual Framework\t8', '3.\tChapter Three: Methodology\t19'],
  ['chapters/methodology', 19, 24, '3.\tChapter Three: Methodology\t19', '4.\tChapter Four: Results\t25'],
  // The Results chapter opens on page 25, and Case study One begins on the same page.
  ['chapters/results', 25, 25, '4.\tChapter Four: Results\t25', '4.1.\tCase study One: Kashmir\t25'],
  ['case-studies/kashmir', 25, 31, '4.1.\tCase study One: Kashmir\t25', '4.2.\tCase study two: Afghanistan\t32'],
  ['case-studies/afghanistan', 32, 43, '4.2.\tCase study two: Afghanistan\t32', '4.3.\tCase study three: Syria\t44'],
  ['case-studies/syria', 44, 52, '4.3.\tCase study three: Syria\t44', '5.\tChapter Five: Discussion\t53'],
  ['chapters/discussion', 53, 56, '5.\tChapter Five: Discussion\t53', '6.\tChapter 6: Conclusion\t57'],
  ['chapters/conclusion', 57, 59, '6.\tChapter 6: Conclusion\t57', '\tList of Interviews\t60'],
  ['interviews', 60, 62, '\tList of Interviews\t60', '\tReferences\t63'],
  ['references', 63, 69, '\tReferences\t63', '\tAppendix A\t70'],
  // The last part ends on the thesis's last printed page: see the last-page test below.
  ['questionnaire', 70, 70, '\tAppendix A\t70', null],
];

describe('the printed pages of each part, from the table of contents', () => {
  it('come from lines the table of contents prints', () => {
    for (const [, , , start, next] of EXPECTED) {
      expect(source).toContain(`\n${start}\n`);
      if (next) expect(source).toContain(`\n${next}\n`);
    }
  });

  it.each(EXPECTED)('%s: pages %i–%i', (slug, first, last, start, next) => {
    const pages = PART_PAGES.get(slug);
    expect(pages).toEqual({
      first,
      last,
      from: { list: 'table of contents', line: printedEntry(start) },
      until: next ? { line: printedEntry(next), page: Number(next.split('\t').at(-1)) } : null,
    });
  });

  it('gives every part of the reading order after the front matter its pages, and the front matter none (it precedes page 1)', () => {
    expect([...PART_PAGES.keys()]).toEqual(EXPECTED.map(([slug]) => slug));
    expect(THESIS_PAGES.filter((p) => !PART_PAGES.has(p.slug)).map((p) => p.slug)).toEqual(['front-matter']);
  });

  it('ends with the last printed page: Appendix A, which begins on page 70, is shorter than a page of the thesis’s text', () => {
    // By the thesis's own measure: the References run over pages 63–69, so a page of them holds their text divided by 7 pages.
    const parts = splitIntoPages(source);
    const references = PART_PAGES.get('references')!;
    const referencesPerPage = parts.get('references')!.length / (references.last - references.first + 1);
    expect(parts.get('questionnaire')!.length).toBeLessThan(referencesPerPage);
    expect(Math.max(...contents.map((line) => line.page))).toBe(70);
  });

  it('stops the build, naming the file and the part, when the contents lack a part or run backwards', () => {
    const withoutAfghanistan = contents.filter((line) => line.number !== '4.2');
    expect(() => partPages(THESIS_PAGES, withoutAfghanistan)).toThrow(
      new PageRangeError(
        'content/source/thesis.txt: the table of contents has no line for "4.2. Case study two: Afghanistan" (case-studies/afghanistan), so its printed pages are unknown',
      ),
    );
    const backwards = contents.map((line) => (line.number === '4.3' ? { ...line, page: 30 } : line));
    expect(() => partPages(THESIS_PAGES, backwards)).toThrow(
      /thesis\.txt: the table of contents gives "4\.3\. Case study three: Syria" page 30, before "4\.2\. Case study two: Afghanistan" on page 32/,
    );
    expect(() => partPages(THESIS_PAGES, [])).toThrow(/thesis\.txt: no table of contents with page numbers/);
  });
});

describe('the printed page of each table, from the List of Tables', () => {
  it('is within the printed pages of the part whose text prints the table', () => {
    const parts = splitIntoPages(source);
    for (const listed of LISTED_TABLES) {
      const slug = [...parts].find(([, text]) => new RegExp(`^Table ${listed.table}:`, 'm').test(text))?.[0];
      const range = PART_PAGES.get(slug ?? '');
      expect(range, `Table ${listed.table}`).toBeDefined();
      expect(listed.page).toBeGreaterThanOrEqual(range!.first);
      expect(listed.page).toBeLessThanOrEqual(range!.last);
      expect(tablePages(listed.table, LISTED_TABLES)).toEqual({
        first: listed.page,
        last: listed.page,
        from: { list: 'List of Tables', line: `Table ${listed.table} ${listed.caption}` },
        until: null,
      });
    }
  });

  it('stops the build, naming the file, for a table the List of Tables lacks', () => {
    expect(() => tablePages(10, LISTED_TABLES)).toThrow(/thesis\.txt: the List of Tables has no line for Table 10/);
  });
});

describe('how a range is written', () => {
  const kashmir = PART_PAGES.get('case-studies/kashmir')!;
  const results = PART_PAGES.get('chapters/results')!;
  const appendix = PART_PAGES.get('questionnaire')!;
  const table5 = tablePages(5, LISTED_TABLES);

  it('as CSL and BibTeX take it, and as a reader reads it', () => {
    expect([pageField(kashmir), pageField(results)]).toEqual(['25-31', '25']);
    expect([pagesLabel(kashmir), pagesLabel(results)]).toEqual(['Pages 25–31', 'Page 25']);
  });

  it('with where it comes from', () => {
    expect(pagesNote(kashmir)).toBe(
      'Pages 25–31 of the printed thesis, from its table of contents: “4.1. Case study One: Kashmir” begins on page 25, and the next part, “4.2. Case study two: Afghanistan”, on page 32.',
    );
    expect(pagesNote(results)).toBe(
      'Page 25 of the printed thesis, from its table of contents: “4. Chapter Four: Results” begins on page 25, and the next part, “4.1. Case study One: Kashmir”, on the same page.',
    );
    expect(pagesNote(appendix)).toMatch(
      /^Page 70 of the printed thesis, from its table of contents: “Appendix A” begins on page 70, the last page the table of contents gives;/,
    );
    expect(pagesNote(table5)).toBe(
      'Page 23 of the printed thesis, from its List of Tables: “Table 5 Final List of Drivers with the frequency of reporting for each war zone and category of jihadi host organization” is on page 23.',
    );
  });
});
