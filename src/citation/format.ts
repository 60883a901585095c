/**
 * Formats CSL-JSON items with citation-js: APA 7, Chicago author-date, MLA and
 * Harvard references and in-text citations (csl-styles.ts), and the BibTeX,
 * RIS and CSL-JSON downloads.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { PRINTED_STYLE, STYLES, inText, reference, registerStyles, shownForms, type CitationStyle, type StyleForms } from './csl-styles.ts';
import type { CslItem } from './csl.ts';
import { STYLE_FILES } from './style-files.ts';

export { STYLES, inText, reference, type CitationStyle } from './csl-styles.ts';

registerStyles(STYLE_FILES);

export const styleById = (id: CitationStyle['id']): CitationStyle => {
  const style = STYLES.find((s) => s.id === id);
  if (!style) throw new Error(`Unknown citation style "${id}"`);
  return style;
};

/** A BibTeX entry as citation-js maps it, before it is written out: field values already escaped. */
interface BibtexEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

/** One entry as citation-js's own text output writes it: a field a line, tab-indented (format.test.ts compares the two). */
const writeBibtex = (entry: BibtexEntry): string =>
  `@${entry.type}{${entry.label},\n${Object.entries(entry.properties)
    .map(([field, value]) => `\t${field} = {${value}},\n`)
    .join('')}}\n`;

const bibtexEntry = (item: CslItem, dialect: 'bibtex' | 'biblatex'): BibtexEntry => {
  const [entry] = new Cite([item]).format(dialect, { format: 'object' }) as BibtexEntry[];
  if (!entry) throw new Error(`citation-js gave no ${dialect} entry for ${item.id}`);
  return entry;
};

/**
 * BibTeX: the thesis as @mastersthesis (which Zotero's BibTeX import reads as
 * a thesis of type "Master's Thesis", with `school` as its university), a part
 * as @inbook with its printed pages (`pages = {25--31}`). A web page as
 * biblatex's @online, the entry type reference managers read as a web page
 * (classic BibTeX has none; citation-js would write @misc, which comes back
 * as a generic document).
 *
 * citation-js's BibTeX mapping has no `abstract` field (its biblatex mapping
 * has), so a BibTeX entry takes the abstract from the biblatex mapping, escaped
 * the same way: `abstract` is no field of classic BibTeX's styles, which ignore
 * it, but reference managers read it (Zotero's BibTeX import, JabRef, BibDesk).
 * The entry is written as citation-js writes it, since its text output cannot
 * take a field its mapping lacks.
 */
export function toBibtex(item: CslItem): string {
  if (item.type === 'webpage') return writeBibtex(bibtexEntry(item, 'biblatex'));
  const entry = bibtexEntry(item, 'bibtex');
  const abstract = item.abstract ? bibtexEntry(item, 'biblatex').properties['abstract'] : undefined;
  return writeBibtex(abstract ? { ...entry, properties: { ...entry.properties, abstract } } : entry);
}

/**
 * RIS from citation-js's mapping, written one tag a line. citation-js's own
 * text output breaks values every 70 characters in the middle of words, and
 * reference managers join such continuation lines with a space (Zotero's RIS
 * import does), which would put a space inside a word of the title.
 * Lines end with CRLF, as the RIS specification and Zotero's export do.
 * The ID is the citation key, unique per file.
 *
 * Two tags are set here because citation-js's RIS mapping leaves them out
 * (its older-specification mapping, which has both, splits "25-31" into
 * "2" and "5" and turns a note into an abstract): the printed pages as SP
 * (start page) and EP (end page), as Zotero's RIS export writes a range,
 * where citation-js writes the whole range into SP; and a web page's website
 * (CSL container-title) as T2, which Zotero's RIS import reads as the
 * website title of a web page.
 */
export function toRis(item: CslItem): string {
  const [entry] = new Cite([item]).format('ris', { format: 'object' }) as Array<Record<string, string | number | Array<string | number>>>;
  if (!entry || !entry['TY']) throw new Error(`citation-js gave no RIS record for ${item.id}`);
  // citation-js cuts ID to 20 characters, which leaves every file of this site
  // the same ID ("PakistaniForeignFigh"); the full citation key is unique per file.
  entry['ID'] = item['citation-key'];
  if (item.page) {
    const [start, end] = item.page.split('-');
    entry['SP'] = start!;
    if (end) entry['EP'] = end;
  }
  if (item.type === 'webpage' && item['container-title']) entry['T2'] = item['container-title'];
  const lines = [`TY  - ${entry['TY']}`];
  for (const [tag, value] of Object.entries(entry)) {
    if (tag === 'TY') continue;
    for (const v of ([] as Array<string | number>).concat(value)) lines.push(`${tag}  - ${String(v).replace(/\s+/g, ' ')}`);
  }
  lines.push('ER  - ');
  return `${lines.join('\r\n')}\r\n`;
}

/** CSL-JSON, the array form every CSL processor and Zotero read. */
export function toCslJson(item: CslItem): string {
  return `${JSON.stringify([item], null, 2)}\n`;
}

export interface FormattedStyle {
  style: CitationStyle;
  text: string;
  html: string;
  inText: string;
  inTextHtml: string;
}

export interface FormattedCitation {
  item: CslItem;
  styles: FormattedStyle[];
  bibtex: string;
  ris: string;
  cslJson: string;
}

/**
 * One style's forms of one item, from the forms the pages show (formatted
 * together, on a worker thread in the build: format-pool.ts). The other
 * plain-text forms are read by few (the tests), so they are formatted when
 * first read: formatting was most of the build's time (about 300 citations,
 * each in four styles).
 */
function formattedStyle(item: CslItem, style: CitationStyle, forms: StyleForms): FormattedStyle {
  let text = forms.text;
  let inTextPlain: string | undefined;
  return {
    style,
    get text() {
      return (text ??= reference(item, style, 'text'));
    },
    html: forms.html,
    get inText() {
      return (inTextPlain ??= inText(item, style));
    },
    inTextHtml: forms.inTextHtml,
  };
}

/** Every format for one item, given its styles' shown forms (in the order of STYLES). */
export function citationOf(item: CslItem, forms: readonly StyleForms[]): FormattedCitation {
  if (forms.length !== STYLES.length || forms[STYLES.indexOf(PRINTED_STYLE)]?.text === undefined)
    throw new Error(`Citation ${item.id}: expected the shown forms of ${STYLES.length} styles, the printed style's text included`);
  return {
    item,
    styles: STYLES.map((style, i) => formattedStyle(item, style, forms[i]!)),
    bibtex: toBibtex(item),
    ris: toRis(item),
    cslJson: toCslJson(item),
  };
}

/** Every format for one item, formatted in this thread. */
export const formatAll = (item: CslItem): FormattedCitation => citationOf(item, shownForms(item));
