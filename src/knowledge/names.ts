/**
 * Every name an entity goes by, from its data: the names readers search for.
 * Entity pages show these in two lines, weighted high in the search index so
 * that each name finds its page: the names the thesis prints ("In the thesis")
 * and, apart and labelled editorial with their reasons, names in wider use
 * that it does not ("Also known elsewhere as").
 */
import type { Editorial } from './provenance.ts';
import type { Driver, Group, Organization, Theory } from './schemas.ts';

/**
 * Two ways to compare names, for two jobs:
 * - `spellingKey` ignores only case and spacing: "Lashkar-e-Taiba" and
 *   "Lashkar e Taiba" stay two spellings, both shown and both indexed;
 * - `nameKey` ignores case, accents, hyphens and punctuation: a reader's query
 *   "lashkar e taiba" is the name "Lashkar-e-Taiba".
 */
export function spellingKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Characters that stand for an apostrophe, an ayn or a hamza in
 * transliterated names ("Jamāʿat", "Daʾesh", "King`s"): modifier letters
 * U+02B9–U+02BF, the grave and acute accents, the prime. Unicode counts the
 * modifier letters as letters and the accents as symbols, not punctuation,
 * so neither Pagefind (which drops only punctuation from a query) nor a
 * letters-only rule would treat them as the apostrophe they are.
 */
const APOSTROPHE_LIKE = /[\u02B9-\u02BF`\u00B4\u2032]/gu;

/** Accents dropped, apostrophe-like letters made apostrophes: what every comparison below starts from. */
function plain(text: string): string {
  return text.replace(APOSTROPHE_LIKE, "'").normalize('NFKD').replace(/\p{M}/gu, '');
}

/** A name or query for comparison: case, accents, hyphens and punctuation ignored ("Lashkar-e-Jhngi" → "lashkar e jhngi"). */
export function nameKey(text: string): string {
  return plain(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A name or query as one run of letters and digits, the way Pagefind indexes
 * a compound word ("Lashkar-e-Taiba" → "lashkaretaiba", "King's" →
 * "kings"): a reader's "Lashkar e Taiba", "LashkareTaiba" and
 * "Kings College London" are the names the data spells with hyphens and an
 * apostrophe. Used to tell whether a query is a name (results.ts). Two names
 * that differ only in where their parts are split are one name; no two
 * entities in the data have such a pair (tests/browser/search.test.ts finds
 * every name's own page first).
 */
export function compactKey(text: string): string {
  return nameKey(text).replace(/ /g, '');
}

/** What may stand between the parts of a name in a text: anything but a letter or digit, or an apostrophe-like letter. */
const BETWEEN_PARTS = `(?:[^\\p{L}\\p{N}]|${APOSTROPHE_LIKE.source})+`;

/**
 * A pattern that finds any of `names` in a text as whole words, case and
 * all, whatever stands between their parts: "LeT" is in "(LeT's camps)",
 * not in "lets fighters cross" or "Let us"; "Lashkar-e-Taiba" is in
 * "Lashkar e Taiba". Accents in the names are dropped; the thesis prints
 * names without them. None for no names. A regular expression rather than
 * a normalised copy of the text: a search tests a few of these on the texts
 * of up to twenty pages, and a test stops at the first match.
 */
export function namePattern(names: readonly string[]): RegExp | undefined {
  const alternatives = names
    // The parts are letters and digits only, so nothing in them needs escaping.
    .map((name) => (plain(name).match(/[\p{L}\p{N}]+/gu) ?? []).join(BETWEEN_PARTS))
    .filter((alternative) => alternative !== '');
  if (alternatives.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...new Set(alternatives)].join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * The query as Pagefind should read it: apostrophe-like letters made
 * apostrophes, which Pagefind drops as it drops "'" and "’" (its
 * search() removes punctuation, then accents). So "Jamāʿat-e-Islami" finds
 * "Jamaat-e-Islami" as "Jama'at-e-Islami" would.
 */
export function searchTerm(query: string): string {
  return query.replace(APOSTROPHE_LIKE, "'").trim();
}

/** Drops repeats (ignoring case and spacing), keeping the first spelling seen, in order. */
export function distinctNames(names: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const key = spellingKey(name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(name.trim());
  }
  return out;
}

/** Names other than `title`, the one the page's heading already shows. */
export function otherNames(title: string, names: Iterable<string>): string[] {
  const key = spellingKey(title);
  return distinctNames(names).filter((n) => spellingKey(n) !== key);
}

/** An entity's names: those the thesis prints, and those in wider use that it does not, each with why the site lists it. */
export interface EntityNames {
  inThesis: string[];
  elsewhere: Array<Editorial<string>>;
}

/** The editorial names that are not already among `shown` (ignoring case and spacing), first of each spelling kept. */
function namesElsewhere(shown: readonly string[], names: ReadonlyArray<Editorial<string>>): Array<Editorial<string>> {
  const seen = new Set(shown.map(spellingKey));
  return names.filter((n) => {
    const key = spellingKey(n.value);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function entityNames(title: string, printed: readonly string[], elsewhere: ReadonlyArray<Editorial<string>>): EntityNames {
  const inThesis = otherNames(title, printed);
  return { inThesis, elsewhere: namesElsewhere([title, ...inThesis], elsewhere) };
}

export const driverNames = (d: Driver): EntityNames => entityNames(d.name, [d.shortName, ...d.aliases], d.otherNames);
export const groupNames = (g: Group): EntityNames => entityNames(g.name, g.aliases, g.otherNames);
export const theoryNames = (t: Theory): EntityNames => entityNames(t.name, t.aliases, t.otherNames);
/**
 * Every spelling of an organization the thesis prints (its name among them,
 * when the thesis prints it), then the names in wider use that it does not.
 */
export function organizationNames(o: Organization): { spellings: string[]; elsewhere: Array<Editorial<string>> } {
  const spellings = distinctNames(o.spellings);
  return { spellings, elsewhere: namesElsewhere([o.name, ...spellings], o.otherNames) };
}
