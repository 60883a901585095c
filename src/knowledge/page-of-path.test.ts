import { describe, expect, it } from 'vitest';
import { ENTITY_KIND_NAMES, entityPath, kindIndexPath } from './kinds.ts';
import { pageOfPath } from './page-of-path.ts';
import { comparePath, EVIDENCE_PATH, MAP_PATH } from './view-paths.ts';
import { THESIS_PAGES } from '../source/parts.ts';

describe('pageOfPath', () => {
  it('knows every part of the thesis by its slug, the case studies among them', () => {
    for (const part of THESIS_PAGES) {
      expect(pageOfPath(`/${part.slug}/`)).toEqual({ kind: 'thesis-part', part, isCaseStudy: part.group === 'Case studies' });
    }
    expect(THESIS_PAGES.filter((part) => (pageOfPath(`/${part.slug}/`) as { isCaseStudy?: boolean }).isCaseStudy)).toHaveLength(3);
  });

  it("knows every kind of entity by its folder, and every kind's index, except the List of Interviews, which is the thesis's", () => {
    for (const kind of ENTITY_KIND_NAMES) {
      const id = kind === 'interviewee' ? 7 : 'some-id';
      expect(pageOfPath(entityPath(kind, id))).toEqual({ kind: 'entity', entity: kind, id: String(id) });
      const index = pageOfPath(kindIndexPath(kind));
      expect(index.kind).toBe(kindIndexPath(kind) === '/interviews/' ? 'thesis-part' : 'index');
    }
  });

  it.each([
    ['/', 'home'],
    [EVIDENCE_PATH, 'view'],
    [MAP_PATH, 'view'],
    [comparePath('iskp', 'shia-fighters'), 'view'],
    ['/compare/', 'other'],
    ['/data/', 'data'],
    ['/search/', 'other'],
    ['/related-research/', 'other'],
    ['/drivers/recruitment/extra/', 'other'],
  ] as const)('%s is a page of kind %s', (path, kind) => {
    expect(pageOfPath(path).kind).toBe(kind);
  });

  it('reads a path without its final slash as the same page', () => {
    expect(pageOfPath('/drivers/recruitment')).toEqual(pageOfPath('/drivers/recruitment/'));
    expect(pageOfPath('')).toEqual({ kind: 'home' });
  });
});
