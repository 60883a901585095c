/**
 * CSL-JSON for the thesis and for what this site publishes from it. CSL-JSON
 * is the input of every citation format (src/citation/format.ts) and one of
 * the downloads.
 *
 * Three kinds of item, as a reference manager should store them:
 * - the thesis (home page): a `thesis` with genre "Master's thesis", the three
 *   universities as publisher, its year, its own abstract;
 * - a real part of the thesis (a chapter, a case study, the front matter, the
 *   List of Interviews, the references, the questionnaire, a table): a
 *   `chapter` whose container is the thesis, titled with its number as printed,
 *   with its printed pages (`page`, from the thesis's table of contents or
 *   List of Tables: page-ranges.ts);
 * - a page this site composes from the thesis's data (a driver, host group,
 *   theory, organization or interviewee page, a finding on one, an index or
 *   the data page): a `webpage` of the knowledge base, dated by the data
 *   version, with the thesis named in `note` as the work it is based on.
 *
 * No item has an author: the thesis names none, and the styles then put the
 * title first, as each prescribes; a long title has a short form
 * (`title-short`) for the in-text citation, where it stands for the author.
 * No item has an access date: a download is the same file for every reader,
 * so a fixed date would be wrong for all but one; styles that want one leave
 * it out. Without SITE_URL (src/site-url.ts) no item has a URL: the build
 * knows no address to give.
 */
import type { ThesisMetadata } from '../knowledge/schemas.ts';
import { dateParts, type DataVersion } from './data-version.ts';
import { thesisShortTitle, thesisYear } from './metadata.ts';
import { pageField, type PrintedPages } from './page-ranges.ts';

export interface CslDate {
  'date-parts': [[number] | [number, number] | [number, number, number]];
}

/** The CSL-JSON fields this site writes (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  type: 'thesis' | 'chapter' | 'webpage';
  'citation-key': string;
  title: string;
  /** The short title in-text citations print in place of the missing author. */
  'title-short'?: string;
  'container-title'?: string;
  genre?: string;
  publisher?: string;
  issued: CslDate;
  URL?: string;
  version: string;
  language: string;
  abstract?: string;
  /** Printed pages of a part of the thesis: "25-31", "23". */
  page?: string;
  /** For a composed page: the thesis it is based on. */
  note?: string;
}

export interface CitationContext {
  meta: ThesisMetadata;
  /** Origin of the published site, without a trailing slash (src/site-url.ts); undefined when the build was given none. */
  siteUrl: string | undefined;
  dataVersion: DataVersion;
  /** The thesis's own abstract (metadata.ts, THESIS_ABSTRACT). */
  abstract: string;
}

/** A part of the thesis on this site: a page, or an anchor on a page. */
export interface CitablePart {
  /** Site path, with an optional #fragment: "/drivers/recruitment/", "/drivers/recruitment/#in-iskp". */
  path: string;
  /** The part's title in sentence case (see sentence-case.ts). */
  title: string;
  /** A shorter title for in-text citations, where the title is long ("Table 5"). */
  shortTitle?: string | undefined;
  /** The printed pages of a real part of the thesis (page-ranges.ts); none for the front matter and composed pages. */
  pages?: PrintedPages | undefined;
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

/** The absolute URL of a site path when the site URL is known; otherwise none (never a made-up host). */
export const urlOf = (ctx: Pick<CitationContext, 'siteUrl'>, path: string): string | undefined => (ctx.siteUrl ? absoluteUrl(ctx.siteUrl, path) : undefined);

/**
 * The institutions as one publisher: APA 7 (9.29) separates several publishers
 * with semicolons. The same one value is the university in the page's tags
 * (citation_dissertation_institution, citation_publisher), so every route into
 * a reference manager names all three.
 */
export const publisherOf = (meta: ThesisMetadata): string => meta.institutions.join('; ');

/** What a composed page says of its source: the thesis, as a reference to it. */
export const basedOnNote = (meta: ThesisMetadata): string => `Based on: ${meta.titleSentenceCase} (${meta.genre}, ${publisherOf(meta)}, ${thesisYear(meta)})`;

function common(ctx: CitationContext, path: string) {
  const { meta, dataVersion } = ctx;
  const url = urlOf(ctx, path);
  return {
    id: citationKey(meta, path),
    'citation-key': citationKey(meta, path),
    ...(url ? { URL: url } : {}),
    version: dataVersion.label,
    language: meta.language,
  };
}

const yearOf = (meta: ThesisMetadata): CslDate => ({ 'date-parts': [[thesisYear(meta)]] });

/** The thesis as a whole, at the site's home page. */
export function thesisItem(ctx: CitationContext): CslItem {
  return {
    ...common(ctx, '/'),
    type: 'thesis',
    title: ctx.meta.titleSentenceCase,
    'title-short': thesisShortTitle(ctx.meta),
    genre: ctx.meta.genre,
    publisher: publisherOf(ctx.meta),
    issued: yearOf(ctx.meta),
    abstract: ctx.abstract,
  };
}

/** A real part of the thesis (a chapter, a table, the references…), as a section of it. */
export function partItem(ctx: CitationContext, part: CitablePart): CslItem {
  return {
    ...common(ctx, part.path),
    type: 'chapter',
    title: part.title,
    ...(part.shortTitle ? { 'title-short': part.shortTitle } : {}),
    'container-title': ctx.meta.titleSentenceCase,
    publisher: publisherOf(ctx.meta),
    issued: yearOf(ctx.meta),
    ...(part.pages ? { page: pageField(part.pages) } : {}),
  };
}

/** A page this site composes from the thesis's data, as a web page of the knowledge base based on the thesis. */
export function webPageItem(ctx: CitationContext, part: CitablePart): CslItem {
  return {
    ...common(ctx, part.path),
    type: 'webpage',
    title: part.title,
    'container-title': ctx.meta.knowledgeBase.title,
    issued: { 'date-parts': [dateParts(ctx.dataVersion.date)] },
    note: basedOnNote(ctx.meta),
  };
}
