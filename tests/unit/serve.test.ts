/**
 * The browser tests are only as trustworthy as the static server under them:
 * if it resolved URLs more leniently than a real host (e.g. served '/a'
 * without redirecting), broken links could pass. These tests pin its
 * behaviour on a throwaway folder, so they need no build.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentTypeFor, startServer, type StaticServer } from '../support/serve.ts';

let temp: string;

async function write(file: string, content: string): Promise<void> {
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, content);
}

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'serve-test-'));
  // Served root is temp/site; temp/secret.txt sits just outside it.
  await write(join(temp, 'secret.txt'), 'SECRET');
  await write(join(temp, 'site', 'index.html'), '<h1>home</h1>');
  await write(join(temp, 'site', '404.html'), '<h1>custom not found</h1>');
  await write(join(temp, 'site', 'drivers', 'recruitment', 'index.html'), '<h1>recruitment</h1>');
  await write(join(temp, 'site', 'data', 'fighters.json'), '{"n":1}');
  await write(join(temp, 'site', 'pagefind', 'fragment', 'en_1.pf_fragment'), 'x');
  await mkdir(join(temp, 'site', 'empty-dir'));
  await write(join(temp, 'bare', 'index.html'), '<h1>no 404 page here</h1>');
});

afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('startServer over a folder with a 404.html', () => {
  let server!: StaticServer;
  beforeAll(async () => {
    server = await startServer(join(temp, 'site'));
  });
  afterAll(async () => {
    await server?.close();
  });

  // redirect: 'manual' lets us see the 301 itself rather than its target.
  const get = (path: string, init: RequestInit = {}): Promise<Response> => fetch(server.origin + path, { redirect: 'manual', ...init });

  test('listens on loopback with an ephemeral port', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.origin).not.toBe('http://127.0.0.1:0');
  });

  test('serves / and /path/ from index.html', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await home.text()).toBe('<h1>home</h1>');

    const page = await get('/drivers/recruitment/');
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<h1>recruitment</h1>');
  });

  test('redirects a directory without its trailing slash, keeping the query', async () => {
    const response = await get('/drivers/recruitment');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/drivers/recruitment/');

    const withQuery = await get('/drivers?x=1');
    expect(withQuery.status).toBe(301);
    expect(withQuery.headers.get('location')).toBe('/drivers/?x=1');
  });

  test('serves files with their content type', async () => {
    const json = await get('/data/fighters.json');
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await json.json()).toEqual({ n: 1 });

    const fragment = await get('/pagefind/fragment/en_1.pf_fragment');
    expect(fragment.headers.get('content-type')).toBe('application/octet-stream');
  });

  test('answers 404 with the site 404.html for missing paths', async () => {
    for (const path of ['/nope/', '/nope', '/drivers/missing.json', '/data/fighters.json/', '/empty-dir/']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(await response.text(), path).toBe('<h1>custom not found</h1>');
    }
  });

  test('HEAD sends headers but no body', async () => {
    const response = await get('/', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String('<h1>home</h1>'.length));
    expect(await response.text()).toBe('');
  });

  test('never serves files outside the root', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/..%5csecret.txt']) {
      const response = await get(path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(await response.text(), path).not.toContain('SECRET');
    }
  });

  test('normalises dot segments in a raw (un-normalised) request line', async () => {
    // fetch() normalises '..' client-side; node:http sends the path verbatim,
    // like `curl --path-as-is` or a hostile client would.
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const { hostname, port } = new URL(server.origin);
      // An options object (not a URL string, which would be parsed and
      // normalised) puts the path on the wire exactly as written.
      const request = httpGet({ hostname, port, path: '/../secret.txt' }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      request.on('error', reject);
    });
    expect(status).toBe(404);
    expect(body).not.toContain('SECRET');
  });

  test('rejects methods a static host does not support', async () => {
    const response = await get('/', { method: 'POST' });
    expect(response.status).toBe(405);
  });
});

test('without a 404.html, missing paths get a plain-text 404', async () => {
  const server = await startServer(join(temp, 'bare'));
  try {
    const response = await fetch(`${server.origin}/missing/`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  } finally {
    await server.close();
  }
});

test('contentTypeFor covers the types the site ships', () => {
  expect(contentTypeFor('a/b.js')).toBe('text/javascript; charset=utf-8');
  expect(contentTypeFor('a/b.css')).toBe('text/css; charset=utf-8');
  expect(contentTypeFor('a/b.csv')).toBe('text/csv; charset=utf-8');
  expect(contentTypeFor('a/b.svg')).toBe('image/svg+xml');
  expect(contentTypeFor('a/b.png')).toBe('image/png');
  expect(contentTypeFor('a/b.woff2')).toBe('font/woff2');
  expect(contentTypeFor('a/b.wasm')).toBe('application/wasm');
  expect(contentTypeFor('pagefind/pagefind.en_1.pf_meta')).toBe('application/octet-stream');
  expect(contentTypeFor('pagefind/index/en_1.pf_index')).toBe('application/octet-stream');
  expect(contentTypeFor('pagefind/wasm.en.pagefind')).toBe('application/octet-stream');
  expect(contentTypeFor('a/B.HTML')).toBe('text/html; charset=utf-8');
});

test('with a headersFile, sends each path the headers its _headers rules give it', async () => {
  const headersFile = join(temp, '_headers');
  await writeFile(headersFile, ['/*', '  X-Content-Type-Options: nosniff', '/data/*', '  Cache-Control: max-age=60', ''].join('\n'));
  const server = await startServer(join(temp, 'site'), { headersFile });
  try {
    const home = await fetch(`${server.origin}/`);
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    expect(home.headers.get('cache-control')).toBe('no-store');

    const data = await fetch(`${server.origin}/data/fighters.json`);
    expect(data.headers.get('x-content-type-options')).toBe('nosniff');
    // The file's rule wins over the server's default, as on a real host.
    expect(data.headers.get('cache-control')).toBe('max-age=60');

    const missing = await fetch(`${server.origin}/nope/`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
  } finally {
    await server.close();
  }
});

test('with compress, gzips text for clients that accept it, and only then', async () => {
  const server = await startServer(join(temp, 'site'), { compress: true });
  try {
    const html = await fetch(`${server.origin}/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(html.headers.get('content-encoding')).toBe('gzip');
    expect(await html.text()).toBe('<h1>home</h1>'); // fetch decodes it
    const identity = await new Promise<string | undefined>((resolve, reject) => {
      const { hostname, port } = new URL(server.origin);
      httpGet({ hostname, port, path: '/', headers: { 'accept-encoding': 'identity' } }, (response) => {
        response.resume();
        resolve(response.headers['content-encoding']);
      }).on('error', reject);
    });
    expect(identity).toBeUndefined();
    const blob = await fetch(`${server.origin}/pagefind/fragment/en_1.pf_fragment`, { headers: { 'accept-encoding': 'gzip' } });
    expect(blob.headers.get('content-encoding')).toBeNull();
  } finally {
    await server.close();
  }
});
