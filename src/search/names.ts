/**
 * Every name an entity goes by, from its data: the names readers search for.
 * Entity pages show these (visible "Also called" lines, weighted high in the
 * search index), so that each alias, spelling and short name finds its page.
 */
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

export const driverNames = (d: Driver): string[] => otherNames(d.name, [d.shortName, ...d.aliases]);
export const groupNames = (g: Group): string[] => otherNames(g.name, g.aliases);
export const theoryNames = (t: Theory): string[] => otherNames(t.name, t.aliases);
/** Every spelling of an organization the thesis prints (its name among them), then the other names readers use (short names, other transliterations). */
export function organizationNames(o: Organization): { spellings: string[]; others: string[] } {
  const spellings = distinctNames(o.spellings);
  const all = distinctNames([...o.spellings, ...o.otherNames]);
  return { spellings, others: all.slice(spellings.length) };
}
