/**
 * Every name an entity goes by, from its data: the names readers search for.
 * Entity pages show these in two lines, weighted high in the search index so
 * that each name finds its page: the names the thesis prints ("In the thesis")
 * and, apart and labelled editorial with their reasons, names in wider use
 * that it does not ("Also known elsewhere as").
 */
import type { Editorial } from '../knowledge/provenance.ts';
import type { Driver, Group, Organization, Theory } from '../knowledge/schemas.ts';

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

/** A name or query for comparison: case, accents, hyphens and punctuation ignored ("Lashkar-e-Jhngi" → "lashkar e jhngi"). */
export function nameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
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

/** Every name of an entity, thesis's and editorial alike: what search and JSON-LD `alternateName` may use. */
export function allNames(names: EntityNames | { spellings: string[]; elsewhere: Array<Editorial<string>> }): string[] {
  return 'inThesis' in names ? [...names.inThesis, ...names.elsewhere.map((n) => n.value)] : [...names.spellings, ...names.elsewhere.map((n) => n.value)];
}
