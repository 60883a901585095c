/**
 * Data notes of the citations family: the author-date citations of the text
 * against the reference list, names compared as the thesis prints them
 * (src/source/author-names.ts). See rules.ts for what each kind means.
 */
import type { AuthorDateCitation } from '../../source/audit-text.ts';
import { citedNames, entryNames, nameWords, nearName, sameName } from '../../source/author-names.ts';
import type { DataNote, SectionLabel } from './rules.ts';

/** An entry of the reference list, as content/references/ holds it. */
export interface ReferenceEntry {
  id: string;
  text: string;
  authors: string;
  year: string;
  duplicates: readonly string[];
}

/** Page ranges an entry prints for the work (not in its title, not paragraphs): "22(2), 267-291" → [267, 291]. */
export function pageRanges(entry: ReferenceEntry): Array<[number, number]> {
  return [entry.text, ...entry.duplicates].flatMap((text) =>
    [
      ...text
        .replace(/\*[^*]*\*/g, ' ')
        .replace(/<[^>]*>|https?:\S+/g, ' ')
        .replace(/para\.?\s*\d+(?:\s*-\s*\d+)?/gi, ' ')
        .matchAll(/(?:^|[\s,(])(\d+)\s*[-–]\s*(\d+)/g),
    ]
      .map((m) => [Number(m[1]), Number(m[2])] as [number, number])
      .filter(([from, to]) => from < to && to < 1900 && from !== 0),
  );
}

/**
 * The one reference entry an author-date citation names, or undefined where
 * it names none unambiguously: the entry's first author is the citation's
 * first name (by the audit's own name rules, sameName) and its year is the
 * cited year, and no other entry is. So a citation the audit notes for its
 * spelling, year or missing entry names none (they match no entry), and
 * neither do "Roy, 2002" (two entries of 2002) or "Fair, 2013" (Fair is
 * the entry's second author): the importer links what this returns, and
 * only that, to the entry on /references/.
 */
export function citedEntry<T extends Pick<ReferenceEntry, 'authors' | 'year'>>(
  citation: Pick<AuthorDateCitation, 'authors' | 'year'>,
  references: readonly T[],
): T | undefined {
  const first = citedNames(citation.authors)[0];
  if (!first) return undefined;
  const matches = references.filter((r) => {
    // An agency's initials ("AFP") are no person's name, and the whole field is its name.
    const firstAuthor = entryNames(r.authors)[0] ?? r.authors;
    return r.year === citation.year && sameName(first, firstAuthor);
  });
  return matches.length === 1 ? matches[0] : undefined;
}

type CitationProblem = 'citation-no-entry' | 'citation-year' | 'citation-page' | 'citation-spelling';

/**
 * Author-date citations of the text against the reference list. Per citation
 * (one note for all places that print it alike):
 * - citation-no-entry: a parenthetical citation whose author no entry has, under any spelling;
 * - citation-spelling: the author is spelled differently from the entry of that year ("Sterm" / "Stern");
 * - citation-year: entries under that author, none of that year ("Bakker & Coolsaet (2008)" / 2011);
 * - citation-page: the cited page lies outside every page range the entry prints.
 * Narrative citations and table rows whose name matches no entry at all are
 * not counted as citations (they may be a government or a place).
 */
export function checkCitations(citations: readonly AuthorDateCitation[], references: readonly ReferenceEntry[], label: SectionLabel): DataNote[] {
  const groups = new Map<string, { problem: CitationProblem; citation: AuthorDateCitation; places: AuthorDateCitation[]; entries: ReferenceEntry[] }>();
  for (const c of citations) {
    const first = citedNames(c.authors)[0];
    if (!first) continue;
    const named = references.filter((r) => entryNames(r.authors).some((n) => sameName(first, n)) || sameName(c.authors, r.authors));
    let problem: CitationProblem | null = null;
    let entries: ReferenceEntry[] = [];
    if (named.length) {
      const sameYear = named.filter((r) => r.year.includes(c.year));
      if (!sameYear.length) {
        problem = 'citation-year';
        entries = named;
      } else if (c.page) {
        const cited = c.page.split('-').map(Number);
        const withRanges = sameYear.filter((r) => pageRanges(r).length > 0);
        if (withRanges.length === sameYear.length && withRanges.every((r) => pageRanges(r).every(([from, to]) => cited.some((p) => p < from || p > to)))) {
          problem = 'citation-page';
          entries = withRanges;
        }
      }
    } else {
      const near = references.filter((r) => r.year.includes(c.year) && entryNames(r.authors).some((n) => nearName(first, n)));
      if (near.length) {
        problem = 'citation-spelling';
        entries = near;
      } else if (c.form === 'parenthetical') {
        problem = 'citation-no-entry';
      }
    }
    if (!problem) continue;
    const key = `${problem}-${nameWords(first).join('-')}-${c.year}${problem === 'citation-page' ? `-p${c.page}` : ''}`;
    const group = groups.get(key);
    if (group) group.places.push(c);
    else groups.set(key, { problem, citation: c, places: [c], entries });
  }
  return [...groups.entries()].map(([key, { problem, citation: c, places, entries }]) => {
    const first = citedNames(c.authors)[0]!;
    const who = c.authors.replace(/['’]s$/, '').replace(/,$/, '');
    const printed = [...new Set(places.map((p) => p.asWritten))];
    const ranges = entries.flatMap((e) => pageRanges(e).map(([a, b]) => `${a}-${b}`));
    // An entry may print no year of publication, only when it was accessed ("Accessed 2019, May 12").
    const years = [...new Set(entries.map((e) => e.year))];
    const published = years.filter((y) => /^\d{4}[a-z]?$/.test(y));
    const undated = years.filter((y) => !published.includes(y));
    const entryYears = [
      ...(published.length ? [`${first} only for ${published.join(', ')}`] : []),
      ...(undated.length
        ? [`${published.length ? 'and an entry' : `its entry for ${first}`} with no year of publication (it prints "${undated.join('", "')}")`]
        : []),
    ].join(' ');
    const spelled = entries[0] ? entryNames(entries[0].authors).find((n) => nearName(first, n)) : undefined;
    const message =
      problem === 'citation-no-entry'
        ? `The text cites ${who} (${c.year}); the reference list has no entry under ${first}.`
        : problem === 'citation-spelling'
          ? `The text spells the author "${first}"; the reference list's entry of ${c.year} spells it "${spelled}".`
          : problem === 'citation-year'
            ? `The text cites ${who} (${c.year}); the reference list has ${entryYears}.`
            : `The text cites page ${c.page} of ${who} (${c.year}); the reference list gives the work's pages as ${[...new Set(ranges)].join(', ')}.`;
    const seen = new Set<string>();
    const placesOnce = places.filter((p) => {
      const k = `${p.asWritten}|${p.section.page}|${p.section.heading ?? ''}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    return {
      id: key,
      kind: problem,
      message: printed.length > 1 ? `${message} Printed as ${printed.map((p) => `"${p}"`).join(', ')}.` : message,
      sources: [
        ...placesOnce.map((p) => ({ source: `Citation in the text, ${label(p.section)}`, says: p.asWritten, section: p.section })),
        ...(entries.length
          ? entries.map((e) => ({ source: 'Reference list', says: e.text }))
          : [{ source: 'Reference list', says: `no entry under "${first}"` }]),
      ],
      section: c.section,
    };
  });
}
