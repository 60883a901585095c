import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entry } from './entry.ts';
import { mergeProblems, mergedInto, ownNames, rowNameProblems } from './merges.ts';
import { quotationChecker } from './quoted.ts';

const quoted = quotationChecker(readFileSync(new URL('../../content/source/thesis.txt', import.meta.url), 'utf8'));
const RECRUITMENT =
  'Recruitment by family members, peers, friends or colleagues, the influence of fire brand speeches, the role of mentors or spiritual leaders, madrasas, religious organizations or places of recruitment such as school, college, and places of work were consolidated into one category of “recruitment by individuals or organizations.”';

const row = (id: string, name: string, consolidatedInto: unknown[]): Entry<'candidateDrivers'> =>
  ({ id, data: { table: Number(id[1]), number: Number(id.slice(3)), name, citations: null, consolidatedInto } }) as Entry<'candidateDrivers'>;
const ROWS = [
  row('t3-03', 'Networks, Peers, family, religious organizations, local demand', [
    { driver: 'recruitment', basis: 'stated', words: RECRUITMENT },
    { driver: 'enabling-environment', basis: 'inferred', reason: 'chapter 4 files local demand there' },
  ]),
  row('t4-15', 'Role of Veteran jihadists', [{ driver: 'recruitment', basis: 'inferred', reason: 'chapter 4 discusses veterans under recruitment' }]),
  row('t4-10', 'Active role of Madrasas', [{ driver: 'recruitment', basis: 'stated', words: RECRUITMENT }]),
];
const recruitment = (aliases: string[]): Entry<'drivers'> =>
  ({ id: 'recruitment', data: { name: 'Recruitment by Individuals or Organizations', shortName: 'Recruitment', aliases } }) as unknown as Entry<'drivers'>;

describe('merges of the rows of Tables 3 and 4', () => {
  it('give each row its basis for each driver: one row, two drivers, two bases', () => {
    expect(mergedInto(ROWS, 'recruitment').map(({ row: r, merge }) => [r.id, merge.basis])).toEqual([
      ['t3-03', 'stated'],
      ['t4-15', 'inferred'],
      ['t4-10', 'stated'],
    ]);
    expect(mergedInto(ROWS, 'enabling-environment').map(({ merge }) => merge.basis)).toEqual(['inferred']);
  });

  it("check a stated merge's words against the methodology, naming the file and the field", () => {
    expect(mergeProblems(ROWS, quoted)).toEqual([]);
    const wrong = [
      row('t3-16', 'Presence of a spiritual advisor/handler, mentor', [{ driver: 'recruitment', basis: 'stated', words: 'mentors were consolidated' }]),
    ];
    expect(mergeProblems(wrong, quoted)).toEqual([
      'content/candidate-drivers/t3-16.yaml: field "consolidatedInto[0].words": "mentors were consolidated" is not in the methodology (chapters/methodology) of the thesis text',
    ]);
  });

  it("list a row's name as the driver's only where the methodology merges the row into it", () => {
    expect(rowNameProblems([recruitment(['Active role of Madrasas', 'recruitment networks'])], ROWS)).toEqual([]);
    expect(rowNameProblems([recruitment(['Active role of Madrasas', 'Role of Veteran jihadists'])], ROWS)).toEqual([
      'content/drivers/recruitment.yaml: field "aliases[1]": "Role of Veteran jihadists" is Table 4, row 15, which the methodology does not merge into this driver (content/candidate-drivers/t4-15.yaml): not a name of the driver in the thesis. The page lists the row, with the basis of its merge, under "Where the driver comes from"',
    ]);
  });

  it('name the driver as a whole by its name, each half of a slashed name, its short name and aliases that name no row', () => {
    const qfs = {
      id: 'quest-for-significance',
      data: {
        name: 'Reaction to Social discrimination/ Quest for Significance',
        shortName: 'Quest for significance',
        aliases: ['Social discrimination', 'Active role of Madrasas'],
      },
    } as unknown as Entry<'drivers'>;
    expect(ownNames(qfs, ROWS)).toEqual([
      'Reaction to Social discrimination/ Quest for Significance',
      'Reaction to Social discrimination',
      'Quest for Significance',
      'Quest for significance',
      'Social discrimination',
    ]);
  });
});
