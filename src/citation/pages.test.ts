import { readFileSync } from 'node:fs';
import { readThesis } from '../source/document.ts';
import { describe, expect, it } from 'vitest';
import { THESIS_PAGES } from '../source/parts.ts';
import { PART_PAGES } from './page-ranges.ts';
import {
  citablePages,
  downloadPath,
  entityPages,
  findingTitle,
  INDEX_PAGES,
  indexPages,
  isThesisPart,
  properNouns,
  tablesOfPart,
  thesisPages,
  thesisPageTitle,
  viewPages,
  type EntitySource,
} from './pages.ts';

const entry = <T>(id: string, data: T) => ({ id, data });

/** A knowledge base of one entry per kind. */
const KB = {
  conflicts: [entry('kashmir', { order: 1, name: 'Kashmir', caseStudy: 'case-studies/kashmir', table: 6 })],
  drivers: [
    entry('recruitment', {
      number: 3,
      name: 'Recruitment by Individuals or Organizations',
      shortName: 'Recruitment',
      aliases: [],
      description: 'Recruiters.',
      descriptionFrom: [],
      uniqueToThisStudy: false,
    }),
  ],
  groups: [
    entry('kashmiri-fighters', {
      order: 3,
      name: 'Kashmiri Fighters',
      conflict: 'kashmir',
      aliases: [],
      description: 'Fighters in Kashmir.',
      descriptionFrom: [],
    }),
    entry('iskp', { order: 2, name: 'ISKP', conflict: 'afghanistan', aliases: [], description: 'IS Khurasan.', descriptionFrom: [] }),
  ],
  theories: [
    entry('moghaddam-staircase', {
      name: 'Staircase to terrorism',
      authors: ['Moghaddam, F. M.'],
      year: 2005,
      model: 'cause-and-process',
      stages: [],
      levels: [],
      aliases: [],
      summary: 'Six floors.',
      section: { page: 'chapters/framework' },
      drivers: [],
    }),
  ],
  organizations: [
    entry('lashkar-e-taiba', {
      name: 'Lashkar-e-Taiba',
      spellings: ['Lashkar-e-Taiba', 'Lashkar-e-Tayyiba'],
      otherNames: [{ value: 'LeT', reason: 'short name in wider use' }],
      kind: 'militant group',
      role: 'A militant group.',
      conflicts: ['kashmir'],
      sections: [],
    }),
  ],
  interviewees: [
    entry('07', {
      n: 7,
      entry: 'Interview with a police officer.',
      role: 'Police officer, CTD',
      category: 'police',
      date: '2019-04-13',
      dateAsWritten: '13 April 2019',
      place: 'Lahore',
      mode: 'face-to-face',
    }),
  ],
} as unknown as EntitySource;

describe('thesis pages', () => {
  it('are all citable parts of the thesis, titled by their table-of-contents label with its number', () => {
    const pages = thesisPages();
    expect(pages.map((p) => p.path)).toEqual(THESIS_PAGES.map((p) => `/${p.slug}/`));
    expect(pages.every((p) => isThesisPart(p.kind))).toBe(true);
    expect(pages.find((p) => p.path === '/chapters/methodology/')).toMatchObject({
      title: '3. Methodology',
      citationTitle: '3. Methodology',
      kind: 'chapter',
      fileStem: 'chapters/methodology',
    });
    expect(pages.find((p) => p.path === '/chapters/framework/')).toMatchObject({ citationTitle: '2. Theoretical and conceptual framework' });
    expect(pages.find((p) => p.path === '/case-studies/kashmir/')).toMatchObject({
      title: '4.1. Case study One: Kashmir',
      citationTitle: '4.1. Case study one: Kashmir',
      kind: 'chapter',
    });
    expect(pages.find((p) => p.path === '/interviews/')).toMatchObject({
      title: 'List of Interviews',
      citationTitle: 'List of interviews',
      kind: 'thesis-part',
    });
  });

  it('give each part its printed pages from the table of contents (page-ranges.ts), the front matter none', () => {
    const pages = thesisPages();
    for (const page of pages) expect(page.pages).toBe(PART_PAGES.get(page.fileStem));
    expect(pages.filter((p) => !p.pages).map((p) => p.path)).toEqual(['/front-matter/']);
    expect(pages.find((p) => p.path === '/interviews/')?.pages).toMatchObject({ first: 60, last: 62 });
  });

  it.each([
    ['3. Methodology', '3. Methodology'],
    ['4.1. Case study One: Kashmir', '4.1. Case study One: Kashmir'],
    ['Appendix A: Questionnaire', 'Appendix A: Questionnaire'],
  ])('label %s → %s', (label, title) => {
    expect(thesisPageTitle({ slug: 'x', startsAt: 'x', label, group: 'Chapters' })).toBe(title);
  });
});

describe('entity pages', () => {
  const pages = entityPages(KB);
  const at = (path: string) => pages.find((p) => p.path === path);

  it('convert driver and host-group names to sentence case, keeping proper nouns and acronyms', () => {
    expect(at('/drivers/recruitment/')).toMatchObject({
      kind: 'driver',
      title: 'Recruitment by Individuals or Organizations',
      citationTitle: 'Recruitment by individuals or organizations',
    });
    expect(at('/groups/kashmiri-fighters/')?.citationTitle).toBe('Kashmiri fighters');
    expect(at('/groups/iskp/')?.citationTitle).toBe('ISKP');
  });

  it('keep theory names (written in sentence case), organization names and interviewee roles as printed', () => {
    expect(at('/theories/moghaddam-staircase/')?.citationTitle).toBe('Staircase to terrorism');
    expect(at('/organizations/lashkar-e-taiba/')?.citationTitle).toBe('Lashkar-e-Taiba');
    expect(at('/interviews/7/')).toMatchObject({ citationTitle: 'Interviewee 7: Police officer, CTD', fileStem: 'interviews/7' });
  });

  it('carry the facts JSON-LD states', () => {
    expect(at('/theories/moghaddam-staircase/')?.facts).toMatchObject({ authors: ['Moghaddam, F. M.'], year: 2005 });
    expect(at('/organizations/lashkar-e-taiba/')?.facts?.alternateNames).toEqual(['Lashkar-e-Tayyiba', 'LeT']);
  });

  it('learn proper nouns from the knowledge base: places, organizations, theory authors', () => {
    const nouns = properNouns(KB);
    expect(nouns).toEqual(expect.arrayContaining(['Kashmir', 'Lashkar-e-Taiba', 'LeT', 'Moghaddam']));
  });
});

describe('composed pages', () => {
  it('entity and index pages are not parts of the thesis', () => {
    expect(entityPages(KB).some((p) => isThesisPart(p.kind))).toBe(false);
    expect(indexPages().some((p) => isThesisPart(p.kind))).toBe(false);
  });

  it('the index and data pages are citable, with their own download files', () => {
    expect(indexPages().map((p) => [p.path, p.citationTitle, p.fileStem])).toEqual([
      ['/drivers/', 'Drivers', 'drivers'],
      ['/groups/', 'Host groups', 'groups'],
      ['/theories/', 'Theories', 'theories'],
      ['/organizations/', 'Organizations', 'organizations'],
      ['/data/', 'Open data and data notes', 'data'],
    ]);
  });
});

describe('citablePages', () => {
  it('indexes thesis, entity, index, data and view pages by path, with distinct download files', () => {
    const pages = citablePages(KB);
    // 6 entities; the index and data pages; 3 views and 1 comparison of the 2 host groups.
    expect(pages.size).toBe(THESIS_PAGES.length + 6 + INDEX_PAGES.length + 3 + 1);
    expect(new Set([...pages.values()].map((p) => p.fileStem)).size).toBe(pages.size);
    expect(downloadPath('drivers/recruitment', 'bib')).toBe('/cite/drivers/recruitment.bib');
  });
});

describe('view pages', () => {
  it('cite the matrix, who said what, the map and each comparison under the titles the pages show', () => {
    expect(viewPages(KB).map((p) => [p.path, p.title, p.kind, p.fileStem])).toEqual([
      ['/evidence/', 'The evidence: drivers by host group', 'view', 'evidence'],
      ['/evidence/by-category/', 'Who said what: drivers by interviewee category', 'view', 'evidence/by-category'],
      ['/map/', 'How the ideas connect', 'view', 'map'],
      ['/compare/kashmiri-fighters-vs-iskp/', 'Kashmiri Fighters and ISKP compared', 'view', 'compare/kashmiri-fighters-vs-iskp'],
    ]);
  });
});

describe('findings and tables', () => {
  it('titles a finding by its driver and host group', () => {
    expect(findingTitle('Recruitment by individuals or organizations', 'ISKP')).toBe('Recruitment by individuals or organizations: ISKP');
  });

  it('finds the tables of a part of the thesis with their captions as printed, in order', () => {
    const doc = readThesis(readFileSync(new URL('../../content/source/thesis.txt', import.meta.url), 'utf8'));
    expect(tablesOfPart(doc, 'chapters/methodology').map((t) => t.n)).toEqual([3, 4, 5]);
    expect(tablesOfPart(doc, 'chapters/methodology')[1]?.caption).toBe('Table 4: Unique Drivers Mentioned by Interviewees');
    expect(tablesOfPart(doc, 'chapters/introduction')).toEqual([]);
  });
});
