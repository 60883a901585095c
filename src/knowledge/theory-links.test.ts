import { describe, expect, it } from 'vitest';
import type { Entry } from './entry.ts';
import { citesAny, linkBasis, linkProblem } from './theory-links.ts';

const row = (
  id: string,
  number: number,
  name: string,
  citations: string,
  consolidatedInto: string[],
  basis: 'stated' | 'inferred',
): Entry<'candidateDrivers'> =>
  ({
    id,
    data: { table: 3, number, name, citations, consolidatedInto, basis, note: 'Editorial reading: chapter 4 files it there.' },
  }) as unknown as Entry<'candidateDrivers'>;

// Rows as Table 3 prints them (rows 9 and 19).
const ROWS = [
  row('t3-09', 9, 'Revenge', 'Victoroff, 2005; Borum, 2003; Schmid, 2013; Dawn, 2014; Khan, 2013', ['enabling-environment'], 'inferred'),
  row(
    't3-19',
    19,
    'Prisons, mosques School, University, Youth Clubs, Workplace',
    'Klandermans & Oegema, 1987; Precht, 2007; MaCauley & Moskalenk, 2008; Roy, 2002, ARY, 2013',
    ['recruitment'],
    'stated',
  ),
];
const victoroff = { authors: ['Victoroff, J.'], aliases: ['Humiliation-revenge theory'] };
const precht = { authors: ['Precht'], aliases: ['Pretch'] };

describe('citesAny', () => {
  it('finds an author as a whole word only', () => {
    expect(citesAny('Roy, 2002', ['Roy'])).toBe(true);
    expect(citesAny('Royce, 2002', ['Roy'])).toBe(false);
  });
});

describe('linkProblem', () => {
  it('accepts a Table 3 link whose row cites the authors and is merged into the driver', () => {
    expect(linkProblem(victoroff, { driver: 'enabling-environment', basis: 'table-3', candidate: 't3-09' }, ROWS)).toBeUndefined();
    expect(linkProblem(precht, { driver: 'recruitment', basis: 'table-3', candidate: 't3-19' }, ROWS)).toBeUndefined();
  });

  it('names the problem of a Table 3 link the table does not make', () => {
    expect(linkProblem(victoroff, { driver: 'quest-for-significance', basis: 'table-3', candidate: 't3-09' }, ROWS)).toBe(
      'Table 3 row 9 ("Revenge") is not merged into "quest-for-significance"',
    );
    expect(linkProblem(precht, { driver: 'enabling-environment', basis: 'table-3', candidate: 't3-09' }, ROWS)).toBe(
      'Table 3 row 9 ("Revenge") does not cite Precht / Pretch',
    );
    expect(linkProblem(precht, { driver: 'recruitment', basis: 'table-3', candidate: 't3-42' }, ROWS)).toBe(
      'no Table 3 row "t3-42" in content/candidate-drivers/',
    );
  });

  it('leaves editorial and text links to their own labels', () => {
    expect(linkProblem(victoroff, { driver: 'quest-for-significance', basis: 'editorial', reason: "The site's reading." }, ROWS)).toBeUndefined();
  });
});

describe('linkBasis', () => {
  it("is the thesis's where the methodology states the merge, the site's reading where it was inferred", () => {
    expect(linkBasis({ driver: 'recruitment', basis: 'table-3', candidate: 't3-19' }, ROWS)).toMatchObject({
      provenance: 'thesis',
      section: { page: 'chapters/methodology' },
    });
    const inferred = linkBasis({ driver: 'enabling-environment', basis: 'table-3', candidate: 't3-09' }, ROWS);
    expect(inferred.provenance).toBe('editorial');
    expect(inferred.says).toContain('“Revenge” (row 9)');
    expect(inferred.says).toContain("the site's reading: chapter 4 files it there.");
    expect(linkBasis({ driver: 'financial-motivations', basis: 'editorial', reason: 'Chapter 2 lists economic incentives.' }, ROWS)).toEqual({
      provenance: 'editorial',
      says: 'Chapter 2 lists economic incentives.',
    });
    expect(linkBasis({ driver: 'recruitment', basis: 'text', section: { page: 'chapters/discussion' } }, ROWS)).toMatchObject({
      provenance: 'thesis',
      section: { page: 'chapters/discussion' },
    });
  });
});
