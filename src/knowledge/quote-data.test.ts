/**
 * Completeness of the quote data: every interview the running text cites, e.g.
 * "(Interviewee 1, 17 April 2019)", has a quotation in content/findings/ with
 * that interviewee, date and section, so every quoted passage shows on its
 * interviewee's page. Read from the YAML files and the thesis, without a build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { findInterviewCitations } from '../source/interview-citations.ts';
import { pageParagraphs } from '../source/paragraphs.ts';
import type { Quote } from './schemas.ts';

const root = new URL('../../content/', import.meta.url);
const source = readFileSync(new URL('source/thesis.txt', root), 'utf8');
const quotes: Quote[] = readdirSync(new URL('findings/', root)).flatMap((group) =>
  readdirSync(new URL(`findings/${group}/`, root)).flatMap(
    (file) => (load(readFileSync(new URL(`findings/${group}/${file}`, root), 'utf8')) as { quotes?: Quote[] }).quotes ?? [],
  ),
);
const squash = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ');

describe('quote data', () => {
  it('has a quotation for every interview the running text cites, with its date as printed', () => {
    const citations = findInterviewCitations(source);
    expect(citations.length).toBeGreaterThan(20);
    const missing = citations.filter(
      (c) =>
        !quotes.some(
          (q) => q.interviewee === c.interviewee && q.date === c.date && q.section.page === c.section.page && q.section.heading === c.section.heading,
        ),
    );
    expect(missing).toEqual([]);
  });

  it('holds the two passages the audit found missing: 4.1 (Interviewee 1, 17 April 2019) and 4.2 (Interview 10, 15 May 2019)', () => {
    expect(
      quotes.filter((q) => (q.interviewee === 1 && q.date === '17 April 2019') || (q.interviewee === 10 && q.section.heading?.startsWith('4.2.3'))),
    ).toHaveLength(2);
  });

  it('keeps, for every quotation (28 of 28), the words that introduce its speaker, word for word and printed before it', () => {
    expect(quotes).toHaveLength(28);
    // The part's paragraphs, page breaks rejoined and footnote markers left out; italics and escapes as printed.
    const plain = (s: string) => squash(s).replace(/\\\$/g, '$').replace(/\*/g, '');
    const far = quotes.flatMap((q) => {
      const text = plain(pageParagraphs(source, q.section.page).join(' '));
      const at = text.indexOf(plain(q.text).slice(0, 60));
      const intro = q.introducedAs === undefined ? -1 : text.lastIndexOf(plain(q.introducedAs), at);
      // In the sentence before the quotation, or a few before it: never after it, never in another section.
      return at < 0 || intro < 0 || at - intro > 700 ? [`interviewee ${q.interviewee}, ${q.date}: "${q.introducedAs ?? 'no introducing words'}"`] : [];
    });
    expect(far).toEqual([]);
  });
});
