import { describe, expect, it } from 'vitest';
import { knowledgeFixture } from '../charts/fixture.ts';
import { THESIS_PAGES } from '../source/parts.ts';
import { entityCards, noteAndTableCards, referenceCards, sectionCards } from './cards.ts';
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
  const docs = THESIS_PAGES.map((p) => ({ id: p.slug, body: '' }));
  docs[5] = {
    id: 'case-studies/kashmir',
    body: [
      '---',
      'title: "x"',
      '---',
      "import { Fn } from '~/user-components';",
      '',
      '<EditorialNote>A note of the site, not the thesis.</EditorialNote>',
      '',
      'Opening words of the page.',
      '',
      '## 4.1.1. History of Kashmir Issue',
      '',
      'The <Org id="un">UN</Org> passed two resolutions.<Fn n={3} /> *Italic* words \\{kept\\}.',
    ].join('\n'),
  };
  const cards = sectionCards(docs);

  it('give each section its heading as printed and the opening of its text, without markup or notes', () => {
    expect(cards['/case-studies/kashmir/#411-history-of-kashmir-issue']).toEqual({
      kind: 'Section of 4.1. Case study One: Kashmir',
      title: '4.1.1. History of Kashmir Issue',
      text: 'The UN passed two resolutions. Italic words {kept}.',
    });
    expect(cards['/case-studies/kashmir/']?.text).toBe('Opening words of the page.');
  });

  it('stop the build when a thesis page is missing', () => {
    expect(() => sectionCards(docs.slice(1))).toThrow('no content/docs/front-matter.mdx');
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
  const docs = THESIS_PAGES.map((p) => ({ id: p.slug, body: '' }));
  const afghanistan = THESIS_PAGES.findIndex((p) => p.slug === 'case-studies/afghanistan');
  docs[afghanistan] = {
    id: 'case-studies/afghanistan',
    body: [
      '<table id="table-7">',
      '<caption>Table 7: Drivers of *Afghan* fighters</caption>',
      '</table>',
      '<Footnotes>',
      '<FnItem n={24}>Interviewees <a href="/interviews/3/">3</a>-5, as ([Bose, 1999](/references/#bose-1999)) says.</FnItem>',
      '</Footnotes>',
    ].join('\n'),
  };
  const cards = noteAndTableCards(docs);
  const label = THESIS_PAGES[afghanistan]!.label;

  it('give a footnote linked from another page its words, without links or markup', () => {
    expect(cards['/case-studies/afghanistan/#fn-24']).toEqual({
      kind: `Footnote, ${label}`,
      title: 'Footnote 24',
      text: 'Interviewees 3-5, as (Bose, 1999) says.',
    });
  });

  it('give a numbered table its caption', () => {
    expect(cards['/case-studies/afghanistan/#table-7']).toEqual({ kind: `Table, ${label}`, title: 'Table 7: Drivers of Afghan fighters', text: '' });
  });
});
