/** The reader of the thesis's printed page numbers, against the thesis text itself (expected values are its lines as printed). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTocEntries } from './audit-text.ts';
import { readContents, readListOfTables } from './printed-pages.ts';

const source = readFileSync(new URL('../../content/source/thesis.txt', import.meta.url), 'utf8');
/** The source's lines between a heading line and the blank line that ends its list. */
const listUnder = (heading: string) => {
  const lines = source.split('\n');
  const start = lines.findIndex((l) => l.startsWith(heading));
  return lines.slice(start + 1, lines.indexOf('', start));
};

describe('the table of contents', () => {
  const contents = readContents(source);

  it('reads every line under "Table of Contents", in order, each with the page it prints', () => {
    const printed = listUnder('No.\tTable of Contents\t');
    expect(contents.map((line) => line.asWritten)).toEqual(printed);
    for (const line of contents) expect(line.asWritten.endsWith(`\t${line.page}`)).toBe(true);
  });

  it('keeps the numbers and titles as printed, numbered or not', () => {
    expect(contents.find((line) => line.number === '4.2')).toEqual({
      number: '4.2',
      title: 'Case study two: Afghanistan',
      page: 32,
      asWritten: '4.2.\tCase study two: Afghanistan\t32',
    });
    expect(contents.find((line) => line.number === '1')).toMatchObject({ title: 'Chapter One: Introduction', page: 1 });
    expect(contents.filter((line) => line.number === null).map((line) => [line.title, line.page])).toEqual([
      ['List of Interviews', 60],
      ['References', 63],
      ['Appendix A', 70],
    ]);
  });

  it('is what the self-audit reads as the numbered entries (findTocEntries), without the unnumbered ones', () => {
    expect(findTocEntries(source)).toEqual(
      contents.filter((line) => line.number !== null).map((line) => ({ number: line.number, title: line.title, asWritten: `${line.number}. ${line.title}` })),
    );
  });

  it('reads nothing from a text without a table of contents, and stops at the first line that is not an entry', () => {
    expect(readContents('Abstract\n\nText.')).toEqual([]);
    expect(readContents('No.\tTable of Contents\tPage No.\n1\tChapter One: Introduction\t1\n\nList of Tables\t\tPage No.\nTable 1\tX\t9')).toEqual([
      { number: '1', title: 'Chapter One: Introduction', page: 1, asWritten: '1\tChapter One: Introduction\t1' },
    ]);
  });
});

describe('the List of Tables', () => {
  const tables = readListOfTables(source);

  it('reads Tables 1 to 9 with their pages, as printed', () => {
    expect(tables.map((t) => t.asWritten)).toEqual(listUnder('List of Tables\t'));
    expect(tables.map((t) => t.table)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(tables.find((t) => t.table === 5)).toMatchObject({
      caption: 'Final List of Drivers with the frequency of reporting for each war zone and category of jihadi host organization',
      page: 23,
    });
    for (const t of tables) expect(t.asWritten).toBe(`Table ${t.table}\t${t.caption}\t${t.page}`);
  });

  it('reads nothing from a text without one', () => {
    expect(readListOfTables('No.\tTable of Contents\tPage No.\n1\tChapter One: Introduction\t1')).toEqual([]);
  });
});
