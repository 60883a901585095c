/**
 * Authors' names as the thesis prints them, and whether two printings name the
 * same person. The text spells names loosely ("Hafiz" and "Hafez", "Sterm" for
 * "Stern", "MaCauley & Moskalenk", "UN CTITF"), so every place that matches
 * a printed name against another (the citations against the reference list,
 * Table 3's citations against the theories) reads names here and compares them
 * with one function, `sameName`.
 */

/** A name as lowercase words, accents, possessives and punctuation dropped ("Hafez & Mullins's" → ["hafez", "mullins"]). */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z ]/g, '')
    .split(/\s+/)
    .filter((w) => w && w !== 'the');
}

/** The names of a citation as printed: "Hafiz & Mullins" → ["Hafiz", "Mullins"]; "Doosje, et al." → ["Doosje"]. */
export function citedNames(authors: string): string[] {
  return authors
    .replace(/,?\s*et al\.?/g, '')
    .replace(/['’]s$/, '')
    .split(/\s*(?:&|\band\b|,)\s*/)
    .map((n) => n.trim())
    .filter(Boolean);
}

/** The surnames of a reference entry's authors: "Hafez, M., & Mullins, C." → ["Hafez", "Mullins"]; "R. Hussein & Z. Omer" → ["Hussein", "Omer"]. */
export function entryNames(authors: string): string[] {
  return authors
    .replace(/\(Eds?\.\)/g, '')
    .split(/\s*(?:,|&)\s*/)
    .map((n) => n.replace(/^(?:[A-Z]\.\s*)+/, '').trim())
    .filter((n) => n && !/^(?:[A-Z]\.?\s*)+$/.test(n) && !/^[A-Z][a-z]?$/.test(n));
}

/**
 * Whether two printings name the same person or body: the same last word, one
 * name's words all among the other's ("Asad Hashim" / "Hashim"), an acronym of
 * the other ("UN CTITF"), or one the start of the other, five letters or more
 * ("Al-Islam" / "Al-Islam.org", "Moskalenk" / "Moskalenko").
 */
export function sameName(cited: string, other: string): boolean {
  const a = nameWords(cited);
  const b = nameWords(other);
  if (!a.length || !b.length) return false;
  if (a.at(-1) === b.at(-1)) return true;
  if (a.every((w) => b.includes(w)) || b.every((w) => a.includes(w))) return true;
  const acronym = other
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('')
    .toLowerCase();
  if (acronym.length >= 3 && acronym === a.join('')) return true;
  const [ca, cb] = [a.join(''), b.join('')];
  return Math.min(ca.length, cb.length) >= 5 && (ca.startsWith(cb) || cb.startsWith(ca));
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** A near spelling, not the same name: last words at most two edits apart (one for short names), e.g. "Sterm" / "Stern". */
export function nearName(cited: string, other: string): boolean {
  const a = nameWords(cited).at(-1);
  const b = nameWords(other).at(-1);
  if (!a || !b || Math.min(a.length, b.length) < 4) return false;
  return levenshtein(a, b) <= (Math.min(a.length, b.length) <= 5 ? 1 : 2);
}

/** One citation of a list as printed (Table 3): the name as printed and its year, if printed. */
export interface Citation {
  name: string;
  year: number | null;
}

/**
 * The citations of a list as Table 3 prints them, e.g. "Hafiz & Mullins, 2015;
 * Schmid, 2013, Roy 2002" or "Hegghammer) (Asad Hashim, 2013": names each
 * followed by a year where one is printed.
 */
export function parseCitations(printed: string): Citation[] {
  const out: Citation[] = [];
  for (const raw of printed.split(/[;,()]/)) {
    const token = raw.trim();
    if (!token) continue;
    const m = /^(.*?)\s*(\d{4})$/.exec(token);
    if (m && m[1] === '') {
      const last = out.at(-1);
      if (last && last.year === null) last.year = Number(m[2]);
      continue;
    }
    out.push(m ? { name: m[1]!.trim(), year: Number(m[2]) } : { name: token, year: null });
  }
  return out;
}
