import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { partOf, readThesis } from '../source/document.ts';
import { REFERENCE_ID, checkReferenceIds, referenceAnchors, referenceHref } from './reference-ids.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const references = load(read('content/references/references.yaml')) as Array<{ id: string; text: string; year: string; duplicates: string[] }>;
const printed = partOf(readThesis(read('content/source/thesis.txt')), 'references').blocks.flatMap((b) => (b.kind === 'references' ? b.entries : []));

describe('the ids of the reference list', () => {
  it('are all well formed, each the id of one entry, with the entry’s year', () => {
    expect(checkReferenceIds(references)).toEqual([]);
    expect(new Set(references.map((r) => r.id)).size).toBe(references.length);
    for (const { id } of references) expect(id).toMatch(REFERENCE_ID);
  });

  it('stop the build on an id two entries share, naming the file, both entries and the id', () => {
    const entries = [
      { id: 'roy-2002', year: '2002', text: 'Roy, O. (2002). A.' },
      { id: 'bose-1999', year: '1999', text: 'Bose, S. (1999). B.' },
      { id: 'roy-2002', year: '2002', text: 'Roy, O. (2002). C.' },
    ];
    expect(checkReferenceIds(entries)).toEqual([
      'content/references/references.yaml: entry 3 (id "roy-2002"): field "id" is already the id of entry 1; each entry needs its own (it is its anchor on /references/)',
    ]);
  });

  it('stop the build on a missing id, an id that is no readable anchor, and an id without the year', () => {
    expect(
      checkReferenceIds([
        { year: '1999' },
        { id: 'Bose 1999', year: '1999' },
        { id: 'bose', year: '1999' },
        { id: 'al-islam-org', year: 'Accessed 2019, May 12' },
      ]),
    ).toEqual([
      'content/references/references.yaml: entry 1: field "id" is missing',
      'content/references/references.yaml: entry 2 (id "Bose 1999"): field "id" must be lowercase words joined by hyphens, such as "bose-1999"',
      'content/references/references.yaml: entry 3 (id "bose"): field "id" must contain the entry\'s year, 1999',
    ]);
    expect(checkReferenceIds({ 'bose-1999': {} })).toEqual(['content/references/references.yaml: must be a list of entries']);
  });

  it('link to the entry on /references/', () => {
    expect(referenceHref('bose-1999')).toBe('/references/#bose-1999');
  });
});

describe('the anchors of the printed reference list', () => {
  const anchors = referenceAnchors(printed, references);

  it('put every entry of the data on the one printed line that holds its text, once', () => {
    expect(
      anchors
        .flat()
        .map((a) => a.id)
        .sort(),
    ).toEqual(references.map((r) => r.id).sort());
    anchors.forEach((line, i) => {
      for (const a of line) expect(printed[i]!.slice(a.at, a.at + a.length)).toBe(references.find((r) => r.id === a.id)!.text);
    });
  });

  it('give a line the source runs two entries together on both anchors, in order, and a second printing none', () => {
    const both = anchors.filter((line) => line.length === 2);
    expect(both.length).toBeGreaterThan(0);
    for (const [first, second] of both) expect(first!.at + first!.length).toBeLessThanOrEqual(second!.at);
    const seconds = references.flatMap((r) => r.duplicates.map((d) => printed.findIndex((line) => line.includes(d))));
    expect(seconds.length).toBeGreaterThan(0);
    for (const i of seconds) expect(anchors[i]).toEqual([]);
  });

  it('are stable: adding or removing an entry changes no other entry’s anchor', () => {
    const without = references.filter((r) => r.id !== 'bose-1999');
    const after = referenceAnchors(printed, without).flat();
    expect(after).toEqual(anchors.flat().filter((a) => a.id !== 'bose-1999'));
  });

  it('stop the import on an entry whose text is printed nowhere, or on two lines, naming it', () => {
    expect(() => referenceAnchors(printed, [{ id: 'bose-1999', text: 'Bose, S. (1999). Not so printed.' }])).toThrow(
      'content/references/references.yaml (id "bose-1999"): field "text" is not printed in the reference list',
    );
    expect(() => referenceAnchors(['Roy (2002). A.', 'Roy (2002). A. Again.'], [{ id: 'roy-2002', text: 'Roy (2002). A.' }])).toThrow(
      'content/references/references.yaml (id "roy-2002"): field "text" is printed in 2 entries of the reference list',
    );
  });
});
