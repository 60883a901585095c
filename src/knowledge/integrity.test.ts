/**
 * The checks made when the data is loaded (integrity.ts), on small in-memory
 * collections: each passes on good entries and fails on one mistake with the
 * file and the field named. That index.ts runs them on the project's data is
 * tested in tests/unit/bad-input.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Entry } from './entry.ts';
import {
  checkClaims,
  checkData,
  checkDatedEvents,
  checkFindingFiles,
  checkGroupOrganizations,
  checkIntervieweeFiles,
  checkTheoryLinks,
  DataError,
  requireAll,
  squash,
  type Collections,
} from './integrity.ts';
import { DRIVER_IDS, GROUP_IDS, INTERVIEWEE_COUNT, type TheoryDriverLink } from './schemas.ts';

/** The thesis text of these fixtures: typographic quotes and a dash, as the thesis prints them. */
const TEXT = 'The ‘Islamic State’ of Khorasan (ISKP) was founded in 2014.\nA former Inspector General  of the Punjab Police – interviewed in 2019 – said so.';
const SOURCE = squash(TEXT);

const section = { page: 'chapters/results' };

function interviewees(count = INTERVIEWEE_COUNT): Collections['interviewees'] {
  return Array.from({ length: count }, (_, i) => ({ id: String(i + 1).padStart(2, '0'), data: { n: i + 1 } }));
}

function finding(group: string, driver: string, changes: Partial<Collections['findings'][number]['data']> = {}): Collections['findings'][number] {
  return {
    id: `${group}/${driver}`,
    data: { group: group as (typeof GROUP_IDS)[number], driver: driver as (typeof DRIVER_IDS)[number], quotes: [], statements: [], ...changes },
  };
}

function statement(interviewees: string | null) {
  return { text: 'Most said so.', count: null, percent: null, footnote: 12, interviewees, aspect: null, countsPart: null, section };
}

const row = (id: string, data: Partial<Entry<'candidateDrivers'>['data']>): Entry<'candidateDrivers'> => ({
  id,
  data: {
    table: 3,
    number: Number(id.slice(3)),
    name: 'Grievances',
    citations: 'Borum (2011); Vinci (2004)',
    consolidatedInto: [{ driver: 'recruitment', basis: 'stated', words: 'merged into recruitment' }],
    note: 'As stated.',
    ...data,
  },
});
const CANDIDATES = [row('t3-01', {}), row('t3-02', { citations: 'Hegghammer (2010)' })];

const theory = (drivers: TheoryDriverLink[]) => ({ id: 'borum-four-stage-model', data: { authors: ['Borum, R.'], aliases: [], drivers } });

/** A complete set of collections that passes every check: every id present, nothing else to fault. */
function goodCollections(): Collections {
  return {
    drivers: DRIVER_IDS.map((id) => ({ id, data: { claims: [] } })),
    groups: GROUP_IDS.map((id) => ({ id, data: { organizations: [] } })),
    findings: GROUP_IDS.flatMap((g) => DRIVER_IDS.map((d) => finding(g, d))),
    interviewees: interviewees(),
    theories: [],
    candidateDrivers: [],
    organizations: [],
  };
}

describe('requireAll', () => {
  it('passes when the ids are exactly the expected ones, in any order', () => {
    expect(() => requireAll('content/groups', ['b', 'a'], ['a', 'b'])).not.toThrow();
  });

  it('names the missing files, then the unexpected ones', () => {
    expect(() => requireAll('content/groups', ['a'], ['a', 'b', 'c'])).toThrow(new DataError('content/groups: missing b.yaml, c.yaml'));
    expect(() => requireAll('content/groups', ['a', 'b', 'x'], ['a', 'b'])).toThrow(
      new DataError('content/groups: unexpected x.yaml (ids are fixed: they are cited URLs)'),
    );
  });
});

describe('checkIntervieweeFiles', () => {
  it('passes on 01.yaml to 22.yaml, each with its own number', () => {
    expect(() => checkIntervieweeFiles(interviewees())).not.toThrow();
  });

  it('names a missing interviewee file', () => {
    expect(() => checkIntervieweeFiles(interviewees(INTERVIEWEE_COUNT - 1))).toThrow(`content/interviewees: missing ${INTERVIEWEE_COUNT}.yaml`);
  });

  it('names the file whose number is not its name', () => {
    const list = interviewees().map((i) => (i.id === '07' ? { id: '07', data: { n: 8 } } : i));
    expect(() => checkIntervieweeFiles(list)).toThrow(new DataError('content/interviewees/07.yaml: field "n": is 8 but the file is named 07.yaml'));
  });
});

describe('checkGroupOrganizations', () => {
  const organizations = [{ id: 'lashkar-e-taiba' }];

  it("passes when every group's organization exists", () => {
    expect(() => checkGroupOrganizations([{ id: 'kashmiri-fighters', data: { organizations: ['lashkar-e-taiba'] } }], organizations)).not.toThrow();
  });

  it('names the group file and the place of an organization that does not exist', () => {
    const groups = [{ id: 'kashmiri-fighters', data: { organizations: ['lashkar-e-taiba', 'jaish'] } }];
    expect(() => checkGroupOrganizations(groups, organizations)).toThrow(
      new DataError('content/groups/kashmiri-fighters.yaml: field "organizations[1]": no organization "jaish" in content/organizations/'),
    );
  });
});

describe('checkTheoryLinks', () => {
  it("passes on a Table 3 link to a row that cites the theory's author and is merged into the driver, and on links of other bases", () => {
    const links: TheoryDriverLink[] = [
      { driver: 'recruitment', basis: 'table-3', candidate: 't3-01' },
      { driver: 'financial-motivations', basis: 'editorial', reason: 'the site reads it so' },
    ];
    expect(() => checkTheoryLinks([theory(links)], CANDIDATES)).not.toThrow();
  });

  it('names the link whose row does not cite the theory, or does not exist', () => {
    const notCited = theory([{ driver: 'recruitment', basis: 'table-3', candidate: 't3-02' }]);
    expect(() => checkTheoryLinks([notCited], CANDIDATES)).toThrow(
      new DataError('content/theories/borum-four-stage-model.yaml: field "drivers[0].candidate": Table 3 row 2 ("Grievances") does not cite Borum'),
    );
    const noRow = theory([
      { driver: 'recruitment', basis: 'table-3', candidate: 't3-01' },
      { driver: 'recruitment', basis: 'table-3', candidate: 't3-09' },
    ]);
    expect(() => checkTheoryLinks([noRow], CANDIDATES)).toThrow('field "drivers[1].candidate": no Table 3 row "t3-09"');
  });
});

describe('checkDatedEvents', () => {
  const organization = (asWritten: string, year: number) => ({
    id: 'islamic-state-khorasan',
    data: { datedEvents: [{ event: 'the founding', year, asWritten, section }] },
  });

  it('passes on words of the thesis (quotes and dashes as typed) that give the year', () => {
    expect(() => checkDatedEvents([organization("'Islamic State' of Khorasan (ISKP) was founded in 2014", 2014)], SOURCE)).not.toThrow();
  });

  it('names words the thesis does not print', () => {
    expect(() => checkDatedEvents([organization('ISKP was founded in 2013', 2013)], SOURCE)).toThrow(
      new DataError(
        'content/organizations/islamic-state-khorasan.yaml: field "datedEvents[0].asWritten": "ISKP was founded in 2013" is not in the thesis text (content/source/thesis.txt)',
      ),
    );
  });

  it('names a year the words do not give', () => {
    expect(() => checkDatedEvents([organization('(ISKP) was founded in 2014', 2015)], SOURCE)).toThrow(
      'islamic-state-khorasan.yaml: field "datedEvents[0].year": is 2015, which the words "(ISKP) was founded in 2014" do not give',
    );
  });
});

describe('checkClaims', () => {
  const driver = (words: string) => ({
    id: 'recruitment',
    data: {
      claims: [
        { words: 'was founded in 2014', groups: ['iskp' as const], says: 'drives' as const, section },
        { words, groups: ['iskp' as const], says: 'drives' as const, section },
      ],
    },
  });

  it('passes on claims in the thesis words, whatever the line breaks', () => {
    expect(() => checkClaims([driver('founded in 2014. A former Inspector')], SOURCE)).not.toThrow();
  });

  it('names the claim the thesis does not make', () => {
    expect(() => checkClaims([driver('founded in 2015')], SOURCE)).toThrow(
      new DataError('content/drivers/recruitment.yaml: field "claims[1].words": "founded in 2015" is not in the thesis text (content/source/thesis.txt)'),
    );
  });
});

describe('checkFindingFiles', () => {
  const quote = (introducedAs: string) => ({ text: 'Yes.', interviewee: 3, date: '13 April 2019', introducedAs, section });

  it('passes on a file named for its group and driver, an introduction in the thesis words and a list of interviewees 1-22', () => {
    const good = finding('iskp', 'recruitment', {
      quotes: [quote('A former Inspector General of the Punjab Police')],
      statements: [statement('1-9, 11, 22'), statement(null)],
    });
    expect(() => checkFindingFiles([good], SOURCE)).not.toThrow();
  });

  it('names a file whose group and driver are not its name', () => {
    const moved = { ...finding('iskp', 'recruitment'), id: 'iskp/propaganda-and-ideologies' };
    expect(() => checkFindingFiles([moved], SOURCE)).toThrow(
      new DataError(
        'content/findings/iskp/propaganda-and-ideologies.yaml: field "group/driver": say iskp/recruitment but the file is iskp/propaganda-and-ideologies.yaml',
      ),
    );
  });

  it("names a speaker's introduction that the thesis does not print", () => {
    const bad = finding('iskp', 'recruitment', { quotes: [quote('A former Inspector General of the Punjab Police'), quote('The Director General of NACTA')] });
    expect(() => checkFindingFiles([bad], SOURCE)).toThrow(
      'content/findings/iskp/recruitment.yaml: field "quotes[1].introducedAs": "The Director General of NACTA" is not',
    );
  });

  it('names a list of interviewees with a number outside 1-22, or a word that is no number', () => {
    const outside = finding('iskp', 'recruitment', { statements: [statement('1-9'), statement('1-9, 11, 14-19, 21, 23')] });
    expect(() => checkFindingFiles([outside], SOURCE)).toThrow(
      new DataError('content/findings/iskp/recruitment.yaml: field "statements[1].interviewees": interviewee 23 (in "23") is outside 1-22'),
    );
    const word = finding('iskp', 'recruitment', { statements: [statement('1, two')] });
    expect(() => checkFindingFiles([word], SOURCE)).toThrow('field "statements[0].interviewees": "two" is not an interviewee number or a range');
  });
});

describe('checkData', () => {
  it('passes on a complete set of collections', () => {
    expect(() => checkData(goodCollections(), TEXT)).not.toThrow();
  });

  it('runs every check: one mistake of each kind is found', () => {
    const mistakes: Array<[string, (c: Collections) => Collections]> = [
      ['content/drivers: missing', (c) => ({ ...c, drivers: c.drivers.slice(1) })],
      ['content/groups: unexpected', (c) => ({ ...c, groups: [...c.groups, { id: 'taliban', data: { organizations: [] } }] })],
      ['content/interviewees: missing', (c) => ({ ...c, interviewees: c.interviewees.slice(1) })],
      ['content/findings: missing', (c) => ({ ...c, findings: c.findings.slice(1) })],
      ['field "organizations[0]"', (c) => ({ ...c, groups: c.groups.map((g) => ({ ...g, data: { organizations: ['nato'] } })) })],
      ['field "drivers[0].candidate"', (c) => ({ ...c, theories: [theory([{ driver: 'recruitment', basis: 'table-3', candidate: 't3-05' }])] })],
      [
        'field "datedEvents[0].asWritten"',
        (c) => ({ ...c, organizations: [{ id: 'nato', data: { datedEvents: [{ event: 'the founding', year: 1949, asWritten: 'in 1949', section }] } }] }),
      ],
      [
        'field "claims[0].words"',
        (c) => ({ ...c, drivers: c.drivers.map((d) => ({ ...d, data: { claims: [{ words: 'not so', groups: ['iskp'], says: 'drives', section }] } })) }),
      ],
      ['field "statements[0].interviewees"', (c) => ({ ...c, findings: c.findings.map((f) => ({ ...f, data: { ...f.data, statements: [statement('0')] } })) })],
    ];
    for (const [message, mistake] of mistakes) {
      expect(() => checkData(mistake(goodCollections()), TEXT), message).toThrow(message);
    }
  });
});
