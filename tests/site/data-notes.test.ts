/**
 * The self-audit on the built site: the false note is gone, each rule finds
 * what the thesis contains, every note names its rule, /data/ explains every
 * rule and counts its notes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileForUrlPath, readPage, textOf } from '../support/dist.ts';

interface Note {
  id: string;
  kind: string;
  driver?: string;
  group?: string;
  interviewee?: number;
  message: string;
  sources: Array<{ source: string; says: string }>;
  sectionUrl: string;
}
const notes = JSON.parse(readFileSync(fileForUrlPath('/data/notes.json'), 'utf8')) as Note[];
const source = readFileSync(new URL('../../content/source/thesis.txt', import.meta.url), 'utf8');

describe('data notes of the self-audit', () => {
  it('has no note on Kashmir, financial motivations: footnotes 14 and 15 list 2 + 6 = 8 interviewees, the figure of Table 6', () => {
    expect(notes.filter((n) => n.driver === 'financial-motivations' && n.group === 'kashmiri-fighters')).toEqual([]);
  });

  it('words the counts of parts of a driver as partial counts, not contradictions (the four cells of the audit among them)', () => {
    const partial = notes.filter((n) => n.kind === 'partial-count').map((n) => `${n.group}/${n.driver}`);
    expect(partial).toEqual(
      expect.arrayContaining([
        'kashmiri-fighters/recruitment',
        'kashmiri-fighters/enabling-environment',
        'afghan-taliban/recruitment',
        'shia-fighters/recruitment',
      ]),
    );
    for (const n of notes.filter((n) => n.kind === 'partial-count')) expect(n.message).toMatch(/^The text counts part of this driver: /);
    expect(notes.filter((n) => n.kind === 'narrative-vs-table').map((n) => `${n.group}/${n.driver}`)).toEqual(['afghan-taliban/sectarian-affiliation']);
  });

  it('finds one of each kind the thesis contains', () => {
    const has = (kind: string, check: (n: Note) => boolean) =>
      expect(
        notes.some((n) => n.kind === kind && check(n)),
        kind,
      ).toBe(true);
    has('table-figure-uncounted', (n) => n.group === 'shia-fighters' && n.driver === 'sectarian-affiliation');
    has('blank-vs-none', (n) => n.group === 'iskp' && n.driver === 'ethnic-identity');
    has('claim-vs-table', (n) => n.group === 'iskp' && n.driver === 'previous-experience');
    has('quote-role', (n) => n.interviewee === 1 && n.message.includes('interviewee 16'));
    has('stated-total', (n) => n.sources.some((s) => s.says === '41,490 people'));
    has('cross-reference', (n) => n.sources.some((s) => s.says === 'is given in Table 6'));
    has('toc-numbering', (n) => n.sources.some((s) => s.says === '4.2.1. History of Afghan Conflict'));
    has('citation-year', (n) => n.message.startsWith('The text cites Bakker & Coolsaet (2008)'));
    has('citation-page', (n) => n.message.includes('page 17'));
    has('citation-spelling', (n) => n.message.includes('"Sterm"'));
    has('citation-no-entry', (n) => n.message.includes('Precht (2007)'));
  });

  it('quotes the thesis word for word in every citation and total it notes', () => {
    const squash = (s: string) => s.replace(/\s+/g, ' ');
    for (const n of notes.filter((n) => n.kind.startsWith('citation-') || n.kind === 'stated-total' || n.kind === 'cross-reference')) {
      for (const s of n.sources.filter((s) => s.source.startsWith('Citation in the text') || s.source === 'Total in the text' || s.source === 'The text')) {
        if (s.says.includes('…')) continue; // a table row, its name and year apart
        expect(squash(source), `${n.id}: ${s.says}`).toContain(squash(s.says));
      }
    }
  });

  it('shows on every note the rule that made it, linked to its explanation on /data/', () => {
    const data = readPage('/data/');
    const kinds = new Set(notes.map((n) => n.kind));
    for (const kind of kinds) {
      const row = new RegExp(`<tr id="rule-${kind}">[\\s\\S]*?</tr>`).exec(data)?.[0] ?? '';
      expect(row, kind).not.toBe('');
      expect(/<td>(\d+)<\/td>\s*<\/tr>$/.exec(row)?.[1], `${kind} count`).toBe(String(notes.filter((n) => n.kind === kind).length));
    }
    for (const n of notes) {
      const block = new RegExp(`<div class="data-note[^"]*" id="note-${n.id}" data-rule="${n.kind}">[\\s\\S]*?href="/data/#rule-${n.kind}"`).test(data);
      expect(block, n.id).toBe(true);
    }
  });

  it("shows the two quotations that had no entry on their interviewees' pages", () => {
    expect(textOf(readPage('/interviews/1/'))).toContain('A big chunk of Kashmir fighters are not from madrasas.');
    expect(textOf(readPage('/interviews/10/'))).toContain('Daesh people, who are recruited from here, are 90% from Al-Hadith');
    expect(readPage('/interviews/1/')).toContain('id="note-quote-role-1-17-april-2019"');
  });
});
