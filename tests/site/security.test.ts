/**
 * What the Content-Security-Policy relies on, checked in the built files:
 * dist/_headers carries the policy and the other security headers for every
 * path, with the hash of every inline script the pages contain; and no page
 * has an inline event handler (onclick=…) or a javascript: URL, which a
 * policy without 'unsafe-inline' would block (so the feature would silently
 * not work) — and which are the usual door for injected script.
 * tests/browser/sweep.test.ts then proves the policy in a real browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, test } from 'vitest';
import {
  HASHES_PLACEHOLDER,
  HEADER_ONLY_DIRECTIVES,
  MAX_HEADER_LINE,
  cspHash,
  htmlFiles,
  inlineScripts,
  metaPolicy,
} from '../../src/integrations/security-headers.ts';
import { distDir } from '../support/dist.ts';
import { headersFor, parseHeadersFile } from '../support/headers.ts';

type Node = DefaultTreeAdapterTypes.Node;

const headersText = readFileSync(join(distDir, '_headers'), 'utf8');
const rules = parseHeadersFile(headersText);
const pageHeaders = headersFor(rules, '/chapters/introduction/');
const csp = pageHeaders['content-security-policy'] ?? '';
const directives = new Map(
  csp
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .filter((tokens) => tokens[0])
    .map(([name = '', ...sources]) => [name, sources] as const),
);
const files = htmlFiles(distDir);

describe('dist/_headers', () => {
  test('sends the security headers on every path', () => {
    for (const path of ['/', '/chapters/introduction/', '/data/drivers.json', '/_astro/x.js', '/pagefind/pagefind.js']) {
      const headers = headersFor(rules, path);
      expect(headers['content-security-policy'], path).toBe(csp);
      expect(headers['referrer-policy'], path).toBe('no-referrer');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
    }
  });

  test('has a strict policy: nothing from other hosts, no inline script without its hash, no eval', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    const scriptSrc = directives.get('script-src') ?? [];
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(scriptSrc.every((source) => source === "'self'" || source === "'wasm-unsafe-eval'" || /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source))).toBe(true);
    for (const sources of directives.values()) {
      expect(sources.filter((source) => /^(https?:|\*|[a-z0-9-]+\.)/i.test(source))).toEqual([]);
    }
  });

  test('was filled in by the build, and fits the hosts’ line limit', () => {
    // Only the comments, which explain the placeholder, still name it.
    const headerLines = headersText.split('\n').filter((line) => !line.trimStart().startsWith('#'));
    expect(headerLines.filter((line) => line.includes(HASHES_PLACEHOLDER))).toEqual([]);
    expect(headersText.split('\n').filter((line) => line.length > MAX_HEADER_LINE)).toEqual([]);
  });

  test('names the hash of every inline script on every page', () => {
    const allowed = new Set(directives.get('script-src'));
    const missing = files.flatMap((file) =>
      inlineScripts(readFileSync(file, 'utf8'))
        .filter((script) => !allowed.has(cspHash(script)))
        .map((script) => `${file.slice(distDir.length)}: ${script.trim().slice(0, 80)}`),
    );
    expect(missing).toEqual([]);
  });
});

/** The content of every <meta> with `key`="`value`" (case-insensitive value) in a page. */
function metaContents(html: string, key: string, value: string): string[] {
  const found: string[] = [];
  const visit = (node: Node): void => {
    if ('tagName' in node && node.tagName === 'meta' && node.attrs.some((a) => a.name === key && a.value.toLowerCase() === value)) {
      found.push(node.attrs.find((a) => a.name === 'content')?.value ?? '');
    }
    for (const child of 'childNodes' in node ? node.childNodes : []) visit(child);
  };
  visit(parse(html));
  return found;
}

test('every page carries the policy itself, for hosts that ignore _headers: the same directives and hashes, less what a meta element cannot hold', () => {
  const expected = metaPolicy(csp);
  expect(expected).toContain("'sha256-");
  for (const name of HEADER_ONLY_DIRECTIVES) expect(expected).not.toMatch(new RegExp(`(^|; )${name}\\b`));
  const wrong = files.flatMap((file) => {
    const html = readFileSync(file, 'utf8');
    const policies = metaContents(html, 'http-equiv', 'content-security-policy');
    const referrers = metaContents(html, 'name', 'referrer');
    const page = file.slice(distDir.length);
    return [
      ...(policies.length === 1 && policies[0] === expected ? [] : [`${page}: ${policies.length} policies, ${policies[0]?.slice(0, 80) ?? 'none'}`]),
      ...(referrers.length === 1 && referrers[0] === pageHeaders['referrer-policy'] ? [] : [`${page}: referrer ${referrers.join(', ') || 'none'}`]),
    ];
  });
  expect(wrong).toEqual([]);
  // Control: a policy with the header-only directive is not what the pages carry.
  expect(csp).toContain('frame-ancestors');
  expect(expected).not.toBe(csp);
});

function offendingAttributes(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Node): void => {
    if ('tagName' in node) {
      for (const attr of node.attrs) {
        if (/^on/i.test(attr.name)) found.push(`<${node.tagName} ${attr.name}="${attr.value.slice(0, 60)}">`);
        if (/^\s*javascript:/i.test(attr.value)) found.push(`<${node.tagName} ${attr.name}="${attr.value.slice(0, 60)}">`);
      }
    }
    const children =
      'content' in node && node.nodeName === 'template'
        ? (node as DefaultTreeAdapterTypes.Template).content.childNodes
        : 'childNodes' in node
          ? node.childNodes
          : [];
    for (const child of children) visit(child);
  };
  visit(parse(html));
  return found;
}

test('no page has an inline event handler or a javascript: URL', () => {
  const found = files.flatMap((file) => offendingAttributes(readFileSync(file, 'utf8')).map((what) => `${file.slice(distDir.length)}: ${what}`));
  expect(found).toEqual([]);
  expect(files.length).toBeGreaterThan(10);
});

test('the attribute check finds what it looks for', () => {
  expect(offendingAttributes('<button onclick="x()">a</button><a href=" JavaScript:void(0)">b</a><svg onload="y()"></svg>')).toEqual([
    '<button onclick="x()">',
    '<a href=" JavaScript:void(0)">',
    '<svg onload="y()">',
  ]);
});
