/**
 * CSL-JSON for the thesis and for any part of it on this site (a chapter, an
 * entity page, a finding, a table). CSL-JSON is the input of every citation
 * format (src/citation/format.ts) and one of the downloads.
 *
 * The model: the thesis is a `thesis` item; every page is a `chapter` whose
 * container is the thesis, with its own title and URL, the thesis's institutions
 * as publisher and its year as date. No item has an author: the thesis names
 * none, and the styles then put the title first, as each prescribes.
 * The knowledge base's data version is the `version` of the container, and its
 * date is the `accessed` date, so every citation says which state it cites.
 */
import type { ThesisMetadata } from '../knowledge/schemas.ts';
import { dateParts, type DataVersion } from './data-version.ts';
import { thesisYear } from './metadata.ts';

export interface CslDate {
  'date-parts': [[number] | [number, number] | [number, number, number]];
}

/** The CSL-JSON fields this site writes (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  type: 'thesis' | 'chapter';
  'citation-key': string;
  title: string;
  'container-title'?: string;
  genre?: string;
  publisher: string;
  issued: CslDate;
  accessed: CslDate;
  URL: string;
  version: string;
  language: string;
}

export interface CitationContext {
  meta: ThesisMetadata;
  /** Origin of the published site, without a trailing slash (src/site-url.ts). */
  siteUrl: string;
  dataVersion: DataVersion;
}

/** A part of the thesis on this site: a page, or an anchor on a page. */
export interface CitablePart {
  /** Site path, with an optional #fragment: "/drivers/recruitment/", "/drivers/recruitment/#in-iskp". */
  path: string;
  /** The part's title in sentence case (see sentence-case.ts). */
  title: string;
}

/** The absolute URL of a site path ("/drivers/recruitment/#in-iskp"); the site URL may carry a path of its own. */
export const absoluteUrl = (siteUrl: string, path: string): string => `${siteUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;

/**
 * The BibTeX key and CSL id: the title's first three words and the year
 * ("PakistaniForeignFighters2019"), then the path. BibTeX keys allow only
 * letters, digits and underscores in citation-js, so every other character
 * of the path becomes "_".
 */
export function citationKey(meta: ThesisMetadata, path = '/'): string {
  const stem = meta.title
    .split(/\s+/)
    .slice(0, 3)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .join('');
  const tail = path.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return `${stem}${thesisYear(meta)}${tail ? `_${tail}` : ''}`;
}

/** The institutions as one publisher: APA 7 (9.29) separates several publishers with semicolons. */
export const publisherOf = (meta: ThesisMetadata): string => meta.institutions.join('; ');

function common(ctx: CitationContext, path: string) {
  const { meta, dataVersion } = ctx;
  return {
    id: citationKey(meta, path),
    'citation-key': citationKey(meta, path),
    publisher: publisherOf(meta),
    issued: { 'date-parts': [[thesisYear(meta)]] } as CslDate,
    accessed: { 'date-parts': [dateParts(dataVersion.date)] } as CslDate,
    URL: absoluteUrl(ctx.siteUrl, path),
    version: dataVersion.label,
    language: meta.language,
  };
}

/** The thesis as a whole, at the site's home page. */
export function thesisItem(ctx: CitationContext): CslItem {
  return {
    ...common(ctx, '/'),
    type: 'thesis',
    title: ctx.meta.titleSentenceCase,
    genre: ctx.meta.genre,
  };
}

/** A page of the site, or an anchor on it, as a part of the thesis. */
export function partItem(ctx: CitationContext, part: CitablePart): CslItem {
  return {
    ...common(ctx, part.path),
    type: 'chapter',
    title: part.title,
    'container-title': ctx.meta.titleSentenceCase,
  };
}
