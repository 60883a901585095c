import { describe, expect, it } from 'vitest';
import type { DataNote } from '../knowledge/data-notes/rules.ts';
import { readFileSync } from 'node:fs';
import { readThesis } from '../source/document.ts';
import { dataNoteMarkerAt, dataNoteMarkers, unplacedMarkers } from './note-markers.ts';

const note = (id: string, heading: string | undefined, sources: DataNote['sources'] = []): DataNote =>
  ({ id, kind: 'event-year', message: 'x', section: { page: 'case-studies/kashmir', ...(heading ? { heading } : {}) }, sources }) as DataNote;

describe('data note markers', () => {
  const notes = [
    note('a', '4.1.1. History of Kashmir Issue'),
    note('b', '4.1.1. History of Kashmir Issue'),
    note('c', undefined),
    note('d', '1. Intro', [{ source: 'y', says: 'z', section: { page: 'case-studies/kashmir', heading: '4.1.1. History of Kashmir Issue' } }]),
  ];

  it('group the notes by the section they concern on this page, sources included', () => {
    const markers = dataNoteMarkers(notes, 'case-studies/kashmir');
    expect(markers).toContainEqual({ anchor: '411-history-of-kashmir-issue', href: '#note-a', label: '3 data notes', notes: [notes[0], notes[1], notes[3]] });
    expect(markers).toContainEqual({ anchor: '', href: '#note-c', label: 'Data note', notes: [notes[2]] });
    expect(dataNoteMarkers(notes, 'chapters/introduction')).toEqual([]);
  });

  it('find the marker of one section, and the markers whose section a part does not have', () => {
    expect(dataNoteMarkerAt(notes, 'case-studies/kashmir', '411-history-of-kashmir-issue')?.notes).toEqual([notes[0], notes[1], notes[3]]);
    expect(dataNoteMarkerAt(notes, 'case-studies/kashmir', 'elsewhere')).toBeUndefined();
    const doc = readThesis(readFileSync(new URL('../../content/source/thesis.txt', import.meta.url), 'utf8'));
    const kashmir = doc.parts.find((p) => p.slug === 'case-studies/kashmir')!;
    // "1. Intro" is no heading of the Kashmir case study: its marker would go nowhere.
    expect(unplacedMarkers(dataNoteMarkers(notes, 'case-studies/kashmir'), kashmir).map((m) => m.href)).toEqual(['#note-d']);
  });
});
