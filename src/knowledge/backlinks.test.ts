import { describe, expect, it } from 'vitest';
import { buildBacklinks, findMarks } from './backlinks.ts';

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
