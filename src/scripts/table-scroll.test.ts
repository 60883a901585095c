import { describe, expect, it } from 'vitest';
import { labelColumns, moreTowards } from './table-scroll.ts';

describe('a table too wide for its column', () => {
  it('says which way there is more to see', () => {
    expect(moreTowards(0, 0)).toBeUndefined();
    expect(moreTowards(0, 281)).toBe('right');
    expect(moreTowards(140, 281)).toBe('both');
    expect(moreTowards(281, 281)).toBe('left');
    // Sub-pixel scroll positions count as the end.
    expect(moreTowards(280.5, 281)).toBe('left');
  });

  it('keeps the columns that name a row in view: a row header, or Table 5’s "No" with its "Drivers"', () => {
    // Table 5 as printed: No, Drivers, five counts (a blank where the table prints none).
    expect(
      labelColumns([
        ['1', 'Ethnic Identity', '15', '', '14', '', ''],
        ['2', 'Strong Sectarian Affiliation', '12', '5', '', '18', '22'],
      ]),
    ).toBe(2);
    expect(labelColumns([['Recruitment by Individuals or Organizations', '22', '11']])).toBe(1);
    // Nothing left to scroll would be no help: only the first column then.
    expect(labelColumns([['1', '2', 'Name']])).toBe(1);
    expect(labelColumns([['1', '2', '3']])).toBe(1);
    expect(labelColumns([])).toBe(0);
  });
});
