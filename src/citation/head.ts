/**
 * What reference managers and scholarly search engines read from a page's
 * <head>: Highwire Press citation_* meta tags, two Dublin Core tags, and
 * schema.org JSON-LD.
 *
 * The tags are chosen for what Zotero's "Embedded Metadata" translator does
 * with them (zotero/translators, "Embedded Metadata.js" and "RDF.js"; Mendeley
 * and Google Scholar read the same Highwire names):
 * - citation_dissertation_institution makes the item a thesis, and the
 *   translator keeps only the first such tag, so the three universities are
 *   one value, as in the downloads (publisherOf). DC.type fills the thesis
 *   type ("Master's thesis"); citation_abstract the abstract (it overrides
 *   og:description, Starlight's page description).
 * - citation_book_title / citation_inbook_title make a book section: only
 *   the real parts of the thesis have them, with their printed pages
 *   (page-ranges.ts) as citation_firstpage and citation_lastpage, which the
 *   translator joins into "25-31" (a part on one page has no lastpage, so it
 *   reads "25", not "25-25").
 * - A page this site composes (isThesisPart false) has neither: DC.type
 *   "Web page" makes it a web page, og:site_name (Starlight's) its website
 *   title, and citation_abstract names the thesis it is based on. Its
 *   citation_publication_date is the data version's date written
 *   "YYYY/MM/DD", the form the Highwire tags (and Google Scholar's inclusion
 *   guidelines) ask for; the thesis and its parts give the year, the date
 *   their citations print.
 * Titles are in sentence case, as in the downloads. No page has citation_author:
 * the thesis names none. citation_public_url only when SITE_URL is known.
 * citation_pdf_url (the home page and the real parts) makes Zotero attach the
 * PDF of the whole thesis.
 */
import { basedOnNote, publisherOf, urlOf, type CitationContext } from './csl.ts';
import { thesisYear } from './metadata.ts';
import { pageField, type PrintedPages } from './page-ranges.ts';
import { isThesisPart, type CitablePage } from './pages.ts';
import { THESIS_PDF_PATH } from '../knowledge/thesis-pdf-path.ts';

export interface MetaTag {
  name: string;
  content: string;
}

/** The Dublin Core type of a composed page, which Zotero's RDF reader maps to its "webpage" item type. */
export const WEB_PAGE_TYPE = 'Web page';

/** An ISO date as Highwire's citation_publication_date writes it: "2025-06-01" → "2025/06/01". */
export const highwireDate = (iso: string): string => iso.replace(/-/g, '/');

/** citation_firstpage and, for more than one page, citation_lastpage. */
const pageTags = (pages: PrintedPages | undefined): MetaTag[] =>
  pages
    ? [
        { name: 'citation_firstpage', content: String(pages.first) },
        ...(pages.last !== pages.first ? [{ name: 'citation_lastpage', content: String(pages.last) }] : []),
      ]
    : [];

/**
 * The PDF's address: absolute when SITE_URL is known, else the site path.
 * Zotero resolves a relative attachment URL against the page it saves
 * (zotero/translate, resolveURL), so a build without SITE_URL still attaches it.
 */
export const thesisPdfUrl = (ctx: Pick<CitationContext, 'siteUrl'>): string => urlOf(ctx, THESIS_PDF_PATH) ?? THESIS_PDF_PATH;

const pdfTag = (ctx: CitationContext): MetaTag => ({ name: 'citation_pdf_url', content: thesisPdfUrl(ctx) });

const urlTag = (ctx: CitationContext, path: string): MetaTag[] => {
  const url = urlOf(ctx, path);
  return url ? [{ name: 'citation_public_url', content: url }] : [];
};

export function thesisMetaTags(ctx: CitationContext): MetaTag[] {
  const { meta } = ctx;
  return [
    { name: 'citation_title', content: meta.titleSentenceCase },
    { name: 'citation_publication_date', content: String(thesisYear(meta)) },
    { name: 'citation_dissertation_institution', content: publisherOf(meta) },
    { name: 'citation_abstract', content: ctx.abstract },
    { name: 'citation_language', content: meta.language },
    ...urlTag(ctx, '/'),
    pdfTag(ctx),
    { name: 'DC.type', content: meta.genre },
  ];
}

/** A real part of the thesis: a section of it (a book section to Zotero). */
function thesisPartMetaTags(ctx: CitationContext, page: CitablePage): MetaTag[] {
  const { meta } = ctx;
  return [
    { name: 'citation_title', content: page.citationTitle },
    { name: 'citation_inbook_title', content: meta.titleSentenceCase },
    { name: 'citation_book_title', content: meta.titleSentenceCase },
    { name: 'citation_publisher', content: publisherOf(meta) },
    { name: 'citation_publication_date', content: String(thesisYear(meta)) },
    ...pageTags(page.pages),
    { name: 'citation_language', content: meta.language },
    ...urlTag(ctx, page.path),
    pdfTag(ctx),
  ];
}

/** A page composed from the thesis's data: a web page of the knowledge base, dated by the data version, based on the thesis. */
function webPageMetaTags(ctx: CitationContext, page: CitablePage): MetaTag[] {
  const { meta } = ctx;
  return [
    { name: 'citation_title', content: page.citationTitle },
    { name: 'citation_publication_date', content: highwireDate(ctx.dataVersion.date) },
    { name: 'citation_abstract', content: basedOnNote(meta) },
    { name: 'citation_language', content: meta.language },
    ...urlTag(ctx, page.path),
    { name: 'DC.type', content: WEB_PAGE_TYPE },
  ];
}

export function partMetaTags(ctx: CitationContext, page: CitablePage): MetaTag[] {
  return isThesisPart(page.kind) ? thesisPartMetaTags(ctx, page) : webPageMetaTags(ctx, page);
}

type JsonLd = Record<string, unknown>;

/** A URL in JSON-LD: absolute when SITE_URL is known, else the site path (JSON-LD resolves it against the page). */
const ldUrl = (ctx: CitationContext, path: string): string => urlOf(ctx, path) ?? path;

const thesisId = (ctx: CitationContext) => `${ldUrl(ctx, '/')}#thesis`;

/** A reference to the thesis from another node. */
const thesisRef = (ctx: CitationContext): JsonLd => ({
  '@type': 'Thesis',
  '@id': thesisId(ctx),
  name: ctx.meta.title,
  url: ldUrl(ctx, '/'),
});

/** The state of the knowledge base the page shows. */
const versionOf = (ctx: CitationContext): JsonLd => ({ version: ctx.dataVersion.label, dateModified: ctx.dataVersion.date });

export function thesisJsonLd(ctx: CitationContext): JsonLd {
  const { meta } = ctx;
  return {
    '@context': 'https://schema.org',
    ...thesisRef(ctx),
    genre: meta.genre,
    inSupportOf: meta.degree,
    sourceOrganization: meta.institutions.map((name) => ({ '@type': 'CollegeOrUniversity', name })),
    contributor: { '@type': 'Role', roleName: 'Supervisor', contributor: { '@type': 'Person', name: meta.supervisor } },
    dateCreated: meta.submitted,
    abstract: ctx.abstract,
    inLanguage: meta.language,
    isAccessibleForFree: true,
    ...versionOf(ctx),
  };
}

/** The thing an entity page is about, as schema.org names it. */
function aboutOf(ctx: CitationContext, page: CitablePage): JsonLd | undefined {
  const facts = page.facts;
  const description = facts?.description;
  switch (page.kind) {
    case 'driver':
      return {
        '@type': 'DefinedTerm',
        name: page.title,
        description,
        inDefinedTermSet: { '@type': 'DefinedTermSet', name: 'Drivers of Pakistani foreign fighters (Table 5 of the thesis)', url: ldUrl(ctx, '/drivers/') },
      };
    case 'group':
      return {
        '@type': 'DefinedTerm',
        name: page.title,
        description,
        inDefinedTermSet: { '@type': 'DefinedTermSet', name: 'Host groups of Pakistani foreign fighters (Table 5 of the thesis)', url: ldUrl(ctx, '/groups/') },
      };
    case 'theory':
      return {
        '@type': 'CreativeWork',
        name: page.title,
        description,
        author: (facts?.authors ?? []).map((name) => ({ '@type': 'Person', name })),
        datePublished: facts?.year === undefined ? undefined : String(facts.year),
      };
    case 'organization':
      return { '@type': 'Organization', name: page.title, alternateName: facts?.alternateNames, description };
    case 'interviewee':
      // Anonymous, as in the thesis: the role as printed, no name.
      return { '@type': 'Person', name: page.title.replace(/:.*$/, ''), jobTitle: facts?.role, description };
    case 'index':
      return undefined;
    // A view of the evidence across pages (/evidence/, /compare/…, /map/) is about the thesis as a whole.
    case 'view':
      return undefined;
    default:
      throw new Error(`No schema.org type for ${page.kind} pages (${page.path})`);
  }
}

export function partJsonLd(ctx: CitationContext, page: CitablePage): JsonLd {
  const url = ldUrl(ctx, page.path);
  if (isThesisPart(page.kind)) {
    const pages = page.pages;
    return {
      '@context': 'https://schema.org',
      // A part with printed pages is one of the sections the thesis is divided into (schema.org's Chapter, which has pagination); the front matter is not.
      '@type': page.kind === 'chapter' || pages ? 'Chapter' : 'CreativeWork',
      '@id': url,
      url,
      name: page.title,
      inLanguage: ctx.meta.language,
      ...(pages ? { pageStart: pages.first, pageEnd: pages.last, pagination: pageField(pages) } : {}),
      isPartOf: thesisRef(ctx),
      ...versionOf(ctx),
    };
  }
  const about = aboutOf(ctx, page);
  return {
    '@context': 'https://schema.org',
    '@type': page.kind === 'index' ? 'CollectionPage' : 'WebPage',
    '@id': url,
    url,
    name: page.title,
    inLanguage: ctx.meta.language,
    isPartOf: { '@type': 'WebSite', name: ctx.meta.knowledgeBase.title, url: ldUrl(ctx, '/') },
    ...(about ? { about } : {}),
    isBasedOn: thesisRef(ctx),
    ...versionOf(ctx),
  };
}

/**
 * JSON-LD as the text of a <script type="application/ld+json">: "<" is
 * escaped so no value can close the element early, and "&" so HTML checkers
 * see no raw ampersand; both stay the same JSON.
 */
export const jsonLdText = (data: JsonLd): string => JSON.stringify(data).replace(/</g, '\\u003c').replace(/&/g, '\\u0026');
