/**
 * A minimal static file server over the built site, for browser tests.
 *
 * Why not `astro preview`? It takes seconds to boot, picks its own port, and
 * its behaviour is Astro's dev-server behaviour, not a static host's. This
 * server mimics what a plain static host does with Astro's directory output:
 * '/a/' → a/index.html, '/a' → 301 to '/a/', unknown → 404.html with status
 * 404. It binds to 127.0.0.1 on an ephemeral port so tests never touch a real
 * network interface and can run in parallel without port clashes.
 *
 * With `{ headersFile }` it also sends the response headers a `_headers` file
 * (Netlify / Cloudflare Pages format) gives each path, as those hosts do:
 * browser tests then run under the site's real Content-Security-Policy.
 * With `{ compress: true }` it gzips text, as those hosts do too.
 */
import { createReadStream, readFileSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createGzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { distDir } from './dist.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers.ts';

export interface StaticServer {
  /** e.g. 'http://127.0.0.1:41234' (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

/**
 * Content types by extension. Browsers enforce some of these (module scripts
 * and wasm streaming compilation refuse a wrong MIME type), so getting them
 * right is what lets Pagefind and Astro's scripts actually run under test.
 */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  // Pagefind's index chunks and its wasm.<lang>.pagefind files are opaque
  // (gzipped) blobs fetched with fetch(); a static host serves them as bytes.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

async function statOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await stat(file);
  } catch {
    return undefined;
  }
}

/** Types a host compresses on the fly (Pagefind's own files are gzipped already). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|x-bibtex|x-research-info-systems)|image\/svg\+xml|application\/wasm)/;

function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  size: number,
  status: number,
  extraHeaders: Record<string, string>,
  compress: boolean,
): void {
  const type = contentTypeFor(file);
  const gzip = compress && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(status, {
    'content-type': type,
    ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : { 'content-length': size }),
    // Every run serves a fresh build; never let the browser reuse stale bytes
    // (unless the _headers file says otherwise, as a host would).
    'cache-control': 'no-store',
    ...extraHeaders,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file).on('error', (error) => res.destroy(error));
  if (gzip) stream.pipe(createGzip()).pipe(res);
  else stream.pipe(res);
}

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}

async function handle(root: string, rules: readonly HeaderRule[], compress: boolean, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method Not Allowed', { allow: 'GET, HEAD' });
    return;
  }
  // The URL parser resolves '.' and '..' segments (also percent-encoded ones).
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    sendText(res, 400, 'Bad Request: malformed percent-encoding');
    return;
  }
  const target = resolve(join(root, pathname));
  // Defence in depth: a decoded '%2F..' could still climb out of the root.
  if (pathname.includes('\0') || (target !== root && !target.startsWith(root + sep))) {
    sendText(res, 400, 'Bad Request');
    return;
  }

  // Hosts match _headers patterns against the requested path, also for 404s.
  const extraHeaders = headersFor(rules, url.pathname);
  const stats = await statOrUndefined(target);
  if (stats?.isFile() && !pathname.endsWith('/')) {
    sendFile(req, res, target, stats.size, 200, extraHeaders, compress);
    return;
  }
  if (stats?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      // Same as Netlify/GitHub Pages: canonicalise to the trailing-slash URL
      // (the site is built with trailingSlash: 'always').
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    const index = join(target, 'index.html');
    const indexStats = await statOrUndefined(index);
    if (indexStats?.isFile()) {
      sendFile(req, res, index, indexStats.size, 200, extraHeaders, compress);
      return;
    }
  }

  const notFound = join(root, '404.html');
  const notFoundStats = await statOrUndefined(notFound);
  if (notFoundStats?.isFile()) {
    sendFile(req, res, notFound, notFoundStats.size, 404, extraHeaders, compress);
  } else {
    sendText(res, 404, 'Not Found');
  }
}

export interface ServerOptions {
  /**
   * A `_headers` file whose rules to apply, e.g. join(distDir, '_headers').
   * Read once at start-up; a malformed file throws here.
   */
  headersFile?: string;
  /**
   * Gzip text responses for clients that accept it, as hosts do. Off by
   * default: tests compare bytes; the benchmark turns it on so transfer
   * sizes and Lighthouse timings are those a reader would see.
   */
  compress?: boolean;
}

/** Serve `root` (default: the site's dist/) on 127.0.0.1 at an ephemeral port. */
export async function startServer(root: string = distDir, options: ServerOptions = {}): Promise<StaticServer> {
  const absoluteRoot = resolve(root);
  const rules = options.headersFile ? parseHeadersFile(readFileSync(options.headersFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    handle(absoluteRoot, rules, options.compress ?? false, req, res).catch((error: unknown) => {
      if (!res.headersSent) sendText(res, 500, `Internal Server Error: ${String(error)}`);
      else res.destroy();
    });
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        // Browsers keep connections alive; without this close() waits for
        // their idle timeout.
        server.closeAllConnections();
      }),
  };
}
