/**
 * The backlink index: for each entity, the sections of the thesis that
 * mention it (mentions.ts: the marks and the case studies' driver sections),
 * and for each entry of the reference list, the sections whose author-date
 * citations link to it (citation-links.ts). Both are computed on the
 * document model, never written by hand and never read back from a page.
 */
import type { SectionRef } from '../source/section-ref.ts';
import { entityKey, type EntityKind } from './kinds.ts';
import { sectionHref } from './sections.ts';

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

/** Key → the distinct sections of the uses under that key, in the order given (reading order). */
function sectionsByKey<U extends { section: SectionRef }>(uses: readonly U[], keyOf: (use: U) => string): Map<string, Mention[]> {
  const index = new Map<string, Mention[]>();
  for (const use of uses) {
    const key = keyOf(use);
    const { page, heading } = use.section;
    const href = sectionHref(use.section);
    const list = index.get(key) ?? [];
    if (!list.some((m) => m.href === href)) list.push({ page, ...(heading ? { heading } : {}), href });
    index.set(key, list);
  }
  return index;
}

/** The index: entityKey(kind, id) → the distinct sections that mention it, in reading order. */
export function buildBacklinks(uses: ReadonlyArray<{ kind: EntityKind; id: string; section: SectionRef }>): Map<string, Mention[]> {
  return sectionsByKey(uses, (use) => entityKey(use.kind, use.id));
}

/** Reference entry id → the distinct sections whose citations link to it, in reading order. */
export function buildCitedIn(uses: ReadonlyArray<{ id: string; section: SectionRef }>): Map<string, Mention[]> {
  return sectionsByKey(uses, (use) => use.id);
}
