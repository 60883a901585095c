import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DataNote } from '../knowledge/data-notes/rules.ts';
import { readThesis, footnotesOfPart } from '../source/document.ts';
import { MAX_DATA_COPIES, dataMarginCopies, hasMarginNotes } from './margin-notes.ts';

const note = (id: string, message: string): DataNote =>
  ({ id, kind: 'event-year', message, section: { page: 'case-studies/kashmir' }, sources: [] }) as DataNote;

describe('data notes in the margin', () => {
  it('copy each note’s words, up to the limit', () => {
    const notes = Array.from({ length: MAX_DATA_COPIES }, (_, i) => note(`n${i}`, `Message ${i}`));
    expect(dataMarginCopies(notes)).toEqual(notes.map((n) => ({ note: `#note-${n.id}`, label: 'Data note', words: n.message })));
  });

  it('give more notes than the limit one copy that counts them and names each', () => {
    const notes = Array.from({ length: MAX_DATA_COPIES + 1 }, (_, i) => note(`n${i}`, `Message ${i}`));
    const [copy, ...rest] = dataMarginCopies(notes);
    expect(rest).toEqual([]);
    expect(copy?.label).toBe(`${notes.length} data notes`);
    expect(copy?.group).toEqual(notes.map((n) => `#note-${n.id}`));
    expect(copy?.note).toBe('#note-n0');
  });
});

describe('pages with notes for the margin', () => {
  const doc = readThesis(readFileSync(new URL('../../content/source/thesis.txt', import.meta.url), 'utf8'));

  it('are the parts with footnotes or editorial notes, or data notes computed for them', () => {
    for (const part of doc.parts) {
      const footnotes = footnotesOfPart(part).length > 0;
      expect(hasMarginNotes(part, 0) || !footnotes).toBe(true);
      expect(hasMarginNotes(part, 1)).toBe(true);
    }
    const questionnaire = doc.parts.find((p) => p.slug === 'questionnaire')!;
    expect(hasMarginNotes(questionnaire, 0)).toBe(false);
  });
});
