import { describe, expect, it } from 'vitest';
import { CTX } from './fixtures.ts';
import { highwireDate, jsonLdText, partJsonLd, partMetaTags, thesisJsonLd, thesisMetaTags, type MetaTag } from './head.ts';
import { PART_PAGES } from './page-ranges.ts';
import type { CitablePage } from './pages.ts';

const values = (tags: MetaTag[], name: string) => tags.filter((t) => t.name === name).map((t) => t.content);

const driver: CitablePage = {
  path: '/drivers/recruitment/',
  kind: 'driver',
  title: 'Recruitment by Individuals or Organizations',
  citationTitle: 'Recruitment by individuals or organizations',
  fileStem: 'drivers/recruitment',
  facts: { description: 'Recruiters.' },
};
const chapter: CitablePage = {
  path: '/chapters/methodology/',
  kind: 'chapter',
  title: 'Methodology',
  citationTitle: 'Methodology',
  fileStem: 'chapters/methodology',
};

/**
 * What Zotero's "Embedded Metadata" translator makes of these tags, read from
 * its published source (github.com/zotero/translators, "Embedded Metadata.js",
 * which hands the DC.* and og:* tags to "RDF.js"):
 * - HIGHWIRE_MAPPINGS: citation_title → title, citation_publication_date → date,
 *   citation_dissertation_institution → university, citation_publisher →
 *   publisher, citation_book_title → bookTitle, citation_inbook_title →
 *   publicationTitle, citation_abstract → abstractNote, citation_language →
 *   language, citation_public_url → url. Each is read with one querySelector
 *   (getContentText), so only the FIRST tag of a name counts.
 * - Item type (init): citation_dissertation_institution → "thesis";
 *   citation_book_title or citation_inbook_title → "bookSection"; with neither,
 *   RDF.js's detectType decides, and DC.type "Web page" (lower-cased, spaces
 *   removed: "webpage") → "webpage".
 * - RDF.js importItem: DC.type also fills thesisType/websiteType; og:site_name
 *   is the website title of a "webpage" item.
 * - citation_abstract is applied after RDF.js, so it wins over og:description.
 * - addHighwireMetadata: citation_firstpage and citation_lastpage become the
 *   item's pages, "first-last", or "first" with no lastpage.
 * - citation_publication_date is read by Zotero's date parser, which takes
 *   "2025/06/01" and "2025-06-01" alike; the Highwire form is "YYYY/MM/DD".
 */
const ZOTERO_TYPE_TAGS = { thesis: 'citation_dissertation_institution', bookSection: ['citation_book_title', 'citation_inbook_title'] } as const;
/** RDF.js detectType: DC.type, lower-cased without spaces, "webpage" → the "webpage" item type. */
const rdfDcTypeIsWebpage = (dcType: string) => dcType.toLowerCase().replace(/\s/g, '') === 'webpage';

const index: CitablePage = { path: '/drivers/', kind: 'index', title: 'Drivers', citationTitle: 'Drivers', fileStem: 'drivers' };
const interviewee: CitablePage = {
  path: '/interviews/7/',
  kind: 'interviewee',
  title: 'Interviewee 7: Police officer, CTD',
  citationTitle: 'Interviewee 7: Police officer, CTD',
  fileStem: 'interviews/7',
  facts: { description: 'd', role: 'Police officer, CTD' },
};
const organization: CitablePage = {
  path: '/organizations/dawn/',
  kind: 'organization',
  title: 'Dawn',
  citationTitle: 'Dawn',
  fileStem: 'organizations/dawn',
  facts: { description: 'A newspaper.' },
};
const numbered: CitablePage = { path: '/chapters/results/', kind: 'chapter', title: '4. Results', citationTitle: '4. Results', fileStem: 'chapters/results' };
/** Parts with their printed pages, from the table of contents (page-ranges.test.ts): a case study on 25–31, the References on 63–69, Results on page 25 alone. */
const kashmir: CitablePage = {
  path: '/case-studies/kashmir/',
  kind: 'chapter',
  title: '4.1. Case study One: Kashmir',
  citationTitle: '4.1. Case study One: Kashmir',
  fileStem: 'case-studies/kashmir',
  pages: PART_PAGES.get('case-studies/kashmir'),
};
const results: CitablePage = { ...numbered, pages: PART_PAGES.get('chapters/results') };
const references: CitablePage = {
  path: '/references/',
  kind: 'thesis-part',
  title: 'References',
  citationTitle: 'References',
  fileStem: 'references',
  pages: PART_PAGES.get('references'),
};
const frontMatter: CitablePage = {
  path: '/front-matter/',
  kind: 'thesis-part',
  title: 'Title page and abstract',
  citationTitle: 'Title page and abstract',
  fileStem: 'front-matter',
};

describe('Highwire Press and Dublin Core meta tags, as Zotero’s Embedded Metadata translator reads them', () => {
  it('make the thesis a master’s thesis (citation_dissertation_institution, DC.type) of all three universities, with its abstract', () => {
    const tags = thesisMetaTags(CTX);
    expect(values(tags, ZOTERO_TYPE_TAGS.thesis)).toEqual(['University of Glasgow; Dublin City University; Charles University']);
    expect(values(tags, 'DC.type')).toEqual(["Master's thesis"]);
    expect(values(tags, 'citation_title')).toEqual([CTX.meta.titleSentenceCase]);
    expect(values(tags, 'citation_publication_date')).toEqual(['2019']);
    expect(values(tags, 'citation_abstract')).toEqual([CTX.abstract]);
    expect(CTX.abstract).toMatch(/^This study compares the drivers of radicalization of Pakistani foreign fighters in Afghanistan, Kashmir and Syria\. /);
    expect(values(tags, 'citation_public_url')).toEqual(['https://example.org/']);
    expect(tags.some((t) => ZOTERO_TYPE_TAGS.bookSection.includes(t.name as never))).toBe(false);
    expect(tags.some((t) => t.name.startsWith('citation_author') || t.name === 'DC.creator')).toBe(false);
  });

  it('give every name once: the translator keeps only the first tag of a name', () => {
    for (const tags of [thesisMetaTags(CTX), partMetaTags(CTX, numbered), partMetaTags(CTX, driver), partMetaTags(CTX, index)]) {
      const names = tags.map((t) => t.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('make a real part of the thesis a section of it (citation_book_title, citation_inbook_title), numbered as printed', () => {
    const tags = partMetaTags(CTX, numbered);
    expect(values(tags, 'citation_title')).toEqual(['4. Results']);
    expect(values(tags, 'citation_book_title')).toEqual([CTX.meta.titleSentenceCase]);
    expect(values(tags, 'citation_inbook_title')).toEqual([CTX.meta.titleSentenceCase]);
    expect(values(tags, 'citation_publisher')).toEqual(['University of Glasgow; Dublin City University; Charles University']);
    expect(values(tags, 'citation_publication_date')).toEqual(['2019']);
    expect(values(tags, 'citation_public_url')).toEqual(['https://example.org/chapters/results/']);
    expect(values(tags, ZOTERO_TYPE_TAGS.thesis)).toEqual([]);
    expect(values(tags, 'DC.type')).toEqual([]);
  });

  it('give a part its printed pages: citation_firstpage and citation_lastpage, only the first for a part on one page, none without pages', () => {
    const pages = (page: CitablePage) => [values(partMetaTags(CTX, page), 'citation_firstpage'), values(partMetaTags(CTX, page), 'citation_lastpage')];
    expect(pages(kashmir)).toEqual([['25'], ['31']]);
    expect(pages(references)).toEqual([['63'], ['69']]);
    expect(pages(results)).toEqual([['25'], []]);
    expect(pages(frontMatter)).toEqual([[], []]);
    expect(pages(driver)).toEqual([[], []]);
  });

  it.each([driver, organization, interviewee, index])(
    'make a composed page ($path) a web page (DC.type) based on the thesis, dated by the data version',
    (page) => {
      const tags = partMetaTags(CTX, page);
      expect(values(tags, 'DC.type')).toHaveLength(1);
      expect(rdfDcTypeIsWebpage(values(tags, 'DC.type')[0]!)).toBe(true);
      expect(tags.some((t) => ZOTERO_TYPE_TAGS.bookSection.includes(t.name as never) || t.name === ZOTERO_TYPE_TAGS.thesis)).toBe(false);
      expect(values(tags, 'citation_title')).toEqual([page.citationTitle]);
      // The data version's date (CTX: 2025-06-01) as Highwire writes a date.
      expect(values(tags, 'citation_publication_date')).toEqual(['2025/06/01']);
      expect(values(tags, 'citation_abstract')).toEqual([
        "Based on: Pakistani foreign fighters in Afghanistan, Kashmir and Syria: A comparative analysis of drivers of radicalization (Master's thesis, University of Glasgow; Dublin City University; Charles University, 2019)",
      ]);
      expect(values(tags, 'citation_public_url')).toEqual([`https://example.org${page.path}`]);
      expect(tags.some((t) => t.name.startsWith('citation_author'))).toBe(false);
    },
  );

  it('write a date as Highwire asks, YYYY/MM/DD', () => {
    expect(highwireDate('2025-06-01')).toBe('2025/06/01');
  });

  it('give no URL when the build knows no site URL (the reference manager records the address it saved from)', () => {
    const none = { ...CTX, siteUrl: undefined };
    for (const tags of [thesisMetaTags(none), partMetaTags(none, numbered), partMetaTags(none, driver)]) {
      expect(values(tags, 'citation_public_url')).toEqual([]);
    }
  });
});

describe('JSON-LD', () => {
  it('describes the thesis as a Thesis: degree, institutions, supervisor, date, version; no author', () => {
    const ld = thesisJsonLd(CTX);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Thesis',
      '@id': 'https://example.org/#thesis',
      name: CTX.meta.title,
      inSupportOf: 'International Master in Security, Intelligence & Strategic Studies',
      dateCreated: '2019-07-25',
      version: '1.0 of 2025-06-01',
    });
    expect(ld['sourceOrganization']).toHaveLength(3);
    expect(ld).not.toHaveProperty('author');
  });

  it('describes a chapter as a Chapter of the thesis', () => {
    expect(partJsonLd(CTX, chapter)).toMatchObject({
      '@type': 'Chapter',
      name: 'Methodology',
      isPartOf: { '@type': 'Thesis', '@id': 'https://example.org/#thesis' },
    });
  });

  it('gives a part with printed pages its pagination, as a Chapter (a section the thesis is divided into)', () => {
    expect(partJsonLd(CTX, kashmir)).toMatchObject({ '@type': 'Chapter', pageStart: 25, pageEnd: 31, pagination: '25-31' });
    expect(partJsonLd(CTX, references)).toMatchObject({ '@type': 'Chapter', pageStart: 63, pageEnd: 69, pagination: '63-69' });
    expect(partJsonLd(CTX, results)).toMatchObject({ pageStart: 25, pageEnd: 25, pagination: '25' });
    const front = partJsonLd(CTX, frontMatter);
    expect(front['@type']).toBe('CreativeWork');
    expect(front).not.toHaveProperty('pagination');
  });

  it('gives the thesis its abstract', () => {
    expect(thesisJsonLd(CTX)['abstract']).toBe(CTX.abstract);
  });

  it('describes an index page as a collection page based on the thesis', () => {
    const ld = partJsonLd(CTX, index);
    expect(ld).toMatchObject({ '@type': 'CollectionPage', name: 'Drivers', isBasedOn: { '@type': 'Thesis' } });
    expect(ld).not.toHaveProperty('about');
  });

  it('uses site paths, never a made-up host, when the build knows no site URL', () => {
    const none = { ...CTX, siteUrl: undefined };
    expect(thesisJsonLd(none)).toMatchObject({ '@id': '/#thesis', url: '/' });
    expect(partJsonLd(none, driver)).toMatchObject({ '@id': '/drivers/recruitment/', url: '/drivers/recruitment/', isPartOf: { url: '/' } });
  });

  it('describes an entity page as a web page about what the entity is', () => {
    const ld = partJsonLd(CTX, driver);
    expect(ld).toMatchObject({
      '@type': 'WebPage',
      url: 'https://example.org/drivers/recruitment/',
      about: { '@type': 'DefinedTerm', name: driver.title },
      isBasedOn: { '@type': 'Thesis' },
    });
    expect(partJsonLd(CTX, { ...driver, kind: 'organization', path: '/organizations/x/' })['about']).toMatchObject({ '@type': 'Organization' });
    expect(partJsonLd(CTX, { ...driver, kind: 'theory', facts: { description: 'd', authors: ['Borum, R.'], year: 2011 } })['about']).toMatchObject({
      '@type': 'CreativeWork',
      author: [{ '@type': 'Person', name: 'Borum, R.' }],
      datePublished: '2011',
    });
    expect(
      partJsonLd(CTX, { ...driver, kind: 'interviewee', title: 'Interviewee 7: Police officer', facts: { description: 'd', role: 'Police officer' } })['about'],
    ).toMatchObject({
      '@type': 'Person',
      name: 'Interviewee 7',
      jobTitle: 'Police officer',
    });
  });

  it('cannot close its <script> element early', () => {
    expect(jsonLdText({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
    expect(JSON.parse(jsonLdText({ name: '</script>' }))).toEqual({ name: '</script>' });
    expect(jsonLdText({ name: 'Security, Intelligence & Strategic Studies' })).not.toContain('&');
    expect(JSON.parse(jsonLdText({ name: 'A & B' }))).toEqual({ name: 'A & B' });
  });
});
