/**
 * Reads a `_headers` file (the Netlify / Cloudflare Pages format) so the test
 * server can send the same response headers a real host would, and browser
 * tests see the site under its production Content-Security-Policy.
 *
 * The format: a line starting at column 0 is a URL path pattern; the indented
 * `Name: value` lines below it are the headers for every path it matches.
 * `#` starts a comment line. In a pattern, `*` matches any run of characters
 * (also '/'), and `:name` matches one path segment. Every matching rule
 * applies; a header set by two rules is joined with ', ' (what Cloudflare
 * does, and for CSP a comma means "enforce both policies"). Anything else
 * (Cloudflare's `! Name` detach lines, absolute-URL patterns) is rejected, so
 * the test server never silently differs from the host.
 */

export interface HeaderRule {
  pattern: string;
  /** Compiled from `pattern`; matches a URL pathname. */
  matcher: RegExp;
  headers: Array<[name: string, value: string]>;
}

export class HeadersFileError extends Error {}

function compilePattern(pattern: string, lineNumber: number): RegExp {
  if (!pattern.startsWith('/')) {
    throw new HeadersFileError(`_headers line ${lineNumber}: only path patterns starting with '/' are supported: ${pattern}`);
  }
  const source = pattern
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      rules.push({ pattern, matcher: compilePattern(pattern, lineNumber), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z0-9-]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!rule) throw new HeadersFileError(`_headers line ${lineNumber}: a header before any path pattern`);
    if (!match) throw new HeadersFileError(`_headers line ${lineNumber}: not a 'Name: value' header line: ${line.trim()}`);
    rule.headers.push([match[1] ?? '', match[2] ?? '']);
  });
  return rules;
}

/** The headers for a URL pathname, names lower-cased, repeated names joined with ', '. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.matcher.test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      result[key] = result[key] === undefined ? value : `${result[key]}, ${value}`;
    }
  }
  return result;
}
