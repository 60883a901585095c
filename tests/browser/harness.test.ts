/**
 * Tests of the browser test harness itself: a privacy test that records
 * nothing would pass forever. A deliberately bad page (third-party script and
 * image, console.error, uncaught exception) must be caught on every count,
 * and its off-box requests must be blocked rather than sent.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { assertNoForeignRequests, foreignRequests, launchBrowser, openPage } from '../support/browser.ts';
import { startServer, type StaticServer } from '../support/serve.ts';

// `data:,` as icon stops Chromium asking for /favicon.ico (a 404 → console error).
const HEAD = '<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">';

const BAD_PAGE = `${HEAD}
<script src="https://cdn.example.com/lib.js"></script></head>
<body><main>bad</main>
<img src="http://203.0.113.7/pixel.png" alt="">
<script>
  console.error('boom from console');
  setTimeout(() => { throw new Error('boom from page'); });
</script></body></html>`;

const GOOD_PAGE = `${HEAD}</head><body><main>good</main>
<script src="/local.js"></script></body></html>`;

let root: string;
let server!: StaticServer;
let browser!: Browser;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'harness-test-'));
  await mkdir(join(root, 'bad'));
  await mkdir(join(root, 'good'));
  await writeFile(join(root, 'bad', 'index.html'), BAD_PAGE);
  await writeFile(join(root, 'good', 'index.html'), GOOD_PAGE);
  await writeFile(join(root, 'local.js'), 'document.body.dataset.ran = "yes";');
  server = await startServer(root);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

test('runs Chromium headless', async () => {
  const opened = await openPage(browser, `${server.origin}/good/`);
  try {
    expect(await opened.page.evaluate(() => navigator.userAgent)).toContain('HeadlessChrome');
  } finally {
    await opened.close();
  }
});

test('a clean page records only same-origin requests and no errors', async () => {
  const opened = await openPage(browser, `${server.origin}/good/`);
  try {
    expect(opened.response?.status()).toBe(200);
    expect(await opened.page.evaluate(() => document.body.dataset['ran'])).toBe('yes');
    expect(opened.requests).toEqual([`${server.origin}/good/`, `${server.origin}/local.js`]);
    expect(foreignRequests(opened.requests, server.origin)).toEqual([]);
    expect(() => assertNoForeignRequests(opened.requests, server.origin)).not.toThrow();
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.failedRequests).toEqual([]);
  } finally {
    await opened.close();
  }
});

test('a bad page is caught: foreign requests (blocked), console errors, page errors', async () => {
  const opened = await openPage(browser, `${server.origin}/bad/`);
  try {
    const foreign = ['https://cdn.example.com/lib.js', 'http://203.0.113.7/pixel.png'];
    expect(foreignRequests(opened.requests, server.origin).toSorted()).toEqual(foreign.toSorted());
    expect(() => assertNoForeignRequests(opened.requests, server.origin)).toThrow(/cdn\.example\.com/);
    // Aborted by the loopback-only route, so nothing actually left the machine.
    // (Chromium reports the reason as 'net::ERR_BLOCKED_BY_CLIENT.Inspector'.)
    for (const url of foreign) {
      expect(opened.failedRequests.filter((failed) => failed.startsWith(`${url} (net::ERR_BLOCKED_BY_CLIENT`))).toHaveLength(1);
    }
    expect(opened.consoleErrors.some((message) => message.includes('boom from console'))).toBe(true);
    await expect.poll(() => opened.pageErrors.join('\n')).toContain('boom from page');
  } finally {
    await opened.close();
  }
});
