import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTocNumbering } from '../knowledge/data-notes/text.ts';
import { findBodyHeadings, findTocEntries } from '../source/audit-text.ts';
import { readThesis } from '../source/document.ts';
import { EDITORIAL_NOTES, editorialNotesAfter } from './editorial-notes.ts';

const source = readFileSync(new URL('../../content/source/thesis.txt', import.meta.url), 'utf8');
const doc = readThesis(source);

describe('editorial notes', () => {
  it('each follow a heading or a paragraph the thesis prints', () => {
    const texts = doc.parts.flatMap((p) => [p.heading, ...p.blocks.flatMap((b) => (b.kind === 'heading' || b.kind === 'paragraph' ? [b.text] : []))]);
    for (const key of Object.keys(EDITORIAL_NOTES))
      expect(
        texts.some((t) => t === key || t.startsWith(key)),
        key,
      ).toBe(true);
  });

  it('never say what a computed data note says of the same section: the numbering the table of contents gives it', () => {
    const computed = checkTocNumbering(findTocEntries(source), findBodyHeadings(source));
    expect(computed.length).toBeGreaterThan(0);
    for (const note of computed) {
      const heading = note.section.heading ?? doc.parts.find((p) => p.slug === note.section.page)!.heading;
      const tocSays = note.sources.find((s) => s.source === 'Table of contents')!.says;
      const tocNumber = /^[\d.]+/.exec(tocSays)![0].replace(/\.$/, '');
      for (const words of editorialNotesAfter(heading)) {
        expect(words, heading).not.toContain(tocNumber);
        expect(words, heading).not.toMatch(/\b(one|two|three)\b/i);
      }
    }
  });
});
