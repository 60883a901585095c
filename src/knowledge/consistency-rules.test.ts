/**
 * Fixtures for the rules that read the thesis text and the data against the
 * tables: each rule has fixtures that must make a note and fixtures that must not.
 */
import { describe, expect, it } from 'vitest';
import {
  checkBlankVsNone,
  checkCitations,
  checkClaims,
  checkQuoteRoles,
  checkStatedTotals,
  checkTableReferences,
  checkTocNumbering,
  citedEntry,
  pageRanges,
  sameName,
  nearName,
  type DriverClaim,
  type FindingEntry,
  type ReferenceEntry,
  type SectionLabel,
} from './consistency.ts';
import type { AuthorDateCitation, NumberedHeading } from '../source/audit-text.ts';
import type { Finding, Interviewee } from './schemas.ts';

const section = { page: 'chapters/framework', heading: '2.1. Radicalization' } as const;
const label: SectionLabel = (s) => `${s.page}, ${s.heading ?? ''}`;

describe('stated-total', () => {
  const total = (n: number, parts: number[]) => ({
    total: n,
    totalAsWritten: `${n} people`,
    parts: parts.map((v) => ({ value: v, asWritten: `${v} were men` })),
    section,
  });
  it('notes parts that do not add up to the total, with the sum', () => {
    const notes = checkStatedTotals([total(41490, [32809, 4761, 4640])]);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: 'stated-total', id: 'stated-total-41490' });
    expect(notes[0]?.message).toBe('The text gives a total of 41,490 and parts that add up to 42,210 (32,809 + 4,761 + 4,640).');
  });
  it('notes nothing where the parts add up (22 interviews: 9 + 5 + 2 + 3 + 3)', () => {
    expect(checkStatedTotals([total(22, [9, 5, 2, 3, 3])])).toEqual([]);
  });
});

describe('cross-reference', () => {
  it('notes a sentence pointing to one table followed by another', () => {
    const notes = checkTableReferences([
      { table: 6, asWritten: 'is given in Table 6', nextCaption: { table: 5, asWritten: 'Table 5: Final List of Drivers' }, section },
    ]);
    expect(notes.map((n) => [n.kind, n.message])).toEqual([
      ['cross-reference', 'The text says "is given in Table 6", and the table printed right after it is Table 5.'],
    ]);
  });
  it('notes nothing when the table named follows, or when no table follows', () => {
    expect(
      checkTableReferences([
        { table: 3, asWritten: 'listed in Table 3', nextCaption: { table: 3, asWritten: 'Table 3: Drivers' }, section },
        { table: 4, asWritten: 'is shown in Table 4', nextCaption: null, section },
      ]),
    ).toEqual([]);
  });
});

describe('toc-numbering', () => {
  const h = (number: string, title: string): NumberedHeading => ({ number, title, asWritten: `${number}. ${title}`, section });
  const toc = [
    h('4.1', 'Case study One: Kashmir'),
    h('4.1.1', 'History of Kashmir Conflict'),
    h('4.2', 'Case study two: Afghanistan'),
    h('4.2.1', 'History of Afghan Conflict'),
    h('4.2.2', 'Drivers of the Foreign Fighters in Afghanistan'),
    h('6', 'Chapter 6: Conclusion'),
  ];
  it('notes a title the table of contents numbers differently, and says when the text has no such section', () => {
    const notes = checkTocNumbering(toc, [h('4.2.2', 'History of Afghan Conflict'), h('4.2.3', 'Drivers of Pakistani Foreign Fighters in Afghanistan')]);
    expect(notes.map((n) => n.id)).toEqual(['toc-4-2-2', 'toc-4-2-3']);
    expect(notes[0]?.message).toBe(
      'The table of contents numbers this section 4.2.1; the heading in the text numbers it 4.2.2. The text has no section 4.2.1.',
    );
    expect(notes[1]?.message).not.toContain('has no section');
  });
  it('notes a number in words that differs ("Case study One" / "Case study two")', () => {
    expect(checkTocNumbering(toc, [h('4.1', 'Case study two: Kashmir')]).map((n) => [n.kind, n.message])).toEqual([
      [
        'toc-numbering',
        'The table of contents and the heading in the text number this section differently in words: "Case study One: Kashmir" and "Case study two: Kashmir".',
      ],
    ]);
  });
  it('notes nothing for the same number written in words or digits, capitals, or other wording', () => {
    expect(
      checkTocNumbering(toc, [h('6', 'Chapter Six: Conclusion'), h('4.2', 'Case study Two: Afghanistan'), h('4.1.1', 'History of Kashmir Issue')]),
    ).toEqual([]);
  });
});

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
});

function finding(group: Finding['group'], driver: Finding['driver'], tables: Finding['tables'], text = 'A statement.'): FindingEntry {
  const s = {
    text,
    count: null,
    percent: null,
    footnote: null,
    interviewees: null,
    aspect: null,
    section: { page: 'case-studies/afghanistan' as const, heading: '4. Ethnic Identity' },
  };
  return { id: `${group}/${driver}`, data: { driver, group, tables, statements: [s], quotes: [] } };
}

describe('blank-vs-none', () => {
  const none = 'Unlike the Afghan conflict, ISK did not have a specific ethnic pull according to any of my interviewees.';
  it('notes a blank cell where the text says no interviewee named the driver', () => {
    const notes = checkBlankVsNone([finding('iskp', 'ethnic-identity', { table5: null, table7: null, table9: null }, none)]);
    expect(notes.map((n) => [n.kind, n.id])).toEqual([['blank-vs-none', 'iskp--ethnic-identity-blank']]);
    expect(notes[0]?.message).toBe(
      'The text says no interviewee named this driver for this group; Table 5, Table 7, Table 9 leave the cell blank instead of printing 0.',
    );
  });
  it('notes nothing where the table prints 0, or where the text says nothing of the kind', () => {
    expect(
      checkBlankVsNone([
        finding('iskp', 'ethnic-identity', { table5: 0, table7: 0, table9: 0 }, none),
        finding('iskp', 'ethnic-identity', { table5: null, table7: null, table9: null }, 'According to many of my interviewees, it did.'),
      ]),
    ).toEqual([]);
  });
});

describe('claim-vs-table', () => {
  const findings = new Map<string, FindingEntry>(
    [
      finding('iskp', 'previous-experience', { table5: 0, table7: null, table9: null }),
      finding('afghan-taliban', 'previous-experience', { table5: 7, table7: 7, table9: 7 }),
      finding('shia-fighters', 'previous-experience', { table5: 0, table8: '-', table9: null }),
      finding('is-fighters', 'ethnic-identity', { table5: 3, table8: 3, table9: 3 }),
    ].map((f) => [f.id, f]),
  );
  const claim = (groups: DriverClaim['groups'], says: DriverClaim['says'], driver: DriverClaim['driver'] = 'previous-experience'): DriverClaim => ({
    driver,
    groups,
    says,
    words: 'words',
    section: { page: 'chapters/discussion' },
  });
  const name = (g: string) => g.toUpperCase();
  it('notes a driver said to draw a group whose cells are 0 or blank', () => {
    const notes = checkClaims([claim(['afghan-taliban', 'iskp'], 'drives')], findings, name);
    expect(notes.map((n) => [n.kind, n.group, n.message])).toEqual([
      ['claim-vs-table', 'iskp', 'The text names this driver for ISKP; the tables count no interviewee for it (Table 5 0, Table 7 blank, Table 9 blank).'],
    ]);
  });
  it('notes a driver said not to draw a group a table counts', () => {
    expect(checkClaims([claim(['is-fighters'], 'does-not-drive', 'ethnic-identity')], findings, name).map((n) => n.message)).toEqual([
      'The text says this driver does not draw IS-FIGHTERS; Table 5 prints 3, Table 8 prints 3, Table 9 prints 3.',
    ]);
  });
  it('notes nothing where the tables agree ("-", 0 and blank all count no one)', () => {
    expect(checkClaims([claim(['shia-fighters'], 'does-not-drive'), claim(['afghan-taliban'], 'drives')], findings, name)).toEqual([]);
  });
});

describe('quote-role', () => {
  const person = (n: number, role: string): Interviewee => ({
    n,
    role,
    entry: `Interview ${n}`,
    category: 'police',
    date: '2019-04-01',
    dateAsWritten: '1 April 2019',
    place: 'p',
    mode: 'face-to-face',
  });
  const people = [
    person(1, 'Director General Counter Terrorism at NACTA'),
    person(9, 'Former Inspector General of CTD Punjab'),
    person(10, 'Head of Punjab Interrogation Team Counter Terrorism Department (CTD)'),
    person(13, 'Head of Interrogation team CTD Baluchistan'),
    person(16, 'Former Inspector General Punjab Police'),
  ];
  const quote = (interviewee: number, introducedAs: string) => ({
    interviewee,
    introducedAs,
    date: '17 April 2019',
    section: { page: 'case-studies/kashmir' as const },
  });
  it("notes a quotation introduced with another interviewee's role, naming that interviewee", () => {
    const notes = checkQuoteRoles([quote(1, 'A former Inspector General of the Punjab Police')], people);
    expect(notes.map((n) => [n.kind, n.interviewee, n.id])).toEqual([['quote-role', 1, 'quote-role-1-17-april-2019']]);
    expect(notes[0]?.message).toContain('the role of interviewee 16 in the List of Interviews');
  });
  it("notes nothing when the words fit the cited interviewee's role, even if they fit others too, or fit no one", () => {
    expect(
      checkQuoteRoles(
        [quote(10, 'the head of the Punjab CTD Interrogation Team'), quote(13, 'the head of the interrogation team'), quote(1, 'a senior official')],
        people,
      ),
    ).toEqual([]);
  });
});
