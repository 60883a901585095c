import { describe, expect, it } from 'vitest';
import { checkEventYears, checkStatedTotals, checkTableReferences, checkTocNumbering } from './text.ts';
import type { SectionLabel } from './rules.ts';
import type { NumberedHeading } from '../../source/audit-text.ts';

const section = { page: 'chapters/framework', heading: '2.1. Radicalization' } as const;

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

describe('checkEventYears', () => {
  const intro = { page: 'chapters/introduction', heading: '1.1. Foreign Fighters in Historical Perspective' } as const;
  const history = { page: 'case-studies/afghanistan', heading: '4.2.2. History of Afghan Conflict' } as const;
  const label: SectionLabel = (s) => `${s.page} / ${s.heading}`;
  const org = (datedEvents: Array<{ event: string; year: number; asWritten: string; section: typeof intro | typeof history }>) => ({
    id: 'islamic-state-khorasan',
    data: { name: 'IS Khurasan Province', datedEvents },
  });

  it('notes an event the text dates to two years, quoting both places', () => {
    const notes = checkEventYears(
      [
        org([
          { event: 'the founding', year: 2015, asWritten: 'since its beginnings in 2015', section: intro },
          { event: 'the founding', year: 2014, asWritten: 'ISKP in 2014', section: history },
        ]),
      ],
      label,
    );
    expect(notes).toEqual([
      {
        id: 'islamic-state-khorasan-the-founding',
        kind: 'event-year',
        organization: 'islamic-state-khorasan',
        message: 'The text dates the founding of IS Khurasan Province to 2015 in one place and to 2014 in another.',
        sources: [
          { source: 'chapters/introduction / 1.1. Foreign Fighters in Historical Perspective', says: 'since its beginnings in 2015', section: intro },
          { source: 'case-studies/afghanistan / 4.2.2. History of Afghan Conflict', says: 'ISKP in 2014', section: history },
        ],
        section: intro,
      },
    ]);
  });

  it('notes nothing where the years agree, or where different events have different years', () => {
    expect(
      checkEventYears(
        [
          org([
            { event: 'the founding', year: 2015, asWritten: 'in 2015', section: intro },
            { event: 'the founding', year: 2015, asWritten: 'founded in 2015', section: history },
            { event: 'the pledge', year: 2014, asWritten: 'in 2014', section: history },
          ]),
          org([]),
        ],
        label,
      ),
    ).toEqual([]);
  });
});
