/**
 * The ids of the reference list's entries, and where each stands on /references/.
 *
 * Each entry of content/references/references.yaml has an id, written once
 * in the data and never computed from the entry's place in the list: the
 * first author's surname (or the agency's or outlet's name), the co-author's
 * for two authors or "et-al" for more, then the year ("bose-1999",
 * "bakker-coolsaet-2011", "dawson-et-al-2016", "the-dawn-2014"); where two
 * entries would share it, a word of the title or the month tells them apart
 * ("roy-2002-islamic-radicalism", "bbc-news-2019-february"). So an id never
 * changes when another entry is added: a new Roy (2002) gets its own suffix,
 * and no "2002a"/"2002b" shifts under it. The id is the entry's key in
 * /data/references.json and its anchor on /references/ (`/references/#bose-1999`),
 * where author-date citations in the text link to it.
 */

/** Lowercase words of letters and digits joined by hyphens: readable in an address and safe as an HTML id. */
export const REFERENCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The file the ids live in, named in every problem. */
export const REFERENCES_FILE = 'content/references/references.yaml';

/** Where an entry stands on the printed reference list. */
export const referenceHref = (id: string): string => `/references/#${id}`;

/**
 * Problems with the ids of the reference list (as parsed from its YAML, before
 * any schema), one line each naming the file, the entry and the id: a missing
 * or malformed id, an id two entries share, an id without the entry's year.
 */
export function checkReferenceIds(entries: unknown): string[] {
  if (!Array.isArray(entries)) return [`${REFERENCES_FILE}: must be a list of entries`];
  const problems: string[] = [];
  const firstWith = new Map<string, number>();
  entries.forEach((entry: unknown, i) => {
    const where = `${REFERENCES_FILE}: entry ${i + 1}`;
    const fields = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
    const id = fields['id'];
    if (typeof id !== 'string' || id === '') {
      problems.push(`${where}: field "id" is missing`);
      return;
    }
    if (!REFERENCE_ID.test(id)) problems.push(`${where} (id "${id}"): field "id" must be lowercase words joined by hyphens, such as "bose-1999"`);
    const year = typeof fields['year'] === 'string' ? /^\d{4}/.exec(fields['year'])?.[0] : undefined;
    if (year && !id.includes(year)) problems.push(`${where} (id "${id}"): field "id" must contain the entry's year, ${year}`);
    const earlier = firstWith.get(id);
    if (earlier !== undefined) {
      problems.push(`${where} (id "${id}"): field "id" is already the id of entry ${earlier}; each entry needs its own (it is its anchor on /references/)`);
    } else {
      firstWith.set(id, i + 1);
    }
  });
  return problems;
}

/** One entry's words inside a printed line of /references/. */
export interface ReferenceAnchor {
  id: string;
  /** Offset of the entry's text in the printed line. */
  at: number;
  length: number;
}

/**
 * Where each entry of the data stands in the printed reference list (one
 * string per printed line, as the importer reassembles it): its `text` (the
 * first printing) is found in exactly one line. A line can hold two entries
 * (the source runs some together) and a second printing of a work holds none
 * (its anchor is the first). Throws, naming the entry, where an entry's text
 * is printed nowhere or more than once, so no citation can link to nothing.
 */
export function referenceAnchors(printed: readonly string[], references: ReadonlyArray<{ id: string; text: string }>): ReferenceAnchor[][] {
  const anchors = printed.map((): ReferenceAnchor[] => []);
  for (const { id, text } of references) {
    const lines = printed.flatMap((line, i) => (line.includes(text) ? [i] : []));
    if (lines.length !== 1) {
      throw new Error(
        `${REFERENCES_FILE} (id "${id}"): field "text" ${lines.length === 0 ? 'is not printed in the reference list of content/source/thesis.txt' : `is printed in ${lines.length} entries of the reference list`}; it must be the entry exactly as printed, once`,
      );
    }
    const line = lines[0]!;
    anchors[line]!.push({ id, at: printed[line]!.indexOf(text), length: text.length });
  }
  anchors.forEach((line, i) => {
    line.sort((a, b) => a.at - b.at);
    line.forEach((a, j) => {
      const before = line[j - 1];
      if (before && before.at + before.length > a.at)
        throw new Error(`${REFERENCES_FILE} (ids "${before.id}" and "${a.id}"): the two entries' texts overlap in printed entry ${i + 1}`);
    });
  });
  return anchors;
}
