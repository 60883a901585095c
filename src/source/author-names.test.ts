import { describe, expect, it } from 'vitest';
import { citedNames, entryNames, nearName, parseCitations, sameName } from './author-names.ts';

describe('author names as printed', () => {
  it('reads the names of a citation and of a reference entry', () => {
    expect(citedNames('Hafiz & Mullins')).toEqual(['Hafiz', 'Mullins']);
    expect(citedNames('Doosje, et al.')).toEqual(['Doosje']);
    expect(citedNames("Kruglanski & Orehek's")).toEqual(['Kruglanski', 'Orehek']);
    expect(entryNames('Hafez, M., & Mullins, C.')).toEqual(['Hafez', 'Mullins']);
    expect(entryNames('R. Hussein & Z. Omer')).toEqual(['Hussein', 'Omer']);
  });

  it('reads Table 3’s citations as printed', () => {
    expect(parseCitations('Schmid, 2013, Roy 2002; Hafiz & Mullins, 2015')).toEqual([
      { name: 'Schmid', year: 2013 },
      { name: 'Roy', year: 2002 },
      { name: 'Hafiz & Mullins', year: 2015 },
    ]);
    expect(parseCitations('Hegghammer) (Asad Hashim, 2013')).toEqual([
      { name: 'Hegghammer', year: null },
      { name: 'Asad Hashim', year: 2013 },
    ]);
  });

  it.each([
    ['UN CTITF', 'United Nations Counter Terrorism Implementation Task Force', true],
    ['Asad Hashim', 'Hashim', true],
    ['Dawn', 'The Dawn', true],
    ['Al-Islam', 'Al-Islam.org', true],
    ['Khan', 'Kahn', false],
    ['Roy', 'Rubin', false],
  ])('sameName(%s, %s) is %s', (a, b, expected) => {
    expect(sameName(a, b)).toBe(expected);
  });
  it.each([
    ['Sterm', 'Stern', true],
    ['Hegghammaer', 'Hegghammer', true],
    ['Robin', 'Rubin', true],
    ['Roy', 'Ray', false],
    ['Malik', 'Malet', false],
  ])('nearName(%s, %s) is %s', (a, b, expected) => {
    expect(nearName(a, b)).toBe(expected);
  });
  it.each([
    ['Moskalenk', 'Moskalenko', true],
    ['Precht', 'Pretch', false],
    ['Roy', 'Royce', false],
  ])('sameName(%s, %s) is %s (Table 3 spellings)', (a, b, expected) => {
    expect(sameName(a, b)).toBe(expected);
  });
});
