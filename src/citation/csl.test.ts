import { describe, expect, it } from 'vitest';
import { absoluteUrl, basedOnNote, citationKey, partItem, publisherOf, thesisItem, webPageItem } from './csl.ts';
import { CTX } from './fixtures.ts';
import { PART_PAGES } from './page-ranges.ts';

describe('URLs', () => {
  it.each([
    ['https://example.org', '/', 'https://example.org/'],
    ['https://example.org', '/drivers/recruitment/', 'https://example.org/drivers/recruitment/'],
    ['https://example.org', '/drivers/recruitment/#in-iskp', 'https://example.org/drivers/recruitment/#in-iskp'],
    // A site published under a path keeps it.
    ['https://example.org/kb', '/chapters/methodology/#table-5', 'https://example.org/kb/chapters/methodology/#table-5'],
    ['https://example.org/', '/cite/', 'https://example.org/cite/'],
  ])('%s + %s → %s', (site, path, url) => {
    expect(absoluteUrl(site, path)).toBe(url);
  });

  it('every item takes its URL from the site URL of the context', () => {
    const item = partItem({ ...CTX, siteUrl: 'https://mirror.example.net' }, { path: '/groups/iskp/', title: 'ISKP' });
    expect(item.URL).toBe('https://mirror.example.net/groups/iskp/');
    expect(thesisItem({ ...CTX, siteUrl: 'https://mirror.example.net' }).URL).toBe('https://mirror.example.net/');
  });

  it('no item has a URL when the build knows no site URL: none is made up', () => {
    const none = { ...CTX, siteUrl: undefined };
    for (const item of [
      thesisItem(none),
      partItem(none, { path: '/chapters/results/', title: '4. Results' }),
      webPageItem(none, { path: '/groups/iskp/', title: 'ISKP' }),
    ]) {
      expect(item).not.toHaveProperty('URL');
    }
  });
});

describe('the thesis item', () => {
  const item = thesisItem(CTX);
  it('is a master’s thesis of the three universities, 2019, without an author', () => {
    expect(item).toMatchObject({
      type: 'thesis',
      genre: "Master's thesis",
      title: 'Pakistani foreign fighters in Afghanistan, Kashmir and Syria: A comparative analysis of drivers of radicalization',
      publisher: 'University of Glasgow; Dublin City University; Charles University',
      issued: { 'date-parts': [[2019]] },
    });
    expect(item).not.toHaveProperty('author');
    expect(item).not.toHaveProperty('editor');
  });

  it('carries the thesis’s own abstract', () => {
    expect(item.abstract).toBe(CTX.abstract);
  });

  it('has a short title for the text, the first words of its title (content/metadata/thesis.yaml titleShort) in sentence case', () => {
    expect(CTX.meta.titleShort).toBe('Pakistani Foreign Fighters');
    expect(item['title-short']).toBe('Pakistani foreign fighters');
    expect(item.title.startsWith(`${item['title-short']} `)).toBe(true);
  });

  it('names the data version, and has no access date (a download is the same file for every reader)', () => {
    expect(item.version).toBe('1.0 of 2025-06-01');
    expect(item).not.toHaveProperty('accessed');
  });
});

describe('a part item', () => {
  it('is a chapter whose container is the thesis', () => {
    const item = partItem(CTX, { path: '/chapters/methodology/', title: 'Methodology' });
    expect(item).toMatchObject({
      type: 'chapter',
      title: 'Methodology',
      'container-title': CTX.meta.titleSentenceCase,
      publisher: publisherOf(CTX.meta),
      URL: 'https://example.org/chapters/methodology/',
    });
    expect(item).not.toHaveProperty('page');
  });

  it('carries its printed pages and a short title when it has them', () => {
    const item = partItem(CTX, {
      path: '/chapters/methodology/',
      title: '3. Methodology',
      shortTitle: 'Methodology',
      pages: PART_PAGES.get('chapters/methodology'),
    });
    expect(item).toMatchObject({ page: '19-24', 'title-short': 'Methodology' });
  });
});

describe('a composed page', () => {
  const item = webPageItem(CTX, { path: '/organizations/dawn/', title: 'Dawn' });
  it('is a web page of the knowledge base, dated by the data version, without publisher or access date', () => {
    expect(item).toMatchObject({
      type: 'webpage',
      title: 'Dawn',
      'container-title': 'Pakistani Foreign Fighters: A Knowledge Base',
      issued: { 'date-parts': [[2025, 6, 1]] },
      URL: 'https://example.org/organizations/dawn/',
      version: '1.0 of 2025-06-01',
    });
    expect(item).not.toHaveProperty('publisher');
    expect(item).not.toHaveProperty('accessed');
    expect(item).not.toHaveProperty('author');
  });

  it('names the thesis it is based on: title, type, universities, year', () => {
    expect(item.note).toBe(basedOnNote(CTX.meta));
    expect(item.note).toBe(
      "Based on: Pakistani foreign fighters in Afghanistan, Kashmir and Syria: A comparative analysis of drivers of radicalization (Master's thesis, University of Glasgow; Dublin City University; Charles University, 2019)",
    );
  });
});

describe('citation keys', () => {
  it.each([
    ['/', 'PakistaniForeignFighters2019'],
    ['/drivers/recruitment/', 'PakistaniForeignFighters2019_drivers_recruitment'],
    ['/drivers/quest-for-significance/#in-kashmiri-fighters', 'PakistaniForeignFighters2019_drivers_quest_for_significance_in_kashmiri_fighters'],
    ['/interviews/7/', 'PakistaniForeignFighters2019_interviews_7'],
  ])('%s → %s', (path, key) => {
    expect(citationKey(CTX.meta, path)).toBe(key);
    expect(key).toMatch(/^[A-Za-z0-9_]+$/); // safe in BibTeX
  });
});
