import { describe, expect, it } from 'vitest';
import { absoluteUrl, citationKey, partItem, publisherOf, thesisItem } from './csl.ts';
import { CTX } from './fixtures.ts';

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

  it('names the data version and gives its date as the access date', () => {
    expect(item.version).toBe('1.0 of 2025-06-01');
    expect(item.accessed).toEqual({ 'date-parts': [[2025, 6, 1]] });
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
