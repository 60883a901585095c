import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { splitIntoPages } from '../source/parts.ts';
import { GROUP_IDS } from './schemas.ts';
import { caseStudyTable, tableHref, tablePage, type TableNumber } from './table-pages.ts';

const content = new URL('../../content/', import.meta.url);
const parts = splitIntoPages(readFileSync(new URL('source/thesis.txt', content), 'utf8'));
const yaml = <T>(path: string) => load(readFileSync(new URL(path, content), 'utf8')) as T;

describe('where the thesis prints each table', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9] as TableNumber[])('Table %i: the part it names prints its caption', (n) => {
    const printing = [...parts].filter(([, text]) => new RegExp(`^Table ${n}: `, 'm').test(text)).map(([slug]) => slug);
    expect(printing).toEqual([tablePage(n)]);
    expect(tableHref(n)).toBe(`/${tablePage(n)}/#table-${n}`);
  });

  it('names no table the thesis does not print', () => {
    expect(() => tableHref(10)).toThrow('The thesis prints no Table 10');
  });

  it('gives each host group the case-study table of its conflict, as content/conflicts/ and content/groups/ have it', () => {
    const conflicts = new Map(
      readdirSync(new URL('conflicts/', content)).map((f) => [f.replace(/\.yaml$/, ''), yaml<{ caseStudy: string; table: number }>(`conflicts/${f}`)]),
    );
    for (const group of GROUP_IDS) {
      const conflict = conflicts.get(yaml<{ conflict: string }>(`groups/${group}.yaml`).conflict)!;
      expect([caseStudyTable(group), tablePage(caseStudyTable(group))], group).toEqual([conflict.table, conflict.caseStudy]);
    }
  });
});
