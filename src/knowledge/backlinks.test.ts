import { describe, expect, it } from 'vitest';
import { buildBacklinks, buildCitedIn, findCitationLinks, findMarks } from './backlinks.ts';
import { shortSectionLabel } from './sections.ts';

const mdx = `---
title: x
---
Opening with <Org id="lashkar-e-taiba">Lashkar-e-Taiba</Org>.

## 1.1. Foreign Fighters in Historical Perspective

Text <Driver id="geographical-proximity">geographical proximity</Driver> and <Interviewee n={18}>Interviewee 18</Interviewee>.

### 2. Propaganda and Ideologies

Again <Driver id="geographical-proximity">proximity</Driver> and <Driver id="geographical-proximity">once more</Driver>.
`;

describe('backlinks', () => {
  const marks = findMarks('chapters/introduction', mdx);

  it('finds every mark with its kind, id, section and line', () => {
    expect(marks.map((m) => [m.kind, m.id, m.heading ?? null, m.line])).toEqual([
      ['organization', 'lashkar-e-taiba', null, 4],
      ['driver', 'geographical-proximity', '1.1. Foreign Fighters in Historical Perspective', 8],
      ['interviewee', '18', '1.1. Foreign Fighters in Historical Perspective', 8],
      ['driver', 'geographical-proximity', '2. Propaganda and Ideologies', 12],
      ['driver', 'geographical-proximity', '2. Propaganda and Ideologies', 12],
    ]);
  });

  it('lists each section once, in reading order, linked to the heading anchor', () => {
    const index = buildBacklinks(marks);
    expect(index.get('driver:geographical-proximity')?.map((m) => m.href)).toEqual([
      '/chapters/introduction/#11-foreign-fighters-in-historical-perspective',
      '/chapters/introduction/#2-propaganda-and-ideologies',
    ]);
    expect(index.get('organization:lashkar-e-taiba')?.map((m) => m.href)).toEqual(['/chapters/introduction/']);
    expect(index.get('interviewee:18')).toHaveLength(1);
  });

  it('never loses a mark: every (kind, id) marked appears in the index', () => {
    const index = buildBacklinks(marks);
    for (const m of marks) expect(index.has(`${m.kind}:${m.id}`)).toBe(true);
  });
});

describe('cited in', () => {
  const page = `Opening ([Bose, 1999](/references/#bose-1999)).

## 4.1.1. History of Kashmir Issue

As [Bose (1999)](/references/#bose-1999) and <Theory id="x">Krueger</Theory> [(2006)](/references/#krueger-2006) say, again [Bose, 1999](/references/#bose-1999).
`;
  const index = buildCitedIn(findCitationLinks('case-studies/kashmir', page));

  it('lists each section whose citations link to an entry once, in reading order', () => {
    expect(index.get('bose-1999')?.map((m) => m.href)).toEqual(['/case-studies/kashmir/', '/case-studies/kashmir/#411-history-of-kashmir-issue']);
    expect(index.get('krueger-2006')?.map((m) => m.heading)).toEqual(['4.1.1. History of Kashmir Issue']);
    expect(index.has('x')).toBe(false);
  });

  it('names a section briefly: its number, or its page’s number before a heading numbered within the page', () => {
    expect(shortSectionLabel('chapters/framework', '2.4. "Cause models" of Foreign Fighters')).toBe('2.4');
    expect(shortSectionLabel('chapters/methodology', '3.1.Data Collection: Questionnaire & Interviews')).toBe('3.1');
    expect(shortSectionLabel('case-studies/kashmir', '1. Recruitment by organizations')).toBe('4.1, 1. Recruitment by organizations');
    expect(shortSectionLabel('case-studies/kashmir')).toBe('4.1');
    expect(shortSectionLabel('interviews')).toBe('List of Interviews');
  });
});
