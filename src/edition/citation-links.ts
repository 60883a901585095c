/**
 * Links from the text to the reference list, for the importer (render-mdx.ts):
 * each author-date citation that names exactly one entry (found by the
 * self-audit's own reader, citationsIn, and matched by citedEntry) becomes a
 * link to that entry on /references/; each entry there is wrapped in an
 * element with its id. The markup wraps the printed words and never changes
 * them; a citation that names no entry unambiguously stays plain text.
 */
import { citationsIn, type AuthorDateCitation } from '../source/audit-text.ts';
import { citedEntry, type ReferenceEntry } from '../knowledge/data-notes/citations.ts';
import { referenceHref } from '../knowledge/reference-ids.ts';
import type { Wrap } from './held-places.ts';

/** What the importer reads of an entry of the reference list (content/references/). */
export type CitableReference = Pick<ReferenceEntry, 'id' | 'text' | 'authors' | 'year'>;

type Form = AuthorDateCitation['form'];

/** A link to the entry each citation in `raw` names (of the given forms), as stretches to wrap. */
export function citationWraps(raw: string, references: readonly CitableReference[], forms: readonly Form[] = ['parenthetical', 'narrative']): Wrap[] {
  if (references.length === 0) return [];
  return citationsIn(raw, { page: '' })
    .filter((c) => forms.includes(c.form))
    .flatMap((c) => {
      const entry = citedEntry(c, references);
      return entry ? [{ at: c.span.at, length: c.span.text.length, render: (inner: string) => linkAfterMarks(inner, referenceHref(entry.id)) }] : [];
    });
}

/**
 * The citation as a Markdown link to its entry. Where an entity mark already
 * stands on the author's name ("<Theory …>Krueger</Theory> (2006)": the mark
 * that files the section under the theory), links cannot nest, so the name
 * keeps its mark and the rest of the citation, the year, links to the entry:
 * "Krueger (2006)" reads as a link to the theory and a link to the work. The
 * mark may have begun before the citation ("Reuven Paz's (2005)").
 */
export function linkAfterMarks(inner: string, href: string): string {
  const opens = inner.match(/<[A-Z][A-Za-z]*\s[^>]*[^/]>/g)?.length ?? 0;
  const closes = [...inner.matchAll(/<\/[A-Z][A-Za-z]*>/g)];
  // A mark may begin before the citation ("<Theory …>Reuven Paz</Theory>'s (2005)"), never end after it.
  if (opens > closes.length) throw new Error(`Importer: an entity mark runs past the end of the citation "${inner}"`);
  const last = closes.at(-1);
  if (!last) return `[${inner}](${href})`;
  const end = last.index + last[0].length;
  const [, between = '', rest = ''] = /^((?:['’]s)?[\s,]*)([\s\S]*)$/.exec(inner.slice(end)) ?? [];
  return rest === '' ? inner : `${inner.slice(0, end)}${between}[${rest}](${href})`;
}
