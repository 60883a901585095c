/**
 * Fills the Content-Security-Policy in `dist/_headers` with the hash of every
 * inline script the build wrote.
 *
 * Why hashes, and why after the build: Starlight ships small inline scripts
 * that must run before first paint (the theme provider, the search shortcut
 * label, the sidebar state restore), and Astro inlines small bundled module
 * scripts. A CSP without 'unsafe-inline' must name each one by its sha256
 * hash, and those texts change with every Starlight or Astro upgrade. Hashing
 * what is actually in `dist/` once every page is written (astro:build:done)
 * cannot drift from the pages; a hand-kept list of hashes would. Astro's own
 * `security.csp` only covers the scripts Astro bundles (not `is:inline` ones),
 * and it can only emit a <meta> policy, which cannot carry frame-ancestors.
 *
 * `public/_headers` (Netlify / Cloudflare Pages format) is the template: Astro
 * copies it to `dist/_headers`, and this integration replaces the placeholder
 * INLINE_SCRIPT_HASHES in its header lines (its comments name the
 * placeholder and stay as written). A template without the placeholder, or a
 * resulting header line over the hosts' length limit, stops the build.
 *
 * The same policy also travels in every page, for hosts that ignore
 * `_headers` (GitHub Pages, S3, nginx: README, "Deploy"): the Head override
 * renders `<meta http-equiv="Content-Security-Policy">` from the template,
 * without the directives a meta element cannot carry (frame-ancestors,
 * report-uri, sandbox: CSP Level 3, "The meta element"), and `<meta
 * name="referrer">` from its Referrer-Policy line. The hashes exist only
 * once the pages are written, so this integration fills the placeholder in
 * each page's policy too, with the same list it writes into `_headers`: it
 * finds the meta element with the HTML parser and replaces its `content`
 * attribute at the offsets the parser reports, and nothing else of the page
 * (one parse of each page gives both its scripts and those offsets).
 * A page without that element stops the build, naming the file.
 *
 * The pages are read and parsed as soon as they are generated
 * (astro:build:generated), a page at a time between other work, so that the
 * parsing runs while Pagefind, a process of its own, indexes them; the hashes
 * are written once every other integration is done (astro:build:done), and a
 * page that changed in between is read again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** The token in public/_headers that the build replaces with the hashes. */
export const HASHES_PLACEHOLDER = 'INLINE_SCRIPT_HASHES';

/**
 * Cloudflare Pages rejects header lines longer than 2,000 characters
 * (https://developers.cloudflare.com/pages/configuration/headers/); Netlify
 * has no lower limit. Staying under it keeps the file portable.
 */
export const MAX_HEADER_LINE = 2000;

export class SecurityHeadersError extends Error {}

/** JavaScript MIME type essences (HTML standard, "JavaScript MIME type"). */
const JS_MIME = /^(application|text)\/(x-)?(java|ecma)script$|^text\/(javascript1\.[0-5]|jscript|livescript)$/;

/**
 * Does a <script type> make the element run as script (or as an import map /
 * speculation rules, which CSP also governs)? Other types (JSON, JSON-LD)
 * are data blocks: CSP does not apply to them, so they need no hash.
 */
export function isExecutableScriptType(type: string | undefined): boolean {
  if (type === undefined) return true;
  const essence = type.trim().toLowerCase().split(';')[0]?.trim() ?? '';
  return essence === '' || essence === 'module' || essence === 'importmap' || essence === 'speculationrules' || JS_MIME.test(essence);
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function childrenOf(node: Node): Node[] {
  if (isElement(node) && node.tagName === 'template' && 'content' in node) {
    return (node as DefaultTreeAdapterTypes.Template).content.childNodes;
  }
  return 'childNodes' in node ? node.childNodes : [];
}

/** Where a page's <meta http-equiv="Content-Security-Policy"> has its `content` attribute: its value and its offsets in the page. */
interface PolicyAttribute {
  value: string;
  startOffset: number;
  endOffset: number;
}

/** What the build needs of a page, read in one pass of the HTML parser. */
export interface PageReading {
  /** The text of every inline, executable <script>, as the browser hashes it. */
  scripts: string[];
  /** The page's own policy, where it has one. */
  policy: PolicyAttribute | undefined;
}

/**
 * Reads a page once: the text of every inline, executable <script>, exactly
 * as the browser hashes it (the raw text between the tags; script content is
 * never entity-decoded), and where its Content-Security-Policy meta element
 * has its `content` (the parser reports the offsets).
 */
export function readPage(html: string): PageReading {
  const reading: PageReading = { scripts: [], policy: undefined };
  const visit = (node: Node): void => {
    if (isElement(node) && node.tagName === 'script') {
      const attr = (name: string) => node.attrs.find((a) => a.name === name)?.value;
      if (attr('src') === undefined && isExecutableScriptType(attr('type'))) {
        reading.scripts.push(node.childNodes.map((child) => ('value' in child ? child.value : '')).join(''));
      }
      return;
    }
    if (
      !reading.policy &&
      isElement(node) &&
      node.tagName === 'meta' &&
      node.attrs.some((a) => a.name === 'http-equiv' && a.value.toLowerCase() === 'content-security-policy')
    ) {
      const content = node.attrs.find((a) => a.name === 'content');
      const location = node.sourceCodeLocation?.attrs?.['content'];
      if (content && location) reading.policy = { value: content.value, startOffset: location.startOffset, endOffset: location.endOffset };
      return;
    }
    for (const child of childrenOf(node)) visit(child);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }));
  return reading;
}

/** The text of every inline, executable <script> in an HTML document (readPage). */
export const inlineScripts = (html: string): string[] => readPage(html).scripts;

/** A CSP source expression for `text`: 'sha256-<base64>'. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Every .html file under `dir`, sorted. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The sorted, de-duplicated hashes of the inline scripts of the pages read. */
const hashesOf = (readings: Iterable<PageReading>): string[] => [...new Set([...readings].flatMap((r) => r.scripts.map(cspHash)))].sort();

/** The sorted, de-duplicated hashes of the inline scripts of every page under `dir`. */
export function inlineScriptHashes(dir: string): string[] {
  return hashesOf(htmlFiles(dir).map((file) => readPage(readFileSync(file, 'utf8'))));
}

/** A comment of the _headers format: a line whose first character after indentation is '#'. */
const isComment = (line: string) => line.trimStart().startsWith('#');

/**
 * Replace the placeholder in the header lines of a _headers template (its
 * comments, which name the placeholder to explain it, stay as written);
 * throws if no header line has it or a line grows too long.
 */
export function fillHeaders(template: string, hashes: readonly string[]): string {
  const lines = template.split('\n');
  if (!lines.some((line) => !isComment(line) && line.includes(HASHES_PLACEHOLDER))) {
    throw new SecurityHeadersError(
      `public/_headers has no ${HASHES_PLACEHOLDER} placeholder: the Content-Security-Policy would block the site's inline scripts`,
    );
  }
  // An empty list must not leave a bare placeholder behind: browsers would
  // ignore it with a console warning, but it is a mistake all the same.
  const filledLines = lines.map((line) => (isComment(line) ? line : fillPolicy(line, hashes)));
  if (filledLines.some((line) => !isComment(line) && line.includes(HASHES_PLACEHOLDER))) {
    throw new SecurityHeadersError(`${HASHES_PLACEHOLDER} must follow a space in public/_headers`);
  }
  const tooLong = filledLines.filter((line) => line.length > MAX_HEADER_LINE);
  if (tooLong.length > 0) {
    throw new SecurityHeadersError(
      `dist/_headers: ${tooLong.length} header line(s) longer than ${MAX_HEADER_LINE} characters ` +
        `(Cloudflare Pages rejects them). ${hashes.length} distinct inline scripts were hashed; ` +
        `move large or per-page inline scripts into bundled <script> modules.`,
    );
  }
  return filledLines.join('\n');
}

/** The value of the first `name:` header line of a _headers file (comments skipped), or undefined. */
export function headerValue(headersText: string, name: string): string | undefined {
  const prefix = `${name.toLowerCase()}:`;
  const line = headersText.split('\n').find((l) => !isComment(l) && l.trim().toLowerCase().startsWith(prefix));
  return line?.trim().slice(prefix.length).trim();
}

/** Directives a policy delivered by a <meta> element may not hold (CSP Level 3, "The meta element"): browsers ignore them there. */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ['frame-ancestors', 'report-uri', 'sandbox'];

/** `policy` without the directives a <meta> element cannot carry. */
export function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !HEADER_ONLY_DIRECTIVES.includes(directive.split(/\s+/)[0]!.toLowerCase()))
    .join('; ');
}

export interface PageSecurityMeta {
  /** The Content-Security-Policy for the page's <meta http-equiv>, with the hashes' placeholder still in it. */
  policy: string;
  /** The Referrer-Policy, for <meta name="referrer">. */
  referrer: string;
}

/**
 * What the Head override writes into every page, read from public/_headers
 * so that the page and the header say the same; a template without either
 * header stops the build.
 */
export function pageSecurityMeta(headersText: string): PageSecurityMeta {
  const policy = headerValue(headersText, 'Content-Security-Policy');
  const referrer = headerValue(headersText, 'Referrer-Policy');
  if (!policy || !referrer)
    throw new SecurityHeadersError('public/_headers: a Content-Security-Policy and a Referrer-Policy line are needed for the pages’ <meta> elements');
  return { policy: metaPolicy(policy), referrer };
}

/** The hashes in place of the placeholder of a policy (a space before it, as in public/_headers). */
function fillPolicy(policy: string, hashes: readonly string[]): string {
  return policy.replaceAll(` ${HASHES_PLACEHOLDER}`, hashes.map((hash) => ` ${hash}`).join(''));
}

/** Escapes an attribute value for a double-quoted HTML attribute. */
const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * The page with the hashes in its <meta http-equiv="Content-Security-Policy">:
 * the parser locates the element's `content` attribute, and only those
 * characters change. Throws, naming `file`, when the page has no such
 * element or its policy has no placeholder to fill.
 */
export function fillPagePolicy(html: string, hashes: readonly string[], file: string, policy: PolicyAttribute | undefined = readPage(html).policy): string {
  if (!policy)
    throw new SecurityHeadersError(`${file}: no <meta http-equiv="Content-Security-Policy" content="…"> (src/components/overrides/Head.astro writes it)`);
  if (!policy.value.includes(` ${HASHES_PLACEHOLDER}`))
    throw new SecurityHeadersError(`${file}: the page's Content-Security-Policy has no ${HASHES_PLACEHOLDER} to fill`);
  const attribute = `content="${escapeAttribute(fillPolicy(policy.value, hashes))}"`;
  return html.slice(0, policy.startOffset) + attribute + html.slice(policy.endOffset);
}

/** A page as read: its text, what readPage found in it, and its size and time of change then. */
interface PageRead {
  html: string;
  reading: PageReading;
  version: string;
}

const versionOf = (file: string): string => {
  const stats = statSync(file, { bigint: true });
  return `${stats.size}:${stats.mtimeNs}`;
};

function readPageFile(file: string): PageRead {
  const version = versionOf(file);
  const html = readFileSync(file, 'utf8');
  return { html, reading: readPage(html), version };
}

/** Every page under `out`, read one at a time with a turn of the event loop between pages, so that other work goes on. */
async function readPagesBetween(out: string): Promise<Map<string, PageRead>> {
  const pages = new Map<string, PageRead>();
  for (const file of htmlFiles(out)) {
    await new Promise((resolve) => setImmediate(resolve));
    pages.set(file, readPageFile(file));
  }
  return pages;
}

export function securityHeadersIntegration(): AstroIntegration {
  let early: Promise<Map<string, PageRead>> | undefined;
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        early = readPagesBetween(fileURLToPath(dir));
        // Awaited in astro:build:done; a failure here is reported there.
        early.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const headersFile = join(out, '_headers');
        if (!existsSync(headersFile)) {
          throw new SecurityHeadersError(`${headersFile} is missing: public/_headers should have been copied there`);
        }
        // Each page is parsed once (readPage), unless it changed after it was read early.
        const read = (await early) ?? new Map<string, PageRead>();
        const pages = new Map(
          htmlFiles(out).map((file) => {
            const page = read.get(file);
            return [file, page !== undefined && page.version === versionOf(file) ? page : readPageFile(file)] as const;
          }),
        );
        const hashes = hashesOf([...pages.values()].map((page) => page.reading));
        writeFileSync(headersFile, fillHeaders(readFileSync(headersFile, 'utf8'), hashes));
        // The same hashes in each page's own policy (after hashing: the meta element is no script, so filling it changes no hash).
        for (const [file, { html, reading }] of pages) writeFileSync(file, fillPagePolicy(html, hashes, file.slice(out.length), reading.policy));
        logger.info(`_headers and ${pages.size} pages: Content-Security-Policy allows ${hashes.length} inline script hash(es)`);
      },
    },
  };
}
