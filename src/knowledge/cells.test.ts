import { describe, expect, it } from 'vitest';
import { cellLabel, competitionRank } from './cells.ts';

describe('competitionRank', () => {
  const cells = [22, 22, 13, 0, null, '-'] as const;
  it('gives equal counts the same rank and skips the ranks they take', () => {
    expect(cells.map((c) => competitionRank(cells, c))).toEqual([1, 1, 3, 4, null, null]);
  });
});

describe('cellLabel', () => {
  it('says a blank cell is not reported rather than showing 0', () => {
    expect(cellLabel(null)).toBe('blank in the table (not reported)');
    expect(cellLabel(0)).toBe('0 of 22');
    expect(cellLabel('-')).toBe('"-" in the table');
  });
});
