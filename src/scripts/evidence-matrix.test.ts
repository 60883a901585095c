import { describe, expect, it } from 'vitest';
import { sortRows } from './evidence-matrix.ts';

describe('sorting the matrix', () => {
  // Table 5's order 0-4; values as rankValue gives them (blank and "-" are -1).
  const values = [15, -1, 14, 0, 22];
  const order = [0, 1, 2, 3, 4];
  it('sorts counts largest first, blank and "-" below 0', () => {
    expect(sortRows(values, order, 'descending')).toEqual([4, 0, 2, 3, 1]);
    expect(sortRows(values, order, 'ascending')).toEqual([1, 3, 2, 0, 4]);
  });
  it('keeps Table 5’s order among equal counts', () => {
    expect(sortRows([5, 7, 5, 7], [0, 1, 2, 3], 'descending')).toEqual([1, 3, 0, 2]);
    expect(sortRows([5, 7, 5, 7], [3, 2, 1, 0], 'descending')).toEqual([3, 1, 2, 0]);
  });
});
