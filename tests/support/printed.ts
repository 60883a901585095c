/**
 * Whether the thesis prints a name: the name, normalised as the other text
 * tests normalise (quotes, dashes, whitespace), found in the source as whole
 * words, ignoring case. A short acronym (one word of at most five letters:
 * "HuM", "JI", "LeT") keeps its case, or "HuM" would be found in "Hum News"
 * and "JI" in any "ji".
 */
import { normalise, source } from './thesis-source.ts';

const text = normalise(source);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function isAcronymLike(name: string): boolean {
  return !/\s/.test(name.trim()) && name.trim().length <= 5;
}

export function printedIn(haystack: string, name: string): boolean {
  const needle = normalise(name);
  if (needle === '') return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(needle)}(?![\\p{L}\\p{N}])`, isAcronymLike(needle) ? 'u' : 'iu').test(normalise(haystack));
}

/** Whether the thesis (content/source/thesis.txt) prints `name`. */
export function thesisPrints(name: string): boolean {
  const needle = normalise(name);
  if (needle === '') return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(needle)}(?![\\p{L}\\p{N}])`, isAcronymLike(needle) ? 'u' : 'iu').test(text);
}
