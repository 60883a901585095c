/**
 * Links from the table of contents and the List of Tables (front matter) to
 * the parts, sections and tables they list, found in the document model: a
 * table's row links to #table-N on the part that prints it; a section's row
 * links to its heading where the text's heading has the same number and
 * title as the contents (it does not always: see the editorial notes),
 * otherwise to the part.
 */
import type { ThesisDocument } from '../source/document.ts';

const plain = (s: string) => s.toLowerCase().replace(/[“”"]/g, '').trim();

/** "4.1.2" of "4.1.2. Drivers …"; undefined for an unnumbered heading. */
const numberOf = (heading: string) => /^(\d+(?:\.\d+)*)\.\s?/.exec(heading)?.[1];

export function contentsHref(number: string, title: string, doc: ThesisDocument): string | undefined {
  if (number === '') {
    const part = doc.parts.find((p) => p.heading === title);
    return part ? `/${part.slug}/` : undefined;
  }
  const table = /^Table (\d+)$/.exec(number);
  if (table) {
    const printed = doc.tables.get(Number(table[1]));
    return printed ? `/${printed.part}/#table-${printed.number}` : undefined;
  }
  const wanted = number.replace(/\.$/, '');
  // The part whose own number is the longest that the row's number starts with ("4.1" for "4.1.2").
  const part = doc.parts
    .map((p) => ({ p, n: numberOf(p.heading) }))
    .filter(({ n }) => n !== undefined && (wanted === n || wanted.startsWith(`${n}.`)))
    .sort((a, b) => (b.n?.length ?? 0) - (a.n?.length ?? 0))[0]?.p;
  if (!part) return undefined;
  if (!/^\d+\.\d/.test(number)) return `/${part.slug}/`;
  const heading = part.blocks.find((b) => b.kind === 'heading' && b.text.startsWith(wanted) && plain(b.text.replace(/^[\d.]+\s?/, '')) === plain(title));
  return heading?.kind === 'heading' ? `/${part.slug}/#${heading.anchor}` : `/${part.slug}/`;
}
