import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageParagraphs } from '~/source/paragraphs';
import { HOME_FINDINGS, countsLine, linkedParts } from './home-findings.ts';

const source = readFileSync(new URL('../../content/source/thesis.txt', import.meta.url), 'utf8');

describe('the home page’s findings', () => {
  it.each(HOME_FINDINGS.map((f) => [f.words.slice(0, 50), f] as const))('“%s…” is printed on the page it names', (_, finding) => {
    expect(pageParagraphs(source, finding.page).some((p) => p.includes(finding.words))).toBe(true);
  });

  it('links each named phrase once, keeping every word', () => {
    for (const f of HOME_FINDINGS) {
      const parts = linkedParts(f);
      expect(parts.map((p) => p.text).join('')).toBe(f.words);
      expect(parts.filter((p) => p.driver).map((p) => p.text)).toEqual(
        [...f.links].sort((a, b) => f.words.indexOf(a.phrase) - f.words.indexOf(b.phrase)).map((l) => l.phrase),
      );
      // The counts are of the first driver linked.
      expect(f.counts.driver).toBe(parts.find((p) => p.driver)?.driver);
    }
  });

  it('stops on a phrase the words do not contain (control)', () => {
    expect(() => linkedParts({ ...HOME_FINDINGS[0]!, links: [{ phrase: 'porous border', driver: 'geographical-proximity' }] })).toThrow(/"porous border"/);
  });

  it('prints each cell as Table 5 does', () => {
    expect(
      countsLine([
        { group: 'ISKP', cell: 8 },
        { group: 'IS Fighters', cell: 0 },
        { group: 'Shia Fighters', cell: null },
      ]),
    ).toBe('ISKP 8, IS Fighters 0, Shia Fighters blank');
  });
});
