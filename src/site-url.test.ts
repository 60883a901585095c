import { describe, expect, it } from 'vitest';
import { parseSiteUrl, robotsTxt, siteAndBase } from './site-url.ts';

describe('SITE_URL', () => {
  it('is undefined when not given: the build makes no address up', () => {
    expect(parseSiteUrl(undefined)).toBeUndefined();
    expect(parseSiteUrl('')).toBeUndefined();
    expect(parseSiteUrl('  ')).toBeUndefined();
  });

  it.each([
    ['https://kb.example.edu', 'https://kb.example.edu'],
    ['https://kb.example.edu/', 'https://kb.example.edu'],
    ['https://example.edu/pff/', 'https://example.edu/pff'],
    ['http://127.0.0.1:4321', 'http://127.0.0.1:4321'],
  ])('%s → %s (no trailing slash)', (value, url) => {
    expect(parseSiteUrl(value)).toBe(url);
  });

  it.each(['kb.example.edu', 'ftp://kb.example.edu', 'https://kb.example.edu/?a=1', 'https://kb.example.edu/#top'])(
    'stops the build on %s, naming SITE_URL',
    (value) => {
      expect(() => parseSiteUrl(value)).toThrow(/^SITE_URL: /);
    },
  );
});

describe("Astro's site and base", () => {
  it('are the origin and the path of SITE_URL', () => {
    expect(siteAndBase(parseSiteUrl('https://example.edu/pff/'))).toEqual({ site: 'https://example.edu', base: '/pff' });
    expect(siteAndBase(parseSiteUrl('https://example.edu/a/b'))).toEqual({ site: 'https://example.edu', base: '/a/b' });
  });
  it('leave the base at "/" for a site at the root of its host, or without SITE_URL', () => {
    expect(siteAndBase(parseSiteUrl('https://kb.example.edu'))).toEqual({ site: 'https://kb.example.edu', base: '/' });
    expect(siteAndBase(undefined)).toEqual({ base: '/' });
  });
});

describe('robots.txt', () => {
  it('names the sitemap when the site URL is known', () => {
    expect(robotsTxt('https://kb.example.edu')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://kb.example.edu/sitemap-index.xml\n');
  });
  it('has no Sitemap line without it (there is no sitemap then)', () => {
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });
});
