import { describe, expect, it } from 'vitest';
import type { DataNote } from '../knowledge/data-notes/rules.ts';
import { addNoteMarkers, dataNoteMarkers } from './note-markers.ts';

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

  it('put each marker after its heading, and stop the build if the heading is missing', () => {
    const html = '<p>Opening</p><h2 id="411-history-of-kashmir-issue">4.1.1. History</h2><p>Text</p>';
    const out = addNoteMarkers(html, [
      { anchor: '411-history-of-kashmir-issue', href: '#note-a', label: 'Data note' },
      { anchor: '', href: '#note-c', label: 'Data note' },
    ]);
    expect(out).toBe(
      '<p class="note-marker note-marker--data"><a href="#note-c">Data note</a></p><p>Opening</p><h2 id="411-history-of-kashmir-issue">4.1.1. History</h2><p class="note-marker note-marker--data"><a href="#note-a">Data note</a></p><p>Text</p>',
    );
    expect(() => addNoteMarkers(html, [{ anchor: 'nowhere', href: '#note-x', label: 'Data note' }])).toThrow('no heading #nowhere');
  });
});
