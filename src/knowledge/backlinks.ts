/**
 * The backlink index: for each entity, the sections of the thesis that mention
 * it, computed from the marks in the chapter MDX (`<Driver id="…">`,
 * `<Org id="…">`, `<Interviewee n={…}>` …). Never written by hand.
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

/** Every mark in one MDX document, with the section it stands in. */
export function findMarks(page: string, mdx: string): MarkUse[] {
  const uses: MarkUse[] = [];
  let heading: string | undefined;
  mdx.split('\n').forEach((line, i) => {
    const h = /^#{2,6}\s+(.*)$/.exec(line);
    if (h) heading = (h[1] ?? '').replace(/\\(.)/g, '$1');
    for (const m of line.matchAll(MARK)) {
      const kind = kindOfTag(m[1] ?? '');
      if (!kind) continue;
      uses.push({ kind, id: m[2] ?? m[3] ?? '', page, ...(heading ? { heading } : {}), line: i + 1 });
    }
  });
  return uses;
}

/** The index: entityKey(kind, id) → the distinct sections that mention it, in reading order. */
export function buildBacklinks(uses: readonly MarkUse[]): Map<string, Mention[]> {
  const index = new Map<string, Mention[]>();
  for (const use of uses) {
    const key = entityKey(use.kind, use.id);
    const href = `/${use.page}/${use.heading ? `#${headingAnchor(use.heading)}` : ''}`;
    const list = index.get(key) ?? [];
    if (!list.some((m) => m.href === href)) list.push({ page: use.page, ...(use.heading ? { heading: use.heading } : {}), href });
    index.set(key, list);
  }
  return index;
}
