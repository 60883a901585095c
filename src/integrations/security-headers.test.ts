import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  HASHES_PLACEHOLDER,
  MAX_HEADER_LINE,
  SecurityHeadersError,
  cspHash,
  fillHeaders,
  fillPagePolicy,
  inlineScriptHashes,
  pageSecurityMeta,
  inlineScripts,
  isExecutableScriptType,
  securityHeadersIntegration,
} from './security-headers.ts';

describe('inlineScripts', () => {
  test('returns the raw text of inline executable scripts only', () => {
    const html = `<!doctype html><html><head>
<script>a &amp;&& b</script>
<script type="module">import "x";</script>
<script src="/x.js"></script>
<script type="application/ld+json">{"@type":"Thing"}</script>
<script type="text/javascript;charset=utf-8">c()</script>
</head><body><template><script>d()</script></template></body></html>`;
    // Script text is never entity-decoded: '&amp;' stays as written.
    expect(inlineScripts(html)).toEqual(['a &amp;&& b', 'import "x";', 'c()', 'd()']);
  });

  test('an empty inline script is hashed too (its text is the empty string)', () => {
    expect(inlineScripts('<script></script>')).toEqual(['']);
  });
});

test('isExecutableScriptType follows the HTML standard', () => {
  for (const type of [undefined, '', 'module', 'text/javascript', 'application/ecmascript', ' Text/JavaScript ', 'importmap', 'speculationrules']) {
    expect(isExecutableScriptType(type), String(type)).toBe(true);
  }
  for (const type of ['application/json', 'application/ld+json', 'text/template', 'text/plain']) {
    expect(isExecutableScriptType(type), type).toBe(false);
  }
});

test('cspHash is the quoted base64 sha256 of the UTF-8 text', () => {
  const expected = createHash('sha256').update('alert("é")', 'utf8').digest('base64');
  expect(cspHash('alert("é")')).toBe(`'sha256-${expected}'`);
  // The value the CSP spec's own example gives for alert('Hello, world.');
  expect(cspHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
});

describe('fillHeaders', () => {
  const template = `/*\n  Content-Security-Policy: script-src 'self' ${HASHES_PLACEHOLDER}; object-src 'none'\n`;

  test('puts every hash where the placeholder was', () => {
    expect(fillHeaders(template, ["'sha256-A'", "'sha256-B'"])).toBe(
      `/*\n  Content-Security-Policy: script-src 'self' 'sha256-A' 'sha256-B'; object-src 'none'\n`,
    );
  });

  test('with no inline scripts, the placeholder simply goes', () => {
    expect(fillHeaders(template, [])).toBe(`/*\n  Content-Security-Policy: script-src 'self'; object-src 'none'\n`);
  });

  test('leaves comments that name the placeholder as written', () => {
    const comment = `# The build replaces ${HASHES_PLACEHOLDER} with the hashes.\n  # Indented: ${HASHES_PLACEHOLDER} too.\n`;
    expect(fillHeaders(comment + template, ["'sha256-A'"])).toBe(`${comment}/*\n  Content-Security-Policy: script-src 'self' 'sha256-A'; object-src 'none'\n`);
  });

  test('refuses a template without the placeholder, even where a comment names it', () => {
    expect(() => fillHeaders("/*\n  Content-Security-Policy: script-src 'self'\n", [])).toThrow(SecurityHeadersError);
    expect(() => fillHeaders(`# ${HASHES_PLACEHOLDER}\n/*\n  Content-Security-Policy: script-src 'self'\n`, [])).toThrow(SecurityHeadersError);
  });

  test('refuses a header line longer than the hosts accept', () => {
    const many = Array.from({ length: MAX_HEADER_LINE / 40 }, (_, i) => cspHash(String(i)));
    expect(() => fillHeaders(template, many)).toThrow(/longer than 2000/);
  });
});

describe('inlineScriptHashes over a build folder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'csp-hashes-'));
    await mkdir(join(dir, 'a'));
    await writeFile(join(dir, 'index.html'), '<script>one()</script><script>two()</script>');
    await writeFile(join(dir, 'a', 'index.html'), '<script>two()</script>');
    await writeFile(join(dir, 'a', 'not-a-page.js'), 'three()');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('collects each distinct inline script of every page once, sorted', () => {
    expect(inlineScriptHashes(dir)).toEqual([cspHash('one()'), cspHash('two()')].sort());
  });
});

describe('the policy in each page', () => {
  const template = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');

  test('is public/_headers’ policy without the directives a meta element cannot carry, and its referrer policy', () => {
    const { policy, referrer } = pageSecurityMeta(template);
    const names = policy.split(';').map((d) => d.trim().split(/\s+/)[0]);
    expect(names).not.toContain('frame-ancestors');
    expect(names).toEqual(expect.arrayContaining(['default-src', 'script-src', 'object-src', 'base-uri', 'form-action']));
    expect(policy).toContain(` ${HASHES_PLACEHOLDER}`);
    expect(referrer).toBe('no-referrer');
    // Control: a template that lacks either header stops the build.
    expect(() => pageSecurityMeta('/*\n  Referrer-Policy: no-referrer\n')).toThrow(SecurityHeadersError);
    expect(() => pageSecurityMeta("/*\n  Content-Security-Policy: default-src 'self'\n")).toThrow(SecurityHeadersError);
  });

  test('gets the hashes in its meta element, and nothing else of the page changes', () => {
    const before = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src 'self' ${HASHES_PLACEHOLDER}; object-src 'none'"><script>a()</script></head><body><p>content="x ${HASHES_PLACEHOLDER}"</p></body></html>`;
    const after = fillPagePolicy(before, ["'sha256-AAA='", "'sha256-BBB='"], 'page.html');
    expect(after).toBe(before.replace(`'self' ${HASHES_PLACEHOLDER};`, `'self' 'sha256-AAA=' 'sha256-BBB=';`));
    expect(after).toContain(`<p>content="x ${HASHES_PLACEHOLDER}"</p>`);
  });

  test('a page without the policy, or with one already filled, stops the build, naming the file', () => {
    expect(() => fillPagePolicy('<!doctype html><html><head></head><body></body></html>', [], 'a/index.html')).toThrow(/^a\/index\.html: no <meta http-equiv/);
    expect(() => fillPagePolicy(`<meta http-equiv="Content-Security-Policy" content="script-src 'self'">`, [], 'b.html')).toThrow(
      /^b\.html: .*no INLINE_SCRIPT_HASHES/,
    );
  });
});

describe('the integration, over a build folder', () => {
  const page = (script: string) =>
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="script-src 'self' ${HASHES_PLACEHOLDER}"><script>${script}</script></head><body></body></html>`;
  const logger = { info: () => {} } as unknown as AstroIntegrationLogger;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'csp-integration-'));
    await mkdir(join(dir, 'a'));
    await writeFile(join(dir, '_headers'), `/*\n  Content-Security-Policy: script-src 'self' ${HASHES_PLACEHOLDER}\n`);
    await writeFile(join(dir, 'index.html'), page('one()'));
    await writeFile(join(dir, 'a', 'index.html'), page('two()'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('hashes the pages as they are when the build is done: one changed after the early reading is read again', async () => {
    const { hooks } = securityHeadersIntegration();
    const url = pathToFileURL(`${dir}/`);
    // Read early, as the pages are generated; then a page changes before the hashes are written.
    await hooks['astro:build:generated']?.({ dir: url, logger, routeToHeaders: new Map() });
    await writeFile(join(dir, 'a', 'index.html'), page('three()'));
    await hooks['astro:build:done']?.({ dir: url, logger, pages: [], assets: new Map() });
    const hashes = [cspHash('one()'), cspHash('three()')].sort().join(' ');
    expect(readFileSync(join(dir, '_headers'), 'utf8')).toContain(`script-src 'self' ${hashes}`);
    expect(readFileSync(join(dir, 'a', 'index.html'), 'utf8')).toBe(page('three()').replace(HASHES_PLACEHOLDER, hashes));
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(page('one()').replace(HASHES_PLACEHOLDER, hashes));
  });
});
