import { describe, expect, it } from 'vitest';
import { knowledgeFixture } from '../charts/fixture.ts';
import { readFileSync } from 'node:fs';
import { readThesis } from '../source/document.ts';
import { entityCards, noteAndTableCards, paragraphCards, referenceCards, sectionCards } from './cards.ts';
import { CARD_TEXT_LENGTH, shorten } from './shorten.ts';

const kb = knowledgeFixture();

describe('shorten', () => {
  it('keeps short text whole and cuts long text at a word, with an ellipsis', () => {
    expect(shorten('  A short   text. ')).toBe('A short text.');
    const long = 'word '.repeat(200);
    const cut = shorten(long);
    expect(cut.length).toBeLessThanOrEqual(CARD_TEXT_LENGTH + 1);
    expect(cut.endsWith('word…')).toBe(true);
  });
});

describe('entity cards', () => {
  const cards = entityCards(kb);

  it('give a driver its Table 5 count for every group, blank cells as blank', () => {
    const card = cards['/drivers/ethnic-identity/'];
    expect(card?.kind).toBe('Driver 1 of 4');
    // The fixture's Table 5 row: 15, blank, 14, blank, blank.
    expect(card?.facts).toEqual([
      'Afghan Taliban: 15 of 22 (Table 5)',
      'ISKP: blank (Table 5)',
      'Kashmiri Fighters: 14 of 22 (Table 5)',
      'IS Fighters: blank (Table 5)',
      'Shia Fighters: blank (Table 5)',
    ]);
  });

  it('have a card for every finding, keyed by its evidence on the driver page', () => {
    for (const d of kb.drivers) for (const g of kb.groups) expect(cards[`/drivers/${d.id}/#in-${g.id}`]?.title).toBe(`${d.data.name}: ${g.data.name}`);
  });

  it('rank a group’s three most reported drivers', () => {
    expect(cards['/groups/afghan-taliban/']?.facts?.[0]).toMatch(/^Most reported \(Table 5\): [^;]+: 22 of 22; [^;]+: 15 of 22; [^;]+: 11 of 22$/);
  });

  it('count each finding an interviewee is counted in once', () => {
    for (const i of kb.interviewees) {
      const findings = new Set((kb.countedIn.get(i.data.n) ?? []).map((c) => c.finding.id)).size;
      expect(cards[`/interviews/${i.data.n}/`]?.facts).toEqual([`Counted in ${findings} finding${findings === 1 ? '' : 's'} of chapter 4`]);
    }
  });
});

describe('section cards', () => {
  const doc = readThesis(readFileSync(new URL('../../content/source/thesis.txt', import.meta.url), 'utf8'));
  const cards = sectionCards(doc);

  it('give each section its heading as printed and the opening of its first paragraph, without markup or footnote markers', () => {
    for (const part of doc.parts) {
      part.blocks.forEach((block, i) => {
        if (block.kind !== 'heading') return;
        const card = cards[`/${part.slug}/#${block.anchor}`];
        expect(card?.title).toBe(block.text);
        expect(card?.kind).toBe(`Section of ${part.label}`);
        const first = part.blocks.slice(i + 1).find((b) => b.kind === 'paragraph' || b.kind === 'heading');
        if (first?.kind === 'paragraph')
          expect(first.text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹*]/g, '')).toContain(card!.text.replace(/…$/, '').split(' ').slice(0, 6).join(' '));
        expect(card?.text).not.toMatch(/[⁰¹²³⁴⁵⁶⁷⁸⁹]|<https?:|\*\S/);
      });
    }
  });

  it('give a part that opens on a heading (a case study opens on its history) the opening of its first section', () => {
    for (const slug of ['case-studies/kashmir', 'case-studies/afghanistan', 'case-studies/syria']) {
      const part = doc.parts.find((p) => p.slug === slug)!;
      expect(part.blocks[0]?.kind).toBe('heading');
      const first = part.blocks.find((b) => b.kind === 'paragraph');
      expect(cards[`/${slug}/`]?.text.length).toBeGreaterThan(100);
      expect(first?.kind === 'paragraph' && first.text.startsWith(cards[`/${slug}/`]!.text.slice(0, 40))).toBe(true);
    }
  });
});

describe('reference cards', () => {
  const text = 'Bose, S. (1999). Kashmir: sources of conflict. *Survival*, 41(3), 149-171. Retrieved from <https://example.org/bose>.';
  const cards = referenceCards([{ id: 'bose-1999', data: { text, authors: 'Bose, S.', year: '1999' } }]);

  it('give each entry a card at its anchor on /references/, in the words /references/ prints', () => {
    expect(cards['/references/#bose-1999']).toEqual({
      kind: 'Reference',
      title: 'Bose, S. (1999)',
      text: 'Bose, S. (1999). Kashmir: sources of conflict. Survival, 41(3), 149-171. Retrieved from https://example.org/bose.',
    });
  });
});

describe('footnote and table cards', () => {
  const doc = readThesis(readFileSync(new URL('../../content/source/thesis.txt', import.meta.url), 'utf8'));
  const cards = noteAndTableCards(doc);

  it('give every footnote its words, without markup, at its anchor on the page of its marker', () => {
    for (const note of doc.footnotes.values()) {
      const card = cards[`/${note.section.page}/#fn-${note.n}`];
      expect(card?.title).toBe(`Footnote ${note.n}`);
      expect(card?.text.replace(/…$/, '').length).toBeGreaterThan(0);
      expect(card?.text).not.toMatch(/<https?:|\*\S/);
    }
  });

  it('give every numbered table its caption and its size as printed', () => {
    const thesis = readFileSync(new URL('../../content/source/thesis.txt', import.meta.url), 'utf8');
    for (const m of thesis.matchAll(/^(Table (\d+): .*?)\t*$/gm)) {
      const table = doc.tables.get(Number(m[2]))!;
      const card = cards[`/${table.part}/#table-${table.number}`];
      expect(card?.title).toBe(m[1]!.trim());
      expect(card?.text).toMatch(new RegExp(`^${table.rows.length} rows and ${table.width} columns`));
    }
  });
});

describe('paragraph cards', () => {
  const doc = readThesis(readFileSync(new URL('../../content/source/thesis.txt', import.meta.url), 'utf8'));
  const cards = paragraphCards(doc);

  it('give every paragraph and quotation of the thesis a card at its address, with its section and opening words', () => {
    for (const part of doc.parts) {
      for (const block of part.blocks) {
        if (block.kind !== 'paragraph' && block.kind !== 'quotation') continue;
        const card = cards[`/${part.slug}/#${block.id}`];
        expect(card?.title).toBe(block.section.heading ?? part.label);
        expect(block.text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹*]/g, '')).toContain(card!.text.replace(/…$/, '').split(' ').slice(0, 5).join(' '));
      }
    }
    expect(Object.keys(cards).length).toBe(doc.parts.flatMap((p) => p.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'quotation')).length);
  });
});
