import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cellAsPrinted, cellLabel, competitionRank } from './cells.ts';

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

describe('cellAsPrinted', () => {
  it('says what the table prints: the number, 0, "blank" or "-", never "not reported"', () => {
    expect([15, 0, null, '-'].map((c) => cellAsPrinted(c as 15 | 0 | null | '-'))).toEqual(['15', '0', 'blank', '"-"']);
  });

  it('is what the thesis prints in Table 9 where Table 5 prints 0 (Desire for Adventure, Afghan Taliban)', () => {
    const thesis = readFileSync(new URL('../../content/source/thesis.txt', import.meta.url), 'utf8').split('\n');
    const row = (table: string, driver: string) => {
      const start = thesis.findIndex((l) => l.startsWith(`${table}:`));
      return thesis
        .slice(start)
        .find((l) => l.split('\t')[1] === driver)!
        .split('\t');
    };
    // Columns: No, driver, Afghan Taliban, …; a blank cell is an empty field.
    expect(row('Table 5', 'Desire for Adventure')[2]).toBe('0');
    expect(row('Table 9', 'Desire for Adventure')[2]).toBe('');
    expect(cellAsPrinted(null)).not.toMatch(/not reported/);
  });
});
