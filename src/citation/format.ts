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
import chicagoAuthorDate from './styles/chicago-author-date.csl?raw';
import localeEnGb from './styles/locales-en-GB.xml?raw';
import mla from './styles/modern-language-association.csl?raw';
import type { CslItem } from './csl.ts';

const csl = plugins.config.get('@csl');
if (!csl.styles.has('chicago-author-date')) csl.styles.add('chicago-author-date', chicagoAuthorDate);
if (!csl.styles.has('modern-language-association')) csl.styles.add('modern-language-association', mla);
if (!csl.locales.has('en-GB')) csl.locales.add('en-GB', localeEnGb);

export interface CitationStyle {
  id: 'apa' | 'chicago' | 'mla' | 'harvard';
  /** Label on the page. */
  label: string;
  /** citation-js template name. */
  template: string;
  /** CSL locale: American styles use en-US; Cite Them Right is British (dates "1 June 2025", ‘single quotes’). */
  lang: 'en-US' | 'en-GB';
}

export const STYLES: readonly CitationStyle[] = [
  { id: 'apa', label: 'APA (7th edition)', template: 'apa', lang: 'en-US' },
  { id: 'chicago', label: 'Chicago (author-date, 18th edition)', template: 'chicago-author-date', lang: 'en-US' },
  { id: 'mla', label: 'MLA (9th edition)', template: 'modern-language-association', lang: 'en-US' },
  // citation-js calls Cite Them Right 12th edition "harvard1".
  { id: 'harvard', label: 'Harvard (Cite Them Right, 12th edition)', template: 'harvard1', lang: 'en-GB' },
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

/** The parenthetical in-text citation, e.g. (“Recruitment by Individuals or Organizations,” 2019). */
export function inText(item: CslItem, style: CitationStyle): string {
  return String(new Cite([item]).format('citation', { template: style.template, lang: style.lang, format: 'text' })).trim();
}

/**
 * BibTeX: the thesis as @mastersthesis (which Zotero's BibTeX import reads as
 * a thesis of type "Master's Thesis", with `school` as its university), a part
 * as @inbook. A web page as biblatex's @online, the entry type reference
 * managers read as a web page (classic BibTeX has none; citation-js would
 * write @misc, which comes back as a generic document).
 */
export function toBibtex(item: CslItem): string {
  const dialect = item.type === 'webpage' ? 'biblatex' : 'bibtex';
  return `${String(new Cite([item]).format(dialect, { format: 'text' })).trim()}\n`;
}

/**
 * RIS from citation-js's mapping, written one tag a line. citation-js's own
 * text output breaks values every 70 characters in the middle of words, and
 * reference managers join such continuation lines with a space (Zotero's RIS
 * import does), which would put a space inside a word of the title.
 * Lines end with CRLF, as the RIS specification and Zotero's export do.
 * The ID is the citation key, unique per file.
 */
export function toRis(item: CslItem): string {
  const [entry] = new Cite([item]).format('ris', { format: 'object' }) as Array<Record<string, string | number | Array<string | number>>>;
  if (!entry || !entry['TY']) throw new Error(`citation-js gave no RIS record for ${item.id}`);
  // citation-js cuts ID to 20 characters, which leaves every file of this site
  // the same ID ("PakistaniForeignFigh"); the full citation key is unique per file.
  entry['ID'] = item['citation-key'];
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
}

export interface FormattedCitation {
  item: CslItem;
  styles: FormattedStyle[];
  bibtex: string;
  ris: string;
  cslJson: string;
}

/** Every format for one item. */
export function formatAll(item: CslItem): FormattedCitation {
  return {
    item,
    styles: STYLES.map((style) => ({ style, text: reference(item, style, 'text'), html: reference(item, style, 'html'), inText: inText(item, style) })),
    bibtex: toBibtex(item),
    ris: toRis(item),
    cslJson: toCslJson(item),
  };
}
