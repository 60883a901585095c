import { describe, expect, it } from 'vitest';
import { beginsWith, matchedWords, pagefindTerms, passesLetters, unvouched, wordForms, type ExactPages } from './hits.ts';

describe('pagefindTerms', () => {
  it('reads a query as Pagefind does: punctuation dropped (a hyphenated name is one word), lowercase, no accents', () => {
    expect(pagefindTerms('Zarb-e-Azb')).toEqual(['zarbeazb']);
    expect(pagefindTerms('  Sipah-e-Sahaba  ')).toEqual(['sipahesahaba']);
    expect(pagefindTerms("Kings College (London) King's")).toEqual(['kings', 'college', 'london', 'kings']);
    expect(pagefindTerms('Jamāʿat-e-Islāmī')).toEqual(['jamaʿateislami']);
    expect(pagefindTerms('Lashkar e   Taiba')).toEqual(['lashkar', 'e', 'taiba']);
    expect(pagefindTerms(' — ')).toEqual([]);
  });
});

describe('wordForms', () => {
  it('gives a word whole and its parts, as Pagefind indexes them', () => {
    expect(wordForms('(Lashkar-e-Taiba),')).toEqual(['lashkaretaiba', 'lashkar', 'e', 'taiba']);
    expect(wordForms('Z.,')).toEqual(['z', 'z']);
    expect(wordForms('Jamāʿat')).toEqual(['jamaʿat', 'jamaʿat']);
    expect(wordForms('—')).toEqual([]);
  });
});

describe('matchedWords', () => {
  it('reads the words at the match locations of the text, and the words of the metadata', () => {
    const data = { content: 'Hafez, M. and Mullins, C.   (2015)', locations: [1, 3], meta: { title: 'Hafez and Mullins', image: undefined } };
    expect(matchedWords(data)).toEqual(['M.', 'Mullins,', 'Hafez', 'and', 'Mullins']);
  });
});

describe('beginsWith', () => {
  it('is true for a word being typed or written out, whole or as a part of a hyphenated word', () => {
    expect(beginsWith('lashk', ['Lashkar-e-Taiba.'])).toBe(true);
    expect(beginsWith('taiba', ['(Lashkar-e-Taiba)'])).toBe(true);
    expect(beginsWith('lashkaretaiba', ['Lashkar-e-Taiba;'])).toBe(true);
    expect(beginsWith('haifz', ['Haifz'])).toBe(true);
  });

  it('is false for the initial or shorter word Pagefind falls back to', () => {
    expect(beginsWith('zarbeazb', ['Z.', 'Z.,'])).toBe(false);
    expect(beginsWith('ttp', ['T.'])).toBe(false);
    expect(beginsWith('sipahesahaba', ['S.', '(S);'])).toBe(false);
    expect(beginsWith('documentation', ['doc'])).toBe(false);
  });
});

describe('which terms the fetched results do not vouch for, and which results pass on their single letters', () => {
  it('vouches for a word that a matched word begins with, never for the initial Pagefind fell back to', () => {
    const views = [{ matched: ['Lashkar-e-Taiba.', 'recruited', 'T.'] }];
    expect(unvouched(['lashk', 'taiba', 'recruit'], views)).toEqual([]);
    expect(unvouched(['ttp', 'recruitments'], views)).toEqual(['ttp', 'recruitments']);
    expect(unvouched(['t', 'e'], views)).toEqual([]);
    expect(unvouched(['lashk'], [])).toEqual(['lashk']);
  });

  it('lets a single letter through only where it stands alone, unless the whole query is a name run together', () => {
    const exact = (byTerm: Record<string, string[]>, runTogether: string[] = []): ExactPages => ({
      byTerm: new Map(Object.entries(byTerm).map(([term, ids]) => [term, new Set(ids)])),
      runTogether: new Set(runTogether),
    });
    const e = exact({ e: [] }, ['letaiba']);
    expect(passesLetters('letaiba', ['lashkar', 'e', 'taiba'], e)).toBe(true);
    expect(passesLetters('other', ['lashkar', 'e', 'taiba'], e)).toBe(false);
    const t = exact({ t: ['initials'] });
    expect(passesLetters('initials', ['t'], t)).toBe(true);
    expect(passesLetters('the-word-the', ['t'], t)).toBe(false);
    expect(passesLetters('any', ['taliban'], exact({}))).toBe(true);
    expect(passesLetters('any', [], exact({}))).toBe(true);
  });
});
