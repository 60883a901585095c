import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readThesis } from '../source/document.ts';
import { citationLinksIn, findCitationUses, rowCitationLink, type CitableReference } from './citation-links.ts';

const ref = (id: string, authors: string, year: string): CitableReference => ({ id, authors, year, text: `${authors} (${year}). A work.` });
const references = [
  ref('sageman-2004', 'Sageman, M.', '2004'),
  ref('bose-1999', 'Bose, S.', '1999'),
  ref('neumann-2009', 'Neumann, P. R.', '2009'),
  ref('roy-2002-a', 'Roy, O.', '2002'),
  ref('roy-2002-b', 'Roy, O.', '2002'),
];

describe('citation links', () => {
  it('name exactly the printed words of each citation that names one entry', () => {
    const text = 'As argued (Sageman, 2004; Horgan, 2008; Roy, 2002), and Bose (1999) agrees.';
    expect(citationLinksIn(text, references).map((l) => [text.slice(l.at, l.at + l.length), l.id])).toEqual([
      ['Sageman, 2004', 'sageman-2004'],
      ['Bose (1999)', 'bose-1999'],
    ]);
  });

  it('are none where the reference list is not given', () => {
    expect(citationLinksIn('(Sageman, 2004)', [])).toEqual([]);
  });

  it('link a row of Table 1 or 2 from the name in its first cell', () => {
    const row = ['Peter R. Neumann', 'Defines radicalization as “the process whereby people become extremists” (2009 p.10).'];
    const link = rowCitationLink(row, references);
    expect(link && row[0]!.slice(link.at, link.at + link.length)).toBe('Peter R. Neumann');
    expect(link?.id).toBe('neumann-2009');
  });

  it('of the thesis are found in its running text, footnotes and tables, each in reading order of its sections', () => {
    const doc = readThesis(readFileSync(new URL('../../content/source/thesis.txt', import.meta.url), 'utf8'));
    const entries = load(readFileSync(new URL('../../content/references/references.yaml', import.meta.url), 'utf8')) as CitableReference[];
    const uses = findCitationUses(doc, entries);
    const ids = new Set(entries.map((e) => e.id));
    expect(uses.length).toBeGreaterThan(50);
    for (const use of uses) expect(ids.has(use.id)).toBe(true);
    // Footnote 2 cites the UN CTITF report: its use is filed under the footnote's marker's section.
    const footnoteCitations = [...doc.footnotes.values()].filter((f) => citationLinksIn(f.text, entries).length > 0);
    for (const f of footnoteCitations) expect(uses.some((u) => u.section.page === f.section.page && u.section.heading === f.section.heading)).toBe(true);
  });
});
