/**
 * Everything the shared parts of a page (its head, title, footer, columns and
 * search tags: the Starlight overrides in src/components/overrides/) show
 * about the page they are on, computed once per page by the route middleware
 * (src/route-data.ts) and read from `Astro.locals.pageView`. The overrides
 * render what they are given; none of them reads the URL or the data.
 */
import { tablesOfPart } from './citation/pages.ts';
import { citationForPath, dataVersion, headFor, type HeadAdditions, type PageCitation } from './citation/site.ts';
import type { DataVersion } from './citation/data-version.ts';
import { hasMarginNotes } from './edition/margin-notes.ts';
import { hasEditorialNotes } from './edition/editorial-notes.ts';
import { notesOnPage } from './edition/note-markers.ts';
import { loadKnowledge } from './knowledge/index.ts';
import { ENTITY_KINDS, kindIndexPath } from './knowledge/kinds.ts';
import { pageOfPath, type PageOfPath } from './knowledge/page-of-path.ts';
import { conflictsOfPath, kindOfPath, type Kind } from './search/facets.ts';
import { footnotesOfPart, type Part } from './source/document.ts';
import { THESIS } from './source/thesis.ts';

export interface PageView {
  /** The page's site path, without the base the site may be served under ('/drivers/recruitment/'). */
  path: string;
  /** What the page is (src/knowledge/page-of-path.ts). */
  page: PageOfPath;
  /** On an entity page, the index of its kind, for the breadcrumb ("Knowledge base › Drivers"). */
  kindIndex?: { label: string; href: string };
  /** On a part of the thesis, the part as the document model reads it. */
  part?: Part;
  /** How to cite the page, where it is citable. */
  cite: PageCitation | null;
  /** The tables a part of the thesis prints, each with its own citation in the footer. */
  tables: Array<{ n: number; caption: string }>;
  /** The version of the data the page shows. */
  version: DataVersion;
  /** The citation_* meta tags and JSON-LD of the page's head. */
  head: HeadAdditions;
  /** The Pagefind filters of the page (its kind, the conflicts it bears on), and every conflict the search can filter by. */
  search: { kind: Kind; conflicts: string[]; allConflicts: string[] };
  /** Whether the page is a part of the thesis with notes in the margin (src/edition/margin-notes.ts). */
  hasMarginNotes: boolean;
  /** Whether the page ends with "Notes on this text" (editorial or data notes) and "Footnotes". */
  endsWith: { notes: boolean; footnotes: boolean };
}

export async function pageView(pathname: string): Promise<PageView> {
  const kb = await loadKnowledge();
  const page = pageOfPath(pathname);
  const part = page.kind === 'thesis-part' ? THESIS.parts.find((p) => p.slug === page.part.slug) : undefined;
  const dataNotes = part ? notesOnPage(kb.notes, part.slug).length : 0;
  const cite = await citationForPath(pathname);
  return {
    path: pathname,
    page,
    ...(page.kind === 'entity' && { kindIndex: { label: ENTITY_KINDS[page.entity].plural, href: kindIndexPath(page.entity) } }),
    ...(part && { part }),
    cite,
    tables: cite && part ? tablesOfPart(THESIS, part.slug) : [],
    version: await dataVersion(),
    head: await headFor(pathname),
    search: { kind: kindOfPath(pathname), conflicts: conflictsOfPath(kb, pathname), allConflicts: kb.conflicts.map((c) => c.data.name) },
    hasMarginNotes: part !== undefined && hasMarginNotes(part, dataNotes),
    endsWith: { notes: part !== undefined && (hasEditorialNotes(part) || dataNotes > 0), footnotes: part !== undefined && footnotesOfPart(part).length > 0 },
  };
}
