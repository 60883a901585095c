/**
 * What the page at a URL is: the one place that reads a page's identity from
 * its address. The URLs are fixed (they are cited: tests/published-urls.txt),
 * and each kind of page has its own folder, so the address decides:
 *
 * - '/' is the home page (the thesis's title, abstract and findings);
 * - a part of the thesis is at its slug (src/source/parts.ts); '/interviews/'
 *   is the thesis's List of Interviews, '/interviews/3/' an interviewee;
 * - an entity is at '/<its kind's folder>/<id>/', the index of a kind at
 *   '/<folder>/' (src/knowledge/kinds.ts);
 * - the views that set the evidence side by side (src/knowledge/view-paths.ts);
 * - the open data under '/data/'; anything else is 'other'.
 *
 * The route middleware (src/route-data.ts), the search's facets and the
 * benchmark's page kinds all ask here.
 */
import { ENTITY_KIND_NAMES, entityOfPath, kindIndexPath, type EntityKind } from './kinds.ts';
import { isViewPath } from './view-paths.ts';
import { THESIS_PAGES, type ThesisPage } from '../source/parts.ts';

export type PageOfPath =
  | { kind: 'home' }
  | { kind: 'thesis-part'; part: ThesisPage; isCaseStudy: boolean }
  | { kind: 'entity'; entity: EntityKind; id: string }
  | { kind: 'index'; entity: EntityKind }
  | { kind: 'view' }
  | { kind: 'data' }
  | { kind: 'other' };

const PARTS_BY_PATH = new Map(THESIS_PAGES.map((part) => [`/${part.slug}/`, part]));
const INDEXES_BY_PATH = new Map(ENTITY_KIND_NAMES.map((kind) => [kindIndexPath(kind), kind]));

/** '/drivers/recruitment/' → { kind: 'entity', entity: 'driver', id: 'recruitment' }. A path without its final slash is the same page. */
export function pageOfPath(pathname: string): PageOfPath {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (path === '/') return { kind: 'home' };
  // The thesis's own pages first: '/interviews/' is the List of Interviews, not an index.
  const part = PARTS_BY_PATH.get(path);
  if (part) return { kind: 'thesis-part', part, isCaseStudy: part.group === 'Case studies' };
  const entity = entityOfPath(path);
  if (entity) return { kind: 'entity', entity: entity.kind, id: entity.id };
  const index = INDEXES_BY_PATH.get(path);
  if (index) return { kind: 'index', entity: index };
  if (isViewPath(path)) return { kind: 'view' };
  if (path.startsWith('/data/')) return { kind: 'data' };
  return { kind: 'other' };
}
