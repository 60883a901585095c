import { describe, expect, it } from 'vitest';
import { citationLinksIn, type CitableReference } from '../knowledge/citation-links.ts';
import { marksIn, type MarkRule } from '../knowledge/mentions.ts';
import { holdWraps } from './held-places.ts';
import { inline, inlineWithLinks } from './render-mdx.ts';

const ref = (id: string, authors: string, year: string): CitableReference => ({ id, authors, year, text: `${authors} (${year}). A work.` });
const references = [ref('sageman-2004', 'Sageman, M.', '2004'), ref('bose-1999', 'Bose, S.', '1999'), ref('paz-2005', 'Paz, R.', '2005')];
/** The text a reader sees: links and marks taken off. */
const visible = (mdx: string) => mdx.replace(/<[^>]+>/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
const links = (mdx: string) => [...mdx.matchAll(/\[([^\]]*)\]\(([^)]*)\)/g)].map((m) => [m[1], m[2]]);

/** As the importer renders a paragraph: its citation links and its marks, found on the text. */
const render = (text: string, rules: MarkRule[] = []) => inlineWithLinks(text, citationLinksIn(text, references), marksIn(text, rules, new Set()));

describe('citation links in the MDX', () => {
  it('wrap exactly the printed words of each citation, and change no character', () => {
    const raw = 'As argued (Sageman, 2004; Horgan, 2008), and Bose (1999) agrees.';
    const mdx = render(raw);
    expect(links(mdx)).toEqual([
      ['Sageman, 2004', '/references/#sageman-2004'],
      ['Bose (1999)', '/references/#bose-1999'],
    ]);
    expect(visible(mdx)).toBe(raw);
  });

  it('keep an entity mark on the author’s name and link the year after it', () => {
    const rules: MarkRule[] = [
      { kind: 'theory', id: 'sageman-bunch-of-guys', phrases: ['Sageman'] },
      { kind: 'theory', id: 'paz-arab-volunteers', phrases: ['Reuven Paz'] },
    ];
    expect(render('Small groups (Sageman, 2004).', rules)).toBe(
      'Small groups (<Theory id="sageman-bunch-of-guys">Sageman</Theory>, [2004](/references/#sageman-2004)).',
    );
    // The mark begins before the citation's printed words ("Paz's (2005)").
    const narrative = render('Reuven Paz’s (2005) work was early.', rules);
    expect(narrative).toBe('<Theory id="paz-arab-volunteers">Reuven Paz</Theory>’s [(2005)](/references/#paz-2005) work was early.');
    expect(visible(narrative)).toBe('Reuven Paz’s (2005) work was early.');
  });

  it('stop the import where a mark would run past the end of a citation', () => {
    expect(() => render('Bose (1999) said so.', [{ kind: 'theory', id: 'x', phrases: ['1999) said'] }])).toThrow('runs past the end of the citation');
  });

  it('link nothing after a mark that covers the whole citation', () => {
    expect(render('Bose (1999) said.', [{ kind: 'theory', id: 'x', phrases: ['Bose (1999)'] }])).toBe('<Theory id="x">Bose (1999)</Theory> said.');
  });
});

describe('held places', () => {
  it('give back the converted text with each stretch in its markup', () => {
    const { held, release } = holdWraps('a {b} c', [{ at: 2, length: 3, render: (s) => `<x>${s}</x>` }]);
    expect(release(inline(held))).toBe('a <x>\\{b\\}</x> c');
  });

  it('refuse overlapping stretches', () => {
    const render = (s: string) => s;
    expect(() =>
      holdWraps('abcdef', [
        { at: 0, length: 3, render },
        { at: 2, length: 3, render },
      ]),
    ).toThrow('overlap');
  });
});
