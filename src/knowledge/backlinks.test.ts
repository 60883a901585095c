import { describe, expect, it } from 'vitest';
import { buildBacklinks, buildCitedIn } from './backlinks.ts';
import { shortSectionLabel } from './sections.ts';

const opening = { page: 'chapters/introduction' };
const historical = { page: 'chapters/introduction', heading: '1.1. Foreign Fighters in Historical Perspective' };
const propaganda = { page: 'case-studies/kashmir', heading: '2. Propaganda and Ideologies' };

describe('backlinks', () => {
  const uses = [
    { kind: 'organization' as const, id: 'lashkar-e-taiba', section: opening },
    { kind: 'driver' as const, id: 'geographical-proximity', section: historical },
    { kind: 'interviewee' as const, id: '18', section: historical },
    { kind: 'driver' as const, id: 'geographical-proximity', section: propaganda },
    { kind: 'driver' as const, id: 'geographical-proximity', section: propaganda },
  ];

  it('lists each section once, in the order given, linked to the heading anchor', () => {
    const index = buildBacklinks(uses);
    expect(index.get('driver:geographical-proximity')?.map((m) => m.href)).toEqual([
      '/chapters/introduction/#11-foreign-fighters-in-historical-perspective',
      '/case-studies/kashmir/#2-propaganda-and-ideologies',
    ]);
    expect(index.get('organization:lashkar-e-taiba')?.map((m) => m.href)).toEqual(['/chapters/introduction/']);
    expect(index.get('interviewee:18')).toHaveLength(1);
  });

  it('never loses a mention: every (kind, id) mentioned appears in the index', () => {
    const index = buildBacklinks(uses);
    for (const m of uses) expect(index.has(`${m.kind}:${m.id}`)).toBe(true);
  });
});

describe('cited in', () => {
  const history = { page: 'case-studies/kashmir', heading: '4.1.1. History of Kashmir Issue' };
  const index = buildCitedIn([
    { id: 'bose-1999', section: { page: 'case-studies/kashmir' } },
    { id: 'bose-1999', section: history },
    { id: 'krueger-2006', section: history },
    { id: 'bose-1999', section: history },
  ]);

  it('lists each section whose citations link to an entry once, in reading order', () => {
    expect(index.get('bose-1999')?.map((m) => m.href)).toEqual(['/case-studies/kashmir/', '/case-studies/kashmir/#411-history-of-kashmir-issue']);
    expect(index.get('krueger-2006')?.map((m) => m.heading)).toEqual(['4.1.1. History of Kashmir Issue']);
  });

  it('names a section briefly: its number, or its page’s number before a heading numbered within the page', () => {
    expect(shortSectionLabel('chapters/framework', '2.4. "Cause models" of Foreign Fighters')).toBe('2.4');
    expect(shortSectionLabel('chapters/methodology', '3.1.Data Collection: Questionnaire & Interviews')).toBe('3.1');
    expect(shortSectionLabel('case-studies/kashmir', '1. Recruitment by organizations')).toBe('4.1, 1. Recruitment by organizations');
    expect(shortSectionLabel('case-studies/kashmir')).toBe('4.1');
    expect(shortSectionLabel('interviews')).toBe('List of Interviews');
  });
});
