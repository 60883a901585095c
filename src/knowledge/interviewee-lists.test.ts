import { describe, expect, it } from 'vitest';
import { expandIntervieweeList, IntervieweeListError } from './interviewee-lists.ts';

describe('expandIntervieweeList', () => {
  it.each([
    ['1-9, 11', [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]],
    ['1-9, 11, 14-19, 21, 22', [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 14, 15, 16, 17, 18, 19, 21, 22]],
    ['3,4, 9,16,21,', [3, 4, 9, 16, 21]],
    ['1, 9, 10, 11, 15 19', [1, 9, 10, 11, 15, 19]],
    ['Interviewees 10, 16.', [10, 16]],
    ['4,5,6,1,12,13', [4, 5, 6, 1, 12, 13]],
  ])('expands "%s" as printed', (list, expected) => {
    expect(expandIntervieweeList(list)).toEqual(expected);
  });

  it('counts "1-9, 11" as ten people', () => {
    expect(expandIntervieweeList('1-9, 11')).toHaveLength(10);
  });

  it.each(['0, 3', '1-23', '7, 40'])('refuses a number outside 1-22 in "%s"', (list) => {
    expect(() => expandIntervieweeList(list)).toThrow(IntervieweeListError);
    expect(() => expandIntervieweeList(list)).toThrow(/outside 1-22/);
  });

  it('refuses a range that runs backwards and a token that is not a number', () => {
    expect(() => expandIntervieweeList('9-1')).toThrow(/backwards/);
    expect(() => expandIntervieweeList('1, x')).toThrow(/not an interviewee number/);
  });
});
