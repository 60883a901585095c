/**
 * The self-audit on the built site: the false note is gone, each rule finds
 * what the thesis contains, no count is called one of a part without the
 * text's words, the notes a reader found quote both sides word for word,
 * every note names its kind, /data/ explains every kind and counts its notes.
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

  it('states a contradiction where the text counts the driver, not a part of it: Kashmir quest for significance, Shia propaganda', () => {
    const contradictions = notes.filter((n) => n.kind === 'narrative-vs-table');
    // Chosen by reading chapter 4: Tables 6/7/8 print 21, 12 and 13; the text counts thirteen, seventeen, and seven plus two others.
    expect(new Set(contradictions.map((n) => `${n.group}/${n.driver}`))).toEqual(
      new Set(['kashmiri-fighters/quest-for-significance', 'afghan-taliban/sectarian-affiliation', 'shia-fighters/propaganda-and-ideologies']),
    );
    const kashmir = contradictions.find((n) => n.group === 'kashmiri-fighters')!;
    expect(kashmir.message).toContain('Table 6 prints 21');
    expect(kashmir.message).toContain('thirteen respondents');
    const shia = contradictions.find((n) => n.group === 'shia-fighters')!;
    expect(shia.message).toContain('Table 8 prints 13');
    // Footnotes 38 and 39 list 3,4,6,8,10,11,15 and 10,19: eight different interviewees.
    expect(shia.message).toContain('8 different interviewees');
    for (const n of contradictions) expect(n.message, n.id).not.toMatch(/not a contradiction|counts part/i);
  });

  it('calls a count one of a part of the driver only with the words of the text that say which part, quoted', () => {
    const partial = notes.filter((n) => n.kind === 'partial-count');
    expect(new Set(partial.map((n) => `${n.group}/${n.driver}`))).toEqual(
      new Set(['kashmiri-fighters/recruitment', 'kashmiri-fighters/enabling-environment', 'afghan-taliban/recruitment', 'shia-fighters/recruitment']),
    );
    const squash = (s: string) => s.replace(/\s+/g, ' ');
    for (const n of partial) {
      const quoted = n.sources.slice(1).map((s) => /^Text, counting “(.+)”$/.exec(s.source)?.[1]);
      expect(quoted.length, n.id).toBeGreaterThan(0);
      for (const words of quoted) {
        expect(words, n.id).toBeDefined();
        expect(squash(source), n.id).toContain(squash(words!));
        expect(n.message, n.id).toContain(`“${words}”`);
      }
    }
  });

  it('puts a note on cells printed differently where the table that differs is printed', () => {
    const differ = notes.filter((n) => n.kind === 'table-cells-differ');
    expect(differ.length).toBeGreaterThan(5);
    const pageOf = (table: string) => ({ 'Table 5': '/chapters/methodology/', 'Table 9': '/chapters/discussion/' })[table];
    for (const n of differ) {
      const odd = n.sources.filter((s) => n.sources.length > 2 && n.sources.filter((t) => t.says === s.says).length === 1);
      if (odd.length === 1 && pageOf(odd[0]!.source)) expect(n.sectionUrl, n.id).toMatch(new RegExp(`^${pageOf(odd[0]!.source)}`));
    }
    expect(new Set(differ.map((n) => n.sectionUrl.split('#')[0])).size).toBeGreaterThan(1);
  });

  it('says when a reference entry prints no year, only the date it was accessed (Al-Islam)', () => {
    const alIslam = notes.find((n) => n.id.startsWith('citation-year-alislam'));
    expect(alIslam?.message).toContain('no year of publication');
    expect(alIslam?.message).toContain('Accessed 2019, May 12');
    expect(alIslam?.message).not.toContain('only for');
  });

  it('keeps a note of each kind a reader found, every side quoted from the thesis word for word', () => {
    const reviewedKinds = [
      'claim-vs-case-study',
      'driver-without-row',
      'merge-vs-case-study',
      'fieldwork-differs',
      'category-wording',
      'date-differs',
      'quantity-differs',
      'place-differs',
      'account-differs',
    ];
    const squash = (s: string) => s.replace(/\\\$/g, '$').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
    for (const kind of reviewedKinds) {
      const ofKind = notes.filter((n) => n.kind === kind);
      expect(ofKind.length, kind).toBeGreaterThan(0);
      for (const n of ofKind) {
        expect(n.sources.length, n.id).toBeGreaterThanOrEqual(2);
        for (const side of n.sources) expect(squash(source), `${n.id}: ${side.says}`).toContain(squash(side.says));
      }
    }
    // The thesis's own claim about a third unique driver, which no table counts: shown on the driver page the site's reading files it under.
    const veterans = notes.find((n) => n.kind === 'driver-without-row')!;
    expect(veterans.sources.map((s) => s.says).join(' ')).toContain('A third unique driver is the role of the veteran foreign fighters');
    expect(readPage('/drivers/recruitment/')).toContain(`id="note-${veterans.id}"`);
    // Qom, one of "the Syrian cities" and a city of Iran: on the Shia fighters' page.
    expect(readPage('/groups/shia-fighters/')).toContain('id="note-qom-in-syria-and-iran"');
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
