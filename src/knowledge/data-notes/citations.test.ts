import { describe, expect, it } from 'vitest';
import { checkCitations, citedEntry, pageRanges, type ReferenceEntry } from './citations.ts';
import type { SectionLabel } from './rules.ts';
import type { AuthorDateCitation } from '../../source/audit-text.ts';

const section = { page: 'chapters/framework', heading: '2.1. Radicalization' } as const;
const label: SectionLabel = (s) => `${s.page}, ${s.heading ?? ''}`;

describe('citations against the reference list', () => {
  const ref = (id: string, authors: string, year: string, text: string, duplicates: string[] = []): ReferenceEntry => ({ id, authors, year, text, duplicates });
  const refs = [
    ref('bakker-coolsaet-2011', 'Bakker, E., & Coolsaet, R.', '2011', 'Bakker, E., & Coolsaet, R. (2011). *Jihadi Terrorism*.'),
    ref('stern-2000', 'Stern, J.', '2000', "Stern, J. (2000). Pakistan's Jihad culture. *Foreign Aff.*, 79, 115."),
    ref(
      'horgan-braddock-2010',
      'Horgan, J., & Braddock, K.',
      '2010',
      'Horgan, J., & Braddock, K. (2010). Rehabilitating the terrorists? *Terrorism and Political Violence*, 22(2), 267-291.',
    ),
    ref('sedgwick-2010', 'Sedgwick, M.', '2010', 'Sedgwick, M. (2010). The concept. *Terrorism and political violence*, 22(4), p.484.', [
      'Sedgwick, M. (2010). The concept. *Terrorism and political violence*, 22(4), 479-494.',
    ]),
    ref(
      'un-ctitf-2018',
      'United Nations Counter Terrorism Implementation Task Force',
      '2018',
      'United Nations Counter Terrorism Implementation Task Force (2018). *Guidance*. p.1.',
    ),
    ref('rassler-et-al-2013', 'Rassler, D., Fair, C. C., Ghosh, A.', '2013', 'Rassler, D., Fair, C. C., Ghosh, A. (2013). *The fighters of Lashkar-e-Taiba*.'),
    ref('ankit-2016', 'Ankit, R.', '2016', 'Ankit, R. (2016). *The Kashmir conflict: From empire to the cold war, 1945-66*. Routledge.'),
  ];
  const cite = (authors: string, year: string, page: string | null = null, form: AuthorDateCitation['form'] = 'parenthetical'): AuthorDateCitation => ({
    authors,
    year,
    page,
    asWritten: `${authors}, ${year}${page ? ` p.${page}` : ''}`,
    form,
    span: { at: 0, text: authors },
    section,
  });

  it('notes a year that differs from the entry', () => {
    const notes = checkCitations([cite('Bakker & Coolsaet', '2008', null, 'narrative'), cite('UN CTITF', '2017', '1')], refs, label);
    expect(notes.map((n) => [n.kind, n.id])).toEqual([
      ['citation-year', 'citation-year-bakker-2008'],
      ['citation-year', 'citation-year-un-ctitf-2017'],
    ]);
    expect(notes[0]?.message).toBe('The text cites Bakker & Coolsaet (2008); the reference list has Bakker only for 2011.');
  });
  it('notes a page outside the page range the entry prints, and no page inside it (first printing or second)', () => {
    const notes = checkCitations(
      [cite('John Horgan & Bradock', '2010', '17', 'table-row'), cite('Horgan & Braddock', '2010', '270'), cite('Sedgwick', '2010', '484')],
      refs,
      label,
    );
    expect(notes.map((n) => [n.kind, n.message])).toEqual([
      ['citation-page', "The text cites page 17 of John Horgan & Bradock (2010); the reference list gives the work's pages as 267-291."],
    ]);
  });
  it('notes a spelling two letters apart, and a parenthetical citation with no entry at all', () => {
    const notes = checkCitations([cite('Sterm', '2000'), cite('Sterm', '2000'), cite('The Nation', '2013')], refs, label);
    expect(notes.map((n) => n.kind)).toEqual(['citation-spelling', 'citation-no-entry']);
    expect(notes[0]?.message).toBe('The text spells the author "Sterm"; the reference list\'s entry of 2000 spells it "Stern".');
    expect(notes[0]?.sources.filter((s) => s.source.startsWith('Citation'))).toHaveLength(1);
    expect(notes[1]?.sources).toContainEqual({ source: 'Reference list', says: 'no entry under "The Nation"' });
  });
  it('notes nothing for citations that match: a second author, an acronym, a possessive, a narrative name that is no author', () => {
    expect(
      checkCitations(
        [
          cite('Fair', '2013'),
          cite('Stern', '2000', '115'),
          cite('Ankit', '2016'),
          cite("Stern's", '2000', null, 'narrative'),
          cite('British Government', '2011', '36', 'table-row'),
          cite('Afghanistan', '2001', null, 'narrative'),
        ],
        refs,
        label,
      ),
    ).toEqual([]);
  });
  it('names the one entry a citation links to: first author and year, under the audit’s name rules', () => {
    const linked = (authors: string, year: string, form: AuthorDateCitation['form'] = 'parenthetical') => citedEntry(cite(authors, year, null, form), refs)?.id;
    expect(linked('Stern', '2000')).toBe('stern-2000');
    expect(linked("Stern's", '2000', 'narrative')).toBe('stern-2000');
    expect(linked('Bakker & Coolsaet', '2011', 'narrative')).toBe('bakker-coolsaet-2011');
    expect(linked('John Horgan & Bradock', '2010', 'table-row')).toBe('horgan-braddock-2010');
    // A page outside the entry's pages is still that entry (the audit notes the page, not the work).
    expect(checkCitations([cite('John Horgan & Bradock', '2010', '17', 'table-row')], refs, label)).toHaveLength(1);
  });
  it('names no entry where the audit notes the citation, nor where two entries or a second author would fit', () => {
    const linked = (authors: string, year: string, list: readonly ReferenceEntry[] = refs) => citedEntry(cite(authors, year), list)?.id;
    expect(linked('Sterm', '2000')).toBeUndefined(); // spelling
    expect(linked('Bakker & Coolsaet', '2008')).toBeUndefined(); // year
    expect(linked('The Nation', '2013')).toBeUndefined(); // no entry
    expect(linked('Fair', '2013')).toBeUndefined(); // the entry's second author
    const twoOf2002 = [
      ref('roy-2002-islamic-radicalism', 'Roy, O.', '2002', 'Roy, O. (2002). *Islamic radicalism*.'),
      ref('roy-2002-taliban', 'Roy, O.', '2002', 'Roy, O. (2002). The Taliban.'),
    ];
    expect(linked('Roy', '2002', twoOf2002)).toBeUndefined();
    expect(linked('Roy', '2002', twoOf2002.slice(0, 1))).toBe('roy-2002-islamic-radicalism');
  });
  it('names an agency by its initials, and an outlet under a shorter name', () => {
    const agencies = [
      ref('afp-2016', 'AFP', '2016', 'AFP. (2016, June 11). Shia Shrine.'),
      ref('the-dawn-2014', 'The Dawn', '2014', 'JuD call to arms. (2014). *The Dawn*.'),
    ];
    expect(citedEntry(cite('AFP', '2016'), agencies)?.id).toBe('afp-2016');
    expect(citedEntry(cite('Dawn', '2014'), agencies)?.id).toBe('the-dawn-2014');
  });
  it('reads page ranges outside titles and paragraphs only', () => {
    expect(pageRanges(refs[6]!)).toEqual([]);
    expect(pageRanges(refs[3]!)).toEqual([[479, 494]]);
    expect(pageRanges({ ...refs[1]!, text: 'Abbas (2013). *News*. Para.1-3.' })).toEqual([]);
  });
});
