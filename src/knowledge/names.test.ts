import { describe, expect, it } from 'vitest';
import type { Group, Organization } from './schemas.ts';
import { compactKey, distinctNames, groupNames, nameKey, namePattern, organizationNames, otherNames, searchTerm, spellingKey } from './names.ts';

describe('distinctNames', () => {
  it('drops repeats that differ only in case or spacing, keeping the first spelling', () => {
    expect(distinctNames(['LeT', 'Lashkar-e-Taiba', 'let', ' Lashkar-e-Taiba ', 'Lashkar-e-Toiba'])).toEqual(['LeT', 'Lashkar-e-Taiba', 'Lashkar-e-Toiba']);
  });

  it('never drops a name that is not a repeat, and is idempotent', () => {
    const names = ['Hafiz and Mullins', 'Haifz and Mullins', 'Hafez & Mullins', 'Hafez and Mullins', 'HAFEZ AND MULLINS'];
    const once = distinctNames(names);
    expect(new Set(once.map((n) => n.toLowerCase()))).toEqual(new Set(names.map((n) => n.toLowerCase())));
    expect(distinctNames(once)).toEqual(once);
  });
});

describe('otherNames', () => {
  it('leaves out the title, which the heading already shows', () => {
    expect(otherNames('ISKP', ['ISK', 'iskp', 'IS-K'])).toEqual(['ISK', 'IS-K']);
  });
});

describe('organizationNames', () => {
  const ed = (value: string) => ({ value, reason: 'a reason' });
  const org = (spellings: string[], others: string[]) => ({ name: spellings[0], spellings, otherNames: others.map(ed) }) as Organization;

  it('keeps every spelling the thesis prints, then, apart and with their reasons, the names in wider use not already spelled', () => {
    expect(organizationNames(org(['Lashkar-e-Taiba', 'LeT'], ['LeT', 'Lashkar-e-Tayyiba']))).toEqual({
      spellings: ['Lashkar-e-Taiba', 'LeT'],
      elsewhere: [ed('Lashkar-e-Tayyiba')],
    });
  });

  it('never loses a name of the data, and never lists a name in wider use among the spellings', () => {
    const o = org(['Islamic State', 'IS', 'Daesh', 'ISIL'], ['ISIS', 'ISIL', 'Daesh', 'Islamic State of Iraq and Syria']);
    const names = organizationNames(o);
    for (const name of [...o.spellings, ...o.otherNames.map((n) => n.value)])
      expect([...names.spellings, ...names.elsewhere.map((n) => n.value)]).toContain(name);
    expect(names.spellings).not.toContain('ISIS');
    expect(names.elsewhere.map((n) => n.value)).toEqual(['ISIS', 'Islamic State of Iraq and Syria']);
  });
});

describe('driverNames, groupNames, theoryNames', () => {
  it('list the names the thesis prints apart from those in wider use, without the title or a repeat', () => {
    const group = {
      name: 'ISKP',
      aliases: ['ISK', 'iskp', 'IS Khurasan'],
      otherNames: [
        { value: 'IS-K', reason: 'short name in wider use' },
        { value: 'isk', reason: 'a repeat' },
      ],
    } as Group;
    expect(groupNames(group)).toEqual({ inThesis: ['ISK', 'IS Khurasan'], elsewhere: [{ value: 'IS-K', reason: 'short name in wider use' }] });
  });
});

describe('nameKey, compactKey, spellingKey and namePattern', () => {
  it('nameKey ignores case, accents, hyphens and punctuation, for matching a query to a name', () => {
    expect(nameKey('Lashkar-e-Jhngi')).toBe(nameKey('lashkar e  jhngi'));
    expect(nameKey('‘Bunch of guys’ theory')).toBe('bunch of guys theory');
    expect(nameKey('Café')).toBe('cafe');
  });

  it('compactKey also joins the parts of a name, as Pagefind indexes a compound word', () => {
    expect(compactKey('Lashkar-e-Taiba')).toBe('lashkaretaiba');
    expect(compactKey('Lashkar e Taiba')).toBe(compactKey('LashkareTaiba'));
    expect(compactKey("King's College London")).toBe(compactKey('Kings College London'));
    // Transliterations: a macron, an ayn, a hamza are no part of the name a reader types.
    expect(compactKey('Jamāʿat-e-Islāmī')).toBe(compactKey('Jamaat-e-Islami'));
    expect(compactKey('Daʾesh')).toBe(compactKey('Daesh'));
    expect(nameKey('Jamāʿat')).toBe(nameKey("Jama'at"));
  });

  it('searchTerm turns the apostrophe-like letters of transliterations into apostrophes, which Pagefind drops', () => {
    expect(searchTerm(' Jamāʿat-e-Islāmī ')).toBe("Jamā'at-e-Islāmī");
    expect(searchTerm('King`s College')).toBe("King's College");
    expect(searchTerm('LeT')).toBe('LeT');
  });

  it('namePattern finds a name as whole words, case and all, whatever stands between its parts', () => {
    const let_ = namePattern(['LeT'])!;
    expect(let_.test("the camps (LeT's) and")).toBe(true);
    expect(let_.test('LeT')).toBe(true);
    expect(let_.test('the border lets fighters cross')).toBe(false);
    expect(let_.test('Let us see; let them')).toBe(false);
    expect(let_.test('LeTs')).toBe(false);
    const lashkar = namePattern(['Lashkar-e-Taiba', 'JUI-F'])!;
    expect(lashkar.test('joined Lashkar e Taiba.')).toBe(true);
    expect(lashkar.test('joined Lashkar–e–Taiba.')).toBe(true);
    expect(lashkar.test('the JUI (F) and')).toBe(true);
    expect(lashkar.test('Lashkar-e-Jhangvi')).toBe(false);
    // Characters that mean something in a regular expression are only text here.
    expect(namePattern(['Al-Islam.org (site)'])!.test('see Al-Islam.org (site)')).toBe(true);
    expect(namePattern(['a+b'])!.test('aab')).toBe(false);
    expect(namePattern([])).toBeUndefined();
    expect(namePattern(['—'])).toBeUndefined();
  });

  it('spellingKey ignores only case and spacing, so that hyphenated and spaced spellings stay apart', () => {
    expect(spellingKey(' Lashkar-e-Taiba ')).toBe(spellingKey('lashkar-e-taiba'));
    expect(spellingKey('Lashkar-e-Taiba')).not.toBe(spellingKey('Lashkar e Taiba'));
  });
});
