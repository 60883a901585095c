import { describe, expect, it } from 'vitest';
import {
  checkEventYears,
  checkFindings,
  checkInterviewDates,
  parsePrintedDate,
  percentageMatches,
  type FindingEntry,
  type SectionLabel,
} from './consistency.ts';
import type { Finding, Interviewee, Statement } from './schemas.ts';

const section = { page: 'case-studies/kashmir', heading: '3. Enabling environment and supporting structures' } as const;

function statement(overrides: Partial<Statement>): Statement {
  return { text: 'A statement.', count: null, percent: null, footnote: null, interviewees: null, aspect: null, section, ...overrides };
}

function finding(
  statements: Statement[],
  tables: Finding['tables'] = { table5: 22, table6: 22, table9: 22 },
  group: Finding['group'] = 'kashmiri-fighters',
): FindingEntry {
  return { id: `${group}/enabling-environment`, data: { driver: 'enabling-environment', group, tables, statements, quotes: [] } };
}

describe('percentageMatches', () => {
  it.each([
    [18, '81%'],
    [18, '82%'],
    [5, '22%'],
    [7, '31%'],
    [11, '50%'],
    [22, '100%'],
  ])('accepts %i of 22 printed as %s (rounded up or down)', (count, printed) => {
    expect(percentageMatches(count, printed)).toBe(true);
  });
  it.each([
    [18, '36%'],
    [11, '55%'],
    [6, '22%'],
  ])('rejects %i of 22 printed as %s', (count, printed) => {
    expect(percentageMatches(count, printed)).toBe(false);
  });
});

describe('checkFindings', () => {
  it('notes a percentage that is not the count out of 22, naming driver, group and both figures', () => {
    const notes = checkFindings([
      finding([
        statement({
          count: { asWritten: 'Eighteen interviewees', value: 18 },
          percent: '36%',
          footnote: 9,
          interviewees: '1-9, 11, 12, 15, 16, 17, 19, 21, 22',
        }),
      ]),
    ]);
    const pct = notes.find((n) => n.kind === 'percentage-vs-count');
    expect(pct).toMatchObject({ driver: 'enabling-environment', group: 'kashmiri-fighters', section });
    expect(pct?.sources).toEqual(
      expect.arrayContaining([
        { source: 'Count in the text', says: 'Eighteen interviewees' },
        { source: 'Percentage in the text', says: '36%' },
        { source: 'Count out of 22', says: '81.8%' },
      ]),
    );
  });

  it('notes a footnote that lists fewer interviewees than the sentence counts', () => {
    const notes = checkFindings([
      finding([
        statement({
          count: { asWritten: 'Eighteen interviewees', value: 18 },
          percent: '81%',
          footnote: 9,
          interviewees: '1-9, 11, 12, 15, 16, 17, 19, 21, 22',
        }),
      ]),
    ]);
    expect(notes.filter((n) => n.kind === 'footnote-list-vs-count').map((n) => n.message)).toEqual([
      'The sentence counts 18 interviewees; footnote 9 lists 17.',
    ]);
  });

  it('notes a table count that no count in the text matches', () => {
    const notes = checkFindings([
      finding(
        [statement({ count: { asWritten: 'Seventeen interviewees', value: 17 }, percent: '77%', footnote: 27, interviewees: '1-7,9,10,12-17,19,21' })],
        {
          table5: 12,
          table7: 12,
          table9: 12,
        },
        'afghan-taliban',
      ),
    ]).filter((n) => n.kind === 'narrative-vs-table');
    expect(notes).toHaveLength(1);
    expect(notes[0]?.sources[0]).toEqual({ source: 'Table 7', says: '12' });
  });

  it('notes no table figure that the footnote lists make together: disjoint lists are summed (Kashmir, financial motivations: 2 + 6 = 8)', () => {
    const notes = checkFindings([
      finding(
        [
          statement({ count: { asWritten: 'Two interviewees', value: 2 }, percent: '9%', footnote: 14, interviewees: '3, 4', aspect: 'poor families' }),
          statement({
            count: { asWritten: 'six others', value: 6 },
            percent: '27%',
            footnote: 15,
            interviewees: '8,15,16,18,19,21',
            aspect: 'financial guarantee',
          }),
        ],
        { table5: 8, table6: 8, table9: 8 },
      ),
    ]);
    expect(notes).toEqual([]);
  });

  it('counts an interviewee who is in two footnote lists once', () => {
    const parts = [
      statement({ count: { asWritten: 'Three interviewees', value: 3 }, percent: '14%', footnote: 10, interviewees: '1, 2, 3', aspect: 'revenge' }),
      statement({ count: { asWritten: 'Two others', value: 2 }, percent: '9%', footnote: 11, interviewees: '3, 4', aspect: 'grievances' }),
    ];
    // 1, 2, 3 and 3, 4 are four people, not five.
    expect(checkFindings([finding(parts, { table5: 4, table6: 4, table9: 4 })])).toEqual([]);
    const notes = checkFindings([finding(parts, { table5: 5, table6: 5, table9: 5 })]);
    expect(notes.map((n) => [n.kind, n.id])).toEqual([['partial-count', 'kashmiri-fighters--enabling-environment-table']]);
    expect(notes[0]?.message).toContain('4 different interviewees');
  });

  it('words a table figure against counts of parts of the driver as a partial count, not a contradiction', () => {
    const notes = checkFindings([
      finding(
        [
          statement({
            count: { asWritten: 'Eleven interviewees', value: 11 },
            percent: '50%',
            footnote: 21,
            interviewees: '1,2,3,6,9, 10,12,15,18,19,21',
            aspect: 'mentors',
          }),
          statement({ count: { asWritten: 'Fourteen interviewees', value: 14 }, percent: '64%', footnote: 22, interviewees: '1-7, 13-19', aspect: 'madrasas' }),
        ],
        { table5: 22, table7: 22, table9: 22 },
        'afghan-taliban',
      ),
    ]);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: 'partial-count', group: 'afghan-taliban' });
    expect(notes[0]?.message).toMatch(/^The text counts part of this driver: mentors; madrasas\. Table 7 prints 22/);
    expect(notes[0]?.sources).toContainEqual({ source: 'Text (madrasas)', says: 'Fourteen interviewees (64%), footnote 22: 1-7, 13-19' });
  });

  it('notes a table figure that the text never counts, but not a 0 or a cell the text counts', () => {
    const uncounted = checkFindings([finding([statement({})], { table5: 7, table7: 7, table9: 7 }, 'iskp')]);
    expect(uncounted.map((n) => [n.kind, n.message])).toEqual([
      ['table-figure-uncounted', 'Table 7 prints 7; the text gives no count of interviewees for this driver and group.'],
    ]);
    expect(checkFindings([finding([statement({})], { table5: 0, table7: 0, table9: 0 }, 'iskp')])).toEqual([]);
    expect(
      checkFindings([
        finding([statement({ count: { asWritten: 'Seven interviewees', value: 7 }, percent: '32%' })], { table5: 7, table7: 7, table9: 7 }, 'iskp'),
      ]),
    ).toEqual([]);
  });

  it('notes cells that the tables print differently (blank, 0 and "-" are not the same)', () => {
    const notes = checkFindings([finding([], { table5: 0, table7: null, table9: null }, 'iskp')]);
    expect(notes.map((n) => n.kind)).toEqual(['table-cells-differ']);
    expect(notes[0]?.message).toBe('The tables print this cell differently: Table 5 0, Table 7 blank, Table 9 blank.');
  });

  it('produces no note when the thesis agrees with itself', () => {
    const notes = checkFindings([
      finding([statement({ count: { asWritten: 'Fourteen interviewees', value: 14 }, percent: '64%', footnote: 13, interviewees: '1-9, 16,18,19,21,22' })], {
        table5: 14,
        table6: 14,
        table9: 14,
      }),
      finding([statement({ count: { asWritten: 'All interviewees', value: 22 }, percent: '100%' })]),
      finding([], { table5: 0, table6: 0, table9: 0 }),
    ]);
    expect(notes).toEqual([]);
  });
});

describe('checkInterviewDates', () => {
  const interviewee = (n: number, date: string, dateAsWritten: string): Interviewee => ({
    n,
    entry: `Interview ${n}`,
    role: 'r',
    category: 'police',
    date,
    dateAsWritten,
    place: 'p',
    mode: 'face-to-face',
  });

  it.each([
    ['17 April 2019', '2019-04-17'],
    ['April 1 2019', '2019-04-01'],
    ['April 05 2019', '2019-04-05'],
    ['16, April 2019', '2019-04-16'],
  ])('reads "%s" as %s', (printed, iso) => {
    expect(parsePrintedDate(printed)).toBe(iso);
  });

  it('notes a citation that dates an interview differently from the List of Interviews', () => {
    const notes = checkInterviewDates([{ interviewee: 10, date: '15 May 2019', section }], [interviewee(10, '2019-04-15', '15 April 2019')]);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: 'interview-date', interviewee: 10 });
    expect(notes[0]?.sources).toEqual([
      { source: 'Citation in the text', says: '15 May 2019' },
      { source: 'List of Interviews', says: '15 April 2019' },
    ]);
  });

  it('does not note the same date written another way', () => {
    expect(checkInterviewDates([{ interviewee: 21, date: 'April 1 2019', section }], [interviewee(21, '2019-04-01', '1 April 2019')])).toEqual([]);
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
