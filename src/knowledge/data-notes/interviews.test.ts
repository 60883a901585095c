import { describe, expect, it } from 'vitest';
import { checkInterviewDates, checkQuoteRoles, parsePrintedDate } from './interviews.ts';
import type { Interviewee } from '../schemas.ts';

const section = { page: 'case-studies/kashmir', heading: '3. Enabling environment and supporting structures' } as const;

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
