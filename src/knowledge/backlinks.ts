/**
 * The backlink index: for each entity, the sections of the thesis that mention
 * it, computed from the marks in the chapter MDX (`<Driver id="…">`,
 * `<Org id="…">`, `<Interviewee n={…}>` …); and for each entry of the
 * reference list, the sections whose author-date citations link to it.
 * Never written by hand.
 */
import { entityKey, kindOfTag, MARK_TAGS, type EntityKind } from './kinds.ts';
import { headingAnchor } from './sections.ts';

export interface Mention {
  /** Docs page slug, e.g. "case-studies/kashmir". */
  page: string;
  /** The heading of the section, as printed; undefined for the page's opening. */
  heading?: string;
  /** URL of the section: page plus heading anchor. */
  href: string;
  /** A section the entity's description on its page is drawn from (not only a mention). */
  source?: boolean;
}

export interface MarkUse {
  kind: EntityKind;
  id: string;
  page: string;
  heading?: string;
  /** 1-based line in the MDX file, for error messages. */
  line: number;
}

/** `<Tag id="…">` or `<Tag n={…}>` for every mark tag of the registry (src/knowledge/kinds.ts). */
const MARK = new RegExp(String.raw`<(${MARK_TAGS.join('|')})\s+(?:id="([^"]*)"|n=\{(\d+)\})`, 'g');

/** Each line of an MDX document with the heading of the section it stands in (undefined for the page's opening). */
function linesInSections(mdx: string): Array<{ line: string; heading: string | undefined; n: number }> {
  let heading: string | undefined;
  return mdx.split('\n').map((line, i) => {
    const h = /^#{2,6}\s+(.*)$/.exec(line);
    if (h) heading = (h[1] ?? '').replace(/\\(.)/g, '$1');
    return { line, heading, n: i + 1 };
  });
}

/** Every mark in one MDX document, with the section it stands in. */
export function findMarks(page: string, mdx: string): MarkUse[] {
  return linesInSections(mdx).flatMap(({ line, heading, n }) =>
    [...line.matchAll(MARK)].flatMap((m) => {
      const kind = kindOfTag(m[1] ?? '');
      return kind ? [{ kind, id: m[2] ?? m[3] ?? '', page, ...(heading ? { heading } : {}), line: n }] : [];
    }),
  );
}

/** A link from an author-date citation to its entry on /references/ (the importer's, src/edition/citation-links.ts). */
export interface CitationUse {
  /** The entry's id in content/references/. */
  id: string;
  page: string;
  heading?: string;
}

const CITATION_LINK = /\]\(\/references\/#([a-z0-9-]+)\)/g;

/** Every citation link in one MDX document, with the section it stands in. */
export function findCitationLinks(page: string, mdx: string): CitationUse[] {
  return linesInSections(mdx).flatMap(({ line, heading }) =>
    [...line.matchAll(CITATION_LINK)].map((m) => ({ id: m[1] ?? '', page, ...(heading ? { heading } : {}) })),
  );
}

/** Key → the distinct sections of the uses under that key, in the order given (reading order). */
function sectionsByKey<U extends { page: string; heading?: string }>(uses: readonly U[], keyOf: (use: U) => string): Map<string, Mention[]> {
  const index = new Map<string, Mention[]>();
  for (const use of uses) {
    const key = keyOf(use);
    const href = `/${use.page}/${use.heading ? `#${headingAnchor(use.heading)}` : ''}`;
    const list = index.get(key) ?? [];
    if (!list.some((m) => m.href === href)) list.push({ page: use.page, ...(use.heading ? { heading: use.heading } : {}), href });
    index.set(key, list);
  }
  return index;
}

/** The index: entityKey(kind, id) → the distinct sections that mention it, in reading order. */
export function buildBacklinks(uses: readonly MarkUse[]): Map<string, Mention[]> {
  return sectionsByKey(uses, (use) => entityKey(use.kind, use.id));
}

/** Reference entry id → the distinct sections whose citations link to it, in reading order. */
export function buildCitedIn(uses: readonly CitationUse[]): Map<string, Mention[]> {
  return sectionsByKey(uses, (use) => use.id);
}
