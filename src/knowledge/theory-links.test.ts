import { describe, expect, it } from 'vitest';
import type { Entry } from './entry.ts';
import { citationsOf, linkBasis, linkProblem } from './theory-links.ts';

const row = (id: string, number: number, name: string, citations: string, merges: Array<[string, 'stated' | 'inferred']>): Entry<'candidateDrivers'> =>
  ({
    id,
    data: {
      table: 3,
      number,
      name,
      citations,
      consolidatedInto: merges.map(([driver, basis]) =>
        basis === 'stated' ? { driver, basis, words: 'were consolidated into one category' } : { driver, basis, reason: 'chapter 4 files it there.' },
      ),
    },
  }) as unknown as Entry<'candidateDrivers'>;

// Rows as Table 3 prints them (rows 3, 9 and 19); row 3 merged into two drivers on two bases.
const ROWS = [
  row('t3-09', 9, 'Revenge', 'Victoroff, 2005; Borum, 2003; Schmid, 2013; Dawn, 2014; Khan, 2013', [['enabling-environment', 'inferred']]),
  row(
    't3-19',
    19,
    'Prisons, mosques School, University, Youth Clubs, Workplace',
    'Klandermans & Oegema, 1987; Precht, 2007; MaCauley & Moskalenk, 2008; Roy, 2002, ARY, 2013',
    [['recruitment', 'stated']],
  ),
  row('t3-03', 3, 'Networks, Peers, family, religious organizations, local demand', 'Sageman, 2004; Hafiz & Mullins, 2015; Roy, 2002', [
    ['recruitment', 'stated'],
    ['enabling-environment', 'inferred'],
  ]),
];
const hafez = { authors: ['Hafez, M.', 'Mullins, C.'], aliases: ['Hafiz and Mullins'] };
const victoroff = { authors: ['Victoroff, J.'], aliases: ['Humiliation-revenge theory'] };
const precht = { authors: ['Precht'], aliases: ['Pretch'] };

describe('citationsOf', () => {
  it('finds the citations of a theory by its authors and the spellings the thesis prints, and no other name', () => {
    expect(citationsOf('Roy, 2002', { authors: ['Roy, O.'], aliases: [] })).toEqual([{ name: 'Roy', year: 2002 }]);
    expect(citationsOf('Royce, 2002', { authors: ['Roy, O.'], aliases: [] })).toEqual([]);
    expect(citationsOf('Hafiz & Mullins, 2015; Schmid, 2013', hafez)).toEqual([{ name: 'Hafiz & Mullins', year: 2015 }]);
    expect(citationsOf('MaCauley & Moskalenk, 2008', { authors: ['McCauley, C.', 'Moskalenko, S.'], aliases: ['MaCauley & Moskalenk'] })).toHaveLength(1);
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
  it('takes the basis of the row’s merge into the link’s own driver: one row, two drivers, two bases', () => {
    const stated = linkBasis({ driver: 'recruitment', basis: 'table-3', candidate: 't3-03' }, ROWS);
    expect(stated.provenance).toBe('thesis');
    expect(stated.says).toContain('which the methodology merges into this driver: “were consolidated into one category”');
    const inferred = linkBasis({ driver: 'enabling-environment', basis: 'table-3', candidate: 't3-03' }, ROWS);
    expect(inferred.provenance).toBe('editorial');
    expect(inferred.says).not.toContain('methodology merges');
    expect(linkProblem(hafez, { driver: 'enabling-environment', basis: 'table-3', candidate: 't3-03' }, ROWS)).toBeUndefined();
  });

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
