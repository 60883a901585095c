import { describe, expect, it } from 'vitest';
import { namedInProblems, printedNames } from './named-in.ts';

const DISCUSSION = 'Previous experience is a common driver of fighters who join Afghan Taliban, Kashmiri jihad and IS/ISKP.';

describe('the words a chapter uses for a group', () => {
  it('are found as printed: whole words, capitals as printed', () => {
    expect(printedNames(['IS', 'ISKP', 'Kashmiri jihad', 'Afghan Taliban', 'Shia fighters'], DISCUSSION)).toEqual([
      'IS',
      'ISKP',
      'Kashmiri jihad',
      'Afghan Taliban',
    ]);
    expect(printedNames(['IS'], 'It is the ISKP that is named.')).toEqual([]);
  });

  it('must each be printed in the chapter they are listed for, or the file and field are named', () => {
    const chapter = () => DISCUSSION;
    expect(namedInProblems([{ file: 'content/groups/iskp.yaml', namedIn: [{ page: 'chapters/discussion', names: ['ISKP'] }] }], chapter)).toEqual([]);
    expect(
      namedInProblems([{ file: 'content/groups/iskp.yaml', namedIn: [{ page: 'chapters/discussion', names: ['ISKP', 'IS Khurasan'] }] }], chapter),
    ).toEqual(['content/groups/iskp.yaml: field "namedIn[0].names[1]": "IS Khurasan" is not printed in chapters/discussion of the thesis text']);
  });
});
