import { describe, expect, it } from 'vitest';
import { checkBlankVsNone, checkClaims, checkFindings, countsPartProblems, percentageMatches, type DriverClaim, type FindingEntry } from './tables.ts';
import type { Finding, Statement } from '../schemas.ts';

const section = { page: 'case-studies/kashmir', heading: '3. Enabling environment and supporting structures' } as const;

function statement(overrides: Partial<Statement>): Statement {
  return { text: 'A statement.', count: null, percent: null, footnote: null, interviewees: null, aspect: null, countsPart: null, section, ...overrides };
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
      statement({ count: { asWritten: 'Three interviewees', value: 3 }, percent: '14%', footnote: 10, interviewees: '1, 2, 3', countsPart: 'avenge' }),
      statement({ count: { asWritten: 'Two others', value: 2 }, percent: '9%', footnote: 11, interviewees: '3, 4', countsPart: 'grievances' }),
    ];
    // 1, 2, 3 and 3, 4 are four people, not five.
    expect(checkFindings([finding(parts, { table5: 4, table6: 4, table9: 4 })])).toEqual([]);
    const notes = checkFindings([finding(parts, { table5: 5, table6: 5, table9: 5 })]);
    expect(notes.map((n) => [n.kind, n.id])).toEqual([['partial-count', 'kashmiri-fighters--enabling-environment-table']]);
    expect(notes[0]?.message).toContain('4 different interviewees');
  });

  const mentorsAndMadrasas = (countsPart: [string | null, string | null]) => [
    statement({
      text: 'Eleven interviewees (50%) said that the leaders of these organizations are mentors to many jihadi fighters who have gone to Afghanistan.',
      count: { asWritten: 'Eleven interviewees', value: 11 },
      percent: '50%',
      footnote: 21,
      interviewees: '1,2,3,6,9, 10,12,15,18,19,21',
      aspect: 'mentors',
      countsPart: countsPart[0],
    }),
    statement({
      text: 'Fourteen interviewees (64%) said that the Madrasas run by these senior clerics are like nurseries producing fighters for the Afghan jihad.',
      count: { asWritten: 'Fourteen interviewees', value: 14 },
      percent: '64%',
      footnote: 22,
      interviewees: '1-7, 13-19',
      aspect: 'madrasas',
      countsPart: countsPart[1],
    }),
  ];

  it("words a table figure against counts of parts as a partial count only where every count's own words name its part, quoted", () => {
    const notes = checkFindings([
      finding(
        mentorsAndMadrasas(['the leaders of these organizations are mentors', 'the Madrasas run by these senior clerics']),
        { table5: 22, table7: 22, table9: 22 },
        'afghan-taliban',
      ),
    ]);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: 'partial-count', group: 'afghan-taliban' });
    expect(notes[0]?.message).toBe(
      'Table 7 prints 22 for this driver; the text counts only parts of it, in its own words (“the leaders of these organizations are mentors”; “the Madrasas run by these senior clerics”), and their footnotes list 18 different interviewees.',
    );
    expect(notes[0]?.sources).toContainEqual({
      source: 'Text, counting “the Madrasas run by these senior clerics”',
      says: 'Fourteen interviewees (64%), footnote 22: 1-7, 13-19',
    });
  });

  it('states the contradiction where a count has no words naming a part (a label of the site is no such words)', () => {
    const notes = checkFindings([
      finding(mentorsAndMadrasas(['the leaders of these organizations are mentors', null]), { table5: 22, table7: 22, table9: 22 }, 'afghan-taliban'),
    ]);
    expect(notes.map((n) => n.kind)).toEqual(['narrative-vs-table']);
    expect(notes[0]?.message).toBe(
      'Table 7 prints 22; the text counts Eleven interviewees, Fourteen interviewees for this driver and group, and its footnotes list 18 different interviewees: no count in the text is 22.',
    );
    // Kashmir, quest for significance: thirteen respondents against 21 in Tables 5, 6 and 9.
    const kashmir = checkFindings([
      finding(
        [
          statement({
            text: 'Social discrimination was a highly reported personal driver, mentioned by thirteen respondents (59%).',
            count: { asWritten: 'thirteen respondents', value: 13 },
            percent: '59%',
            footnote: 12,
            interviewees: '1, 2, 3, 5, 7, 8, 10, 11, 12, 13, 15, 18, 19',
            aspect: 'social discrimination',
          }),
        ],
        { table5: 21, table6: 21, table9: 21 },
      ),
    ]);
    expect(kashmir.map((n) => [n.kind, n.sources[0]])).toEqual([['narrative-vs-table', { source: 'Table 6', says: '21' }]]);
    expect(kashmir[0]?.message).not.toMatch(/part|not a contradiction/i);
  });

  it("accepts a statement's own words as the part it counts, and names the file and field where they are not its words or name the driver itself", () => {
    const names = () => ['Reaction to Social discrimination/ Quest for Significance', 'Social discrimination', 'Quest for significance'];
    const withPart = (countsPart: string) =>
      finding([statement({ text: 'Social discrimination was a highly reported personal driver, mentioned by thirteen respondents (59%).', countsPart })]);
    expect(countsPartProblems([withPart('a highly reported personal driver')], names)).toEqual([]);
    expect(countsPartProblems([withPart('Social discrimination was a highly reported personal driver')], names)).toEqual([
      'content/findings/kashmiri-fighters/enabling-environment.yaml: field "statements[0].countsPart": "Social discrimination was a highly reported personal driver" names the driver itself ("Social discrimination"), not a part of it',
    ]);
    expect(countsPartProblems([withPart('social isolation')], names)).toEqual([
      'content/findings/kashmiri-fighters/enabling-environment.yaml: field "statements[0].countsPart": "social isolation" is not words of the statement\'s text',
    ]);
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

describe('the rules read against Tables 5-9', () => {
  function cellFinding(group: Finding['group'], driver: Finding['driver'], tables: Finding['tables'], text = 'A statement.'): FindingEntry {
    const s = {
      text,
      count: null,
      percent: null,
      footnote: null,
      interviewees: null,
      aspect: null,
      countsPart: null,
      section: { page: 'case-studies/afghanistan' as const, heading: '4. Ethnic Identity' },
    };
    return { id: `${group}/${driver}`, data: { driver, group, tables, statements: [s], quotes: [] } };
  }

  describe('blank-vs-none', () => {
    const none = 'Unlike the Afghan conflict, ISK did not have a specific ethnic pull according to any of my interviewees.';
    it('notes a blank cell where the text says no interviewee named the driver', () => {
      const notes = checkBlankVsNone([cellFinding('iskp', 'ethnic-identity', { table5: null, table7: null, table9: null }, none)]);
      expect(notes.map((n) => [n.kind, n.id])).toEqual([['blank-vs-none', 'iskp--ethnic-identity-blank']]);
      expect(notes[0]?.message).toBe(
        'The text says no interviewee named this driver for this group; Table 5, Table 7, Table 9 leave the cell blank instead of printing 0.',
      );
    });
    it('notes nothing where the table prints 0, or where the text says nothing of the kind', () => {
      expect(
        checkBlankVsNone([
          cellFinding('iskp', 'ethnic-identity', { table5: 0, table7: 0, table9: 0 }, none),
          cellFinding('iskp', 'ethnic-identity', { table5: null, table7: null, table9: null }, 'According to many of my interviewees, it did.'),
        ]),
      ).toEqual([]);
    });
  });

  describe('claim-vs-table', () => {
    const findings = new Map<string, FindingEntry>(
      [
        cellFinding('iskp', 'previous-experience', { table5: 0, table7: null, table9: null }),
        cellFinding('afghan-taliban', 'previous-experience', { table5: 7, table7: 7, table9: 7 }),
        cellFinding('shia-fighters', 'previous-experience', { table5: 0, table8: '-', table9: null }),
        cellFinding('is-fighters', 'ethnic-identity', { table5: 3, table8: 3, table9: 3 }),
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
});
