import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { customRouteSegments, isCustomRouteLink, misfiledPrefix, refileValidationData } from './links-validator.ts';

describe('custom routes', () => {
  let pages: string;
  beforeAll(async () => {
    pages = await mkdtemp(join(tmpdir(), 'pages-'));
    await mkdir(join(pages, 'drivers'));
    await mkdir(join(pages, 'data'));
    await writeFile(join(pages, 'drivers', '[id].astro'), '');
    await writeFile(join(pages, 'about.astro'), '');
    await writeFile(join(pages, 'index.astro'), '');
    await writeFile(join(pages, '[...slug].astro'), '');
  });
  afterAll(async () => {
    await rm(pages, { recursive: true, force: true });
  });

  test('are the first URL segments src/pages/ serves', () => {
    expect(customRouteSegments(pages)).toEqual(['about', 'data', 'drivers']);
    expect(customRouteSegments(join(pages, 'missing'))).toEqual([]);
  });

  test('links into them are recognised by their first segment only', () => {
    const segments = ['data', 'drivers'];
    expect(isCustomRouteLink('/drivers/recruitment/', segments)).toBe(true);
    expect(isCustomRouteLink('/data/#references', segments)).toBe(true);
    expect(isCustomRouteLink('/data', segments)).toBe(true);
    expect(isCustomRouteLink('/chapters/drivers/', segments)).toBe(false);
    expect(isCustomRouteLink('/database/', segments)).toBe(false);
    expect(isCustomRouteLink('#drivers', segments)).toBe(false);
    expect(isCustomRouteLink('drivers/', segments)).toBe(false);
  });
});

describe('re-filing the validator data for a docs folder outside src/', () => {
  test('the prefix is what the validator makes of our folder', () => {
    // The validator's ids for /p/content/docs/chapters/x.mdx with srcDir /p/src/
    // came out as '///content/docs/chapters/x/' (three '..' slugged to '').
    expect(misfiledPrefix('/p/src/', '/p/content/docs')).toBe('///content/docs/');
    expect(misfiledPrefix('/p/src', '/p/src/content/docs')).toBe('');
  });

  test('moves every misfiled id, the index page to "/"', () => {
    const data = new Map([
      ['///content/docs/', 'home'],
      ['///content/docs/chapters/introduction/', 'intro'],
      ['elsewhere/', 'other'],
    ]);
    refileValidationData(data, '///content/docs/');
    expect([...data]).toEqual([
      ['elsewhere/', 'other'],
      ['/', 'home'],
      ['chapters/introduction/', 'intro'],
    ]);
  });

  test('changes nothing when the docs are where the validator expects', () => {
    const data = new Map([['chapters/x/', 1]]);
    refileValidationData(data, '');
    expect([...data]).toEqual([['chapters/x/', 1]]);
  });
});
