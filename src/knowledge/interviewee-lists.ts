/**
 * The footnotes of chapter 4 list the interviewees behind a statement in a
 * compact form ("1-9, 11, 14-19, 21, 22", "3,4, 9,16,21,", "1, 9, 10, 11, 15 19").
 * This expands such a list into interviewee numbers, as printed: it keeps
 * duplicates out but never adds or drops a number.
 */
import { INTERVIEWEE_COUNT } from './schemas.ts';

export class IntervieweeListError extends Error {}

export function expandIntervieweeList(list: string): number[] {
  const numbers: number[] = [];
  const tokens = list
    .replace(/^Interviewees?\s*/i, '')
    .replace(/\.$/, '')
    .split(/[,\s]+/)
    .filter((t) => t !== '');
  for (const token of tokens) {
    const range = /^(\d+)[-–](\d+)$/.exec(token);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (to < from) throw new IntervieweeListError(`"${token}" is a range that runs backwards`);
      for (let n = from; n <= to; n++) numbers.push(check(n, token));
    } else if (/^\d+$/.test(token)) {
      numbers.push(check(Number(token), token));
    } else {
      throw new IntervieweeListError(`"${token}" is not an interviewee number or a range`);
    }
  }
  return [...new Set(numbers)];
}

function check(n: number, token: string): number {
  if (n < 1 || n > INTERVIEWEE_COUNT) throw new IntervieweeListError(`interviewee ${n} (in "${token}") is outside 1-${INTERVIEWEE_COUNT}`);
  return n;
}
