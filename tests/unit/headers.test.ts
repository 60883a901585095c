/**
 * The `_headers` reader the test server uses: if it matched paths differently
 * from Netlify / Cloudflare, browser tests would check a policy no reader gets.
 */
import { describe, expect, test } from 'vitest';
import { HeadersFileError, headersFor, parseHeadersFile } from '../support/headers.ts';

const FILE = `# a comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: default-src 'self'; img-src 'self' data:

/_astro/*
  Cache-Control: public, max-age=31536000, immutable

/drivers/:id/
  X-Extra: one
/drivers/recruitment/
  X-Extra: two
`;

describe('parseHeadersFile + headersFor', () => {
  const rules = parseHeadersFile(FILE);

  test('reads each rule with its headers, values kept whole (colons included)', () => {
    expect(rules.map((rule) => rule.pattern)).toEqual(['/*', '/_astro/*', '/drivers/:id/', '/drivers/recruitment/']);
    expect(rules[0]?.headers).toEqual([
      ['X-Content-Type-Options', 'nosniff'],
      ['Content-Security-Policy', "default-src 'self'; img-src 'self' data:"],
    ]);
  });

  test('* matches across segments; :name matches exactly one segment', () => {
    expect(headersFor(rules, '/')['x-content-type-options']).toBe('nosniff');
    expect(headersFor(rules, '/_astro/a/b.js')['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/chapters/introduction/')['cache-control']).toBeUndefined();
    expect(headersFor(rules, '/drivers/recruitment/x/')['x-extra']).toBeUndefined();
    expect(headersFor(rules, '/drivers/other/')['x-extra']).toBe('one');
  });

  test('a header set by several matching rules is joined with a comma', () => {
    expect(headersFor(rules, '/drivers/recruitment/')['x-extra']).toBe('one, two');
  });

  test('pattern characters other than * and :name are literal', () => {
    const literal = parseHeadersFile('/data/a.json\n  X-A: 1\n');
    expect(headersFor(literal, '/data/a.json')['x-a']).toBe('1');
    expect(headersFor(literal, '/data/aXjson')['x-a']).toBeUndefined();
  });

  test('rejects what it does not understand instead of ignoring it', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(HeadersFileError);
    expect(() => parseHeadersFile('/*\n  ! X-A\n')).toThrow(/line 2/);
    expect(() => parseHeadersFile('https://example.org/*\n  X-A: 1\n')).toThrow(/only path patterns/);
  });
});
