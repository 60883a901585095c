import { describe, expect, it } from 'vitest';
import type { Organization } from '../knowledge/schemas.ts';
import { distinctNames, nameKey, organizationNames, otherNames, spellingKey } from './names.ts';

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
  const org = (spellings: string[], others: string[]) => ({ name: spellings[0], spellings, otherNames: others }) as Organization;

  it('keeps every spelling as printed, then the other names not already spelled', () => {
    expect(organizationNames(org(['Lashkar-e-Taiba', 'LeT'], ['LeT', 'Lashkar-e-Tayyiba']))).toEqual({
      spellings: ['Lashkar-e-Taiba', 'LeT'],
      others: ['Lashkar-e-Tayyiba'],
    });
  });

  it('never loses a name of the data', () => {
    const o = org(['Islamic State', 'IS', 'Daesh', 'ISIL'], ['ISIS', 'ISIL', 'Daesh', 'Islamic State of Iraq and Syria']);
    const { spellings, others } = organizationNames(o);
    for (const name of [...o.spellings, ...o.otherNames]) expect([...spellings, ...others]).toContain(name);
  });
});

describe('nameKey and spellingKey', () => {
  it('nameKey ignores case, accents, hyphens and punctuation, for matching a query to a name', () => {
    expect(nameKey('Lashkar-e-Jhngi')).toBe(nameKey('lashkar e  jhngi'));
    expect(nameKey('‘Bunch of guys’ theory')).toBe('bunch of guys theory');
    expect(nameKey('Café')).toBe('cafe');
  });

  it('spellingKey ignores only case and spacing, so that hyphenated and spaced spellings stay apart', () => {
    expect(spellingKey(' Lashkar-e-Taiba ')).toBe(spellingKey('lashkar-e-taiba'));
    expect(spellingKey('Lashkar-e-Taiba')).not.toBe(spellingKey('Lashkar e Taiba'));
  });
});
