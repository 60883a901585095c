/**
 * Formats CSL-JSON items with citation-js: APA 7, Chicago author-date, MLA and
 * Harvard references and in-text citations, and the BibTeX, RIS and CSL-JSON
 * downloads. No citation is assembled from strings here: the official CSL
 * styles decide every comma (see styles/README.md for where they come from).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import apa from './styles/apa.csl?raw';
import chicagoAuthorDate from './styles/chicago-author-date.csl?raw';
import harvardCiteThemRight from './styles/harvard-cite-them-right.csl?raw';
import localeEnGb from './styles/locales-en-GB.xml?raw';
import mla from './styles/modern-language-association.csl?raw';
import type { CslItem } from './csl.ts';

/**
 * The styles, from styles/ (see its README): Chicago and MLA as published;
 * APA and Cite Them Right each with one change for a work without an author,
 * under names of their own so that citation-js's bundled `apa` and
 * `harvard1` stay as they are.
 */
const STYLE_FILES = {
  'apa-7-no-author': apa,
  'chicago-author-date': chicagoAuthorDate,
  'modern-language-association': mla,
  'harvard-cite-them-right-no-author': harvardCiteThemRight,
} as const;

const csl = plugins.config.get('@csl');
for (const [name, xml] of Object.entries(STYLE_FILES)) if (!csl.styles.has(name)) csl.styles.add(name, xml);
if (!csl.locales.has('en-GB')) csl.locales.add('en-GB', localeEnGb);

export interface CitationStyle {
  id: 'apa' | 'chicago' | 'mla' | 'harvard';
  /** Label on the page. */
  label: string;
  /** citation-js template name: a file of styles/. */
  template: keyof typeof STYLE_FILES;
  /** CSL locale: American styles use en-US; Cite Them Right is British (dates "1 June 2025", ‘single quotes’). */
  lang: 'en-US' | 'en-GB';
}

export const STYLES: readonly CitationStyle[] = [
  { id: 'apa', label: 'APA (7th edition)', template: 'apa-7-no-author', lang: 'en-US' },
  { id: 'chicago', label: 'Chicago (author-date, 18th edition)', template: 'chicago-author-date', lang: 'en-US' },
  { id: 'mla', label: 'MLA (9th edition)', template: 'modern-language-association', lang: 'en-US' },
  { id: 'harvard', label: 'Harvard (Cite Them Right, 12th edition)', template: 'harvard-cite-them-right-no-author', lang: 'en-GB' },
];

export const styleById = (id: CitationStyle['id']): CitationStyle => {
  const style = STYLES.find((s) => s.id === id);
  if (!style) throw new Error(`Unknown citation style "${id}"`);
  return style;
};

/** The reference-list entry, as plain text or HTML (italics as <i>). */
export function reference(item: CslItem, style: CitationStyle, format: 'text' | 'html'): string {
  const out = String(new Cite([item]).format('bibliography', { template: style.template, lang: style.lang, format }));
  if (format === 'text') return out.trim();
  // citeproc wraps the entry in <div class="csl-bib-body"><div class="csl-entry">…</div></div>;
  // pages supply their own wrapper, so keep only the entry's content.
  const entry = /<div[^>]*class="csl-entry"[^>]*>([^]*)<\/div>\s*<\/div>\s*$/.exec(out);
  if (!entry) throw new Error(`Unexpected citeproc HTML for ${item.id} in ${style.id}: ${out}`);
  return entry[1]!.trim();
}

/**
 * The parenthetical in-text citation, e.g. (“4. Results,” 2019), as plain
 * text or HTML: a title that stands for the missing author keeps its italics
 * in HTML ((<i>Pakistani Foreign Fighters</i>, 2019)).
 */
export function inText(item: CslItem, style: CitationStyle, format: 'text' | 'html' = 'text'): string {
  return String(new Cite([item]).format('citation', { template: style.template, lang: style.lang, format })).trim();
}

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
 * One style's forms of one item. The pages show the HTML forms; the plain-text
 * forms are read by few (the APA line printed under a page's title, the
 * tests), so they are formatted when first read: formatting was most of the
 * build's time (about 300 citations, each in four styles).
 */
function formatStyle(item: CslItem, style: CitationStyle): FormattedStyle {
  let text: string | undefined;
  let inTextPlain: string | undefined;
  return {
    style,
    get text() {
      return (text ??= reference(item, style, 'text'));
    },
    html: reference(item, style, 'html'),
    get inText() {
      return (inTextPlain ??= inText(item, style));
    },
    inTextHtml: inText(item, style, 'html'),
  };
}

/** Every format for one item. */
export function formatAll(item: CslItem): FormattedCitation {
  return {
    item,
    styles: STYLES.map((style) => formatStyle(item, style)),
    bibtex: toBibtex(item),
    ris: toRis(item),
    cslJson: toCslJson(item),
  };
}
