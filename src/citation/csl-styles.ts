/**
 * The four citation styles and what citeproc (through citation-js) makes of
 * an item in each: its reference-list entry and its in-text citation. No
 * citation is assembled from strings here: the official CSL styles decide
 * every comma (see styles/README.md for where they come from).
 *
 * This module reads no file: the styles' XML is registered by the caller
 * (format.ts in the build's own thread, format-worker.ts on a worker thread),
 * so that both format with the same code and the same files.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CslItem } from './csl.ts';

/** The style files, under names of their own (citation-js's bundled `apa` and `harvard1` stay as they are). */
export const STYLE_TEMPLATES = ['apa-7-no-author', 'chicago-author-date', 'modern-language-association', 'harvard-cite-them-right-no-author'] as const;
export type StyleTemplate = (typeof STYLE_TEMPLATES)[number];

/** The XML of each style and of the locale citation-js lacks (en-GB). */
export interface StyleFiles {
  styles: Record<StyleTemplate, string>;
  localeEnGb: string;
}

export interface CitationStyle {
  id: 'apa' | 'chicago' | 'mla' | 'harvard';
  /** Label on the page. */
  label: string;
  /** citation-js template name: a file of styles/. */
  template: StyleTemplate;
  /** CSL locale: American styles use en-US; Cite Them Right is British (dates "1 June 2025", ‘single quotes’). */
  lang: 'en-US' | 'en-GB';
}

export const STYLES: readonly CitationStyle[] = [
  { id: 'apa', label: 'APA (7th edition)', template: 'apa-7-no-author', lang: 'en-US' },
  { id: 'chicago', label: 'Chicago (author-date, 18th edition)', template: 'chicago-author-date', lang: 'en-US' },
  { id: 'mla', label: 'MLA (9th edition)', template: 'modern-language-association', lang: 'en-US' },
  { id: 'harvard', label: 'Harvard (Cite Them Right, 12th edition)', template: 'harvard-cite-them-right-no-author', lang: 'en-GB' },
];

/** The style whose plain-text reference is printed under every citable page's title (PageTitle.astro): the first shown. */
export const PRINTED_STYLE = STYLES[0]!;

/** Registers the styles with citation-js, once per thread. */
export function registerStyles(files: StyleFiles): void {
  const csl = plugins.config.get('@csl');
  for (const name of STYLE_TEMPLATES) if (!csl.styles.has(name)) csl.styles.add(name, files.styles[name]);
  if (!csl.locales.has('en-GB')) csl.locales.add('en-GB', files.localeEnGb);
}

/** The reference-list entry, as plain text or HTML (italics as <i>). */
export function reference(item: CslItem, style: CitationStyle, format: 'text' | 'html'): string {
  const options = { template: style.template, lang: style.lang, format };
  if (format === 'text') return String(new Cite([item]).format('bibliography', options)).trim();
  const entries = new Cite([item]).format('bibliography', { ...options, asEntryArray: true }) as Array<[string, string]>;
  return entryContent(
    item,
    style,
    entries.map(([, entry]) => entry),
  );
}

/**
 * The parenthetical in-text citation, e.g. (“4. Results,” 2019), as plain
 * text or HTML: a title that stands for the missing author keeps its italics
 * in HTML ((<i>Pakistani Foreign Fighters</i>, 2019)).
 */
export function inText(item: CslItem, style: CitationStyle, format: 'text' | 'html' = 'text'): string {
  return String(new Cite([item]).format('citation', { template: style.template, lang: style.lang, format })).trim();
}

/** The forms of one item in one style that the pages show: formatted together, on one thread. */
export interface StyleForms {
  html: string;
  inTextHtml: string;
  /** The plain-text reference, for the printed style only (the others are formatted when first read). */
  text?: string;
}

/** What citeproc's engine (citeproc-js, as citation-js prepares it) is asked here. */
interface CslEngine {
  /** The keys of the style's <sort> elements, compiled: what citeproc renders for every item it is given. */
  bibliography_sort: { tokens: unknown[] };
  citation_sort: { tokens: unknown[] };
  rebuildProcessorState(citations: unknown[], mode: 'html' | 'text', uncited: string[]): Array<[string, number, string]>;
  makeBibliography(): false | [unknown, string[]];
  setOutputFormat(mode: 'html' | 'text'): void;
}

/** The content of the one reference-list entry citeproc wrote, without its <div class="csl-entry">: pages supply their own wrapper. */
function entryContent(item: CslItem, style: CitationStyle, entries: readonly string[]): string {
  const entry = entries.length === 1 ? /^<div[^>]*class="csl-entry"[^>]*>([^]*)<\/div>$/.exec(entries[0]!.trim()) : null;
  if (!entry) throw new Error(`Unexpected citeproc HTML for ${item.id} in ${style.id}: ${JSON.stringify(entries)}`);
  return entry[1]!.trim();
}

/** The entries of the bibliography of what the engine holds (none where the style has no bibliography). */
const bibliographyEntries = (engine: CslEngine): string[] => {
  const bibliography = engine.makeBibliography();
  return bibliography ? bibliography[1] : [];
};

/**
 * Runs `work` with the engine's sort keys set aside. An engine that holds one
 * item has nothing to sort, yet citeproc renders every item's sort keys (the
 * style's sort macros) whenever items are entered: a third of the time per
 * item. With no keys it treats the style as one without <sort>, a case it
 * supports. The keys are put back after, so citation-js's own outputs, which
 * share the engine, sort as the style says.
 */
function withoutSorting<T>(engine: CslEngine, work: () => T): T {
  const keys = [engine.bibliography_sort.tokens, engine.citation_sort.tokens] as const;
  engine.bibliography_sort.tokens = [];
  engine.citation_sort.tokens = [];
  try {
    return work();
  } finally {
    [engine.bibliography_sort.tokens, engine.citation_sort.tokens] = keys;
  }
}

/**
 * The forms the pages show, in every style, in the order of STYLES: the same
 * calls to citeproc as citation-js's `citation` and `bibliography` outputs
 * make (reference() and inText() above, which the tests compare with these),
 * with the item entered into the engine once per style rather than once per
 * form: that entry (sorting, disambiguation) was most of the cost; and
 * without the sorting, which one item does not need.
 */
export function shownForms(item: CslItem): StyleForms[] {
  const csl = plugins.config.get('@csl');
  return STYLES.map((style) => {
    const engine = csl.engine([item], style.template, style.lang, 'html') as CslEngine;
    return withoutSorting(engine, () => {
      // citation-js's `citation` output: one citation of the item, in a text (not a note).
      const [cited] = engine.rebuildProcessorState([{ citationItems: [{ id: item.id }], properties: { noteIndex: 0 } }], 'html', []);
      if (!cited) throw new Error(`citeproc gave no in-text citation for ${item.id} in ${style.id}`);
      const forms: StyleForms = { html: entryContent(item, style, bibliographyEntries(engine)), inTextHtml: cited[2].trim() };
      if (style === PRINTED_STYLE) {
        engine.setOutputFormat('text');
        forms.text = bibliographyEntries(engine).join('').trim();
      }
      return forms;
    });
  });
}
