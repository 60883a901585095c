import { describe, expect, it } from 'vitest';
import { CTX } from './fixtures.ts';
import { jsonLdText, partJsonLd, partMetaTags, thesisJsonLd, thesisMetaTags, type MetaTag } from './head.ts';
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
const chapter: CitablePage = { path: '/chapters/methodology/', kind: 'chapter', title: 'Methodology', citationTitle: 'Methodology', fileStem: 'chapters/methodology' };

describe('Highwire Press meta tags', () => {
  it('make the thesis a thesis: title, year, its three institutions, no author', () => {
    const tags = thesisMetaTags(CTX);
    expect(values(tags, 'citation_title')).toEqual([CTX.meta.title]);
    expect(values(tags, 'citation_publication_date')).toEqual(['2019']);
    expect(values(tags, 'citation_dissertation_institution')).toEqual(['University of Glasgow', 'Dublin City University', 'Charles University']);
    expect(values(tags, 'citation_public_url')).toEqual(['https://example.org/']);
    expect(tags.some((t) => t.name.startsWith('citation_author'))).toBe(false);
  });

  it('make a page a part of the thesis (a book section to Zotero), with its own title and URL', () => {
    const tags = partMetaTags(CTX, driver);
    expect(values(tags, 'citation_title')).toEqual(['Recruitment by Individuals or Organizations']);
    expect(values(tags, 'citation_inbook_title')).toEqual([CTX.meta.title]);
    expect(values(tags, 'citation_book_title')).toEqual([CTX.meta.title]);
    expect(values(tags, 'citation_publisher')).toEqual(['University of Glasgow; Dublin City University; Charles University']);
    expect(values(tags, 'citation_public_url')).toEqual(['https://example.org/drivers/recruitment/']);
    expect(tags.some((t) => t.name.startsWith('citation_author') || t.name === 'citation_dissertation_institution')).toBe(false);
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
    expect(partJsonLd(CTX, chapter)).toMatchObject({ '@type': 'Chapter', name: 'Methodology', isPartOf: { '@type': 'Thesis', '@id': 'https://example.org/#thesis' } });
  });

  it('describes an entity page as a web page about what the entity is', () => {
    const ld = partJsonLd(CTX, driver);
    expect(ld).toMatchObject({ '@type': 'WebPage', url: 'https://example.org/drivers/recruitment/', about: { '@type': 'DefinedTerm', name: driver.title }, isBasedOn: { '@type': 'Thesis' } });
    expect(partJsonLd(CTX, { ...driver, kind: 'organization', path: '/organizations/x/' })['about']).toMatchObject({ '@type': 'Organization' });
    expect(partJsonLd(CTX, { ...driver, kind: 'theory', facts: { description: 'd', authors: ['Borum, R.'], year: 2011 } })['about']).toMatchObject({
      '@type': 'CreativeWork',
      author: [{ '@type': 'Person', name: 'Borum, R.' }],
      datePublished: '2011',
    });
    expect(partJsonLd(CTX, { ...driver, kind: 'interviewee', title: 'Interviewee 7: Police officer', facts: { description: 'd', role: 'Police officer' } })['about']).toMatchObject({
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
