/**
 * What reference managers and scholarly search engines read from a page's
 * <head>: Highwire Press citation_* meta tags (Zotero's "Embedded Metadata"
 * translator, Google Scholar's inclusion guidelines) and schema.org JSON-LD.
 *
 * The thesis itself (the home page) is a thesis to them: citation_title and
 * citation_dissertation_institution, which Zotero and Scholar read as a thesis
 * and its university. Every other citable page is a part of it:
 * citation_inbook_title (Scholar) and citation_book_title (Zotero: a "book
 * section") name the thesis. No page has citation_author: the thesis names none.
 */
import { absoluteUrl, publisherOf, type CitationContext } from './csl.ts';
import { thesisYear } from './metadata.ts';
import type { CitablePage } from './pages.ts';

export interface MetaTag {
  name: string;
  content: string;
}

export function thesisMetaTags(ctx: CitationContext): MetaTag[] {
  const { meta } = ctx;
  return [
    { name: 'citation_title', content: meta.title },
    { name: 'citation_publication_date', content: String(thesisYear(meta)) },
    ...meta.institutions.map((content) => ({ name: 'citation_dissertation_institution', content })),
    { name: 'citation_language', content: meta.language },
    { name: 'citation_public_url', content: absoluteUrl(ctx.siteUrl, '/') },
  ];
}

export function partMetaTags(ctx: CitationContext, page: CitablePage): MetaTag[] {
  const { meta } = ctx;
  return [
    { name: 'citation_title', content: page.title },
    { name: 'citation_inbook_title', content: meta.title },
    { name: 'citation_book_title', content: meta.title },
    { name: 'citation_publisher', content: publisherOf(meta) },
    { name: 'citation_publication_date', content: String(thesisYear(meta)) },
    { name: 'citation_language', content: meta.language },
    { name: 'citation_public_url', content: absoluteUrl(ctx.siteUrl, page.path) },
  ];
}

type JsonLd = Record<string, unknown>;

const thesisId = (ctx: CitationContext) => `${absoluteUrl(ctx.siteUrl, '/')}#thesis`;

/** A reference to the thesis from another node. */
const thesisRef = (ctx: CitationContext): JsonLd => ({
  '@type': 'Thesis',
  '@id': thesisId(ctx),
  name: ctx.meta.title,
  url: absoluteUrl(ctx.siteUrl, '/'),
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
    inLanguage: meta.language,
    isAccessibleForFree: true,
    ...versionOf(ctx),
  };
}

/** The thing an entity page is about, as schema.org names it. */
function aboutOf(ctx: CitationContext, page: CitablePage): JsonLd {
  const facts = page.facts;
  const description = facts?.description;
  switch (page.kind) {
    case 'driver':
      return {
        '@type': 'DefinedTerm',
        name: page.title,
        description,
        inDefinedTermSet: { '@type': 'DefinedTermSet', name: 'Drivers of Pakistani foreign fighters (Table 5 of the thesis)', url: absoluteUrl(ctx.siteUrl, '/drivers/') },
      };
    case 'group':
      return {
        '@type': 'DefinedTerm',
        name: page.title,
        description,
        inDefinedTermSet: { '@type': 'DefinedTermSet', name: 'Host groups of Pakistani foreign fighters (Table 5 of the thesis)', url: absoluteUrl(ctx.siteUrl, '/groups/') },
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
    default:
      throw new Error(`No schema.org type for ${page.kind} pages (${page.path})`);
  }
}

export function partJsonLd(ctx: CitationContext, page: CitablePage): JsonLd {
  const url = absoluteUrl(ctx.siteUrl, page.path);
  if (page.kind === 'chapter' || page.kind === 'thesis-part') {
    return {
      '@context': 'https://schema.org',
      '@type': page.kind === 'chapter' ? 'Chapter' : 'CreativeWork',
      '@id': url,
      url,
      name: page.title,
      inLanguage: ctx.meta.language,
      isPartOf: thesisRef(ctx),
      ...versionOf(ctx),
    };
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': url,
    url,
    name: page.title,
    inLanguage: ctx.meta.language,
    isPartOf: { '@type': 'WebSite', name: ctx.meta.knowledgeBase.title, url: absoluteUrl(ctx.siteUrl, '/') },
    // A view of the evidence across pages (/evidence/, /compare/…, /map/) is about the thesis as a whole.
    ...(page.kind === 'view' ? {} : { about: aboutOf(ctx, page) }),
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
