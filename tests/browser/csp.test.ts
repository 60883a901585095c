/**
 * The site works under its own Content-Security-Policy. Every page in the
 * sitemap is loaded in Chromium from a server that sends the headers in
 * dist/_headers (as Netlify or Cloudflare Pages would), and nothing may be
 * refused: no `securitypolicyviolation` event, no console error. Search
 * (Pagefind: WebAssembly, a web worker, fetched index chunks) is exercised
 * too, since it loads only when used.
 *
 * A control page proves the policy is enforced at all: an inline script
 * without its hash and an inline event handler are refused and reported.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openPage } from '../support/browser.ts';
import { distDir, sitemapPaths } from '../support/dist.ts';
import { headersFor, parseHeadersFile } from '../support/headers.ts';
import { startServer, type StaticServer } from '../support/serve.ts';
import { closeSession, openSession } from '../support/session.ts';
import { inTabs } from '../support/tabs.ts';

const paths = sitemapPaths();
const headersFile = join(distDir, '_headers');

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** Runs before any page script (via DevTools, so the policy does not apply to it). */
function recordViolations(): void {
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.cspViolations?.push(`${event.effectiveDirective} refused ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
  });
}

let server!: StaticServer;
let browser!: Browser;
let context!: BrowserContext;
const found = new Map<string, string[]>();

async function visit(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  };
  page.on('console', onConsole);
  try {
    const response = await page.goto(server.origin + path, { waitUntil: 'networkidle' });
    if (!(await response?.headerValue('content-security-policy'))) problems.push('served without its Content-Security-Policy');
    problems.push(...((await page.evaluate(() => window.cspViolations)) ?? ['violation recorder missing']));
  } catch (error) {
    problems.push(`failed: ${String(error)}`);
  } finally {
    page.off('console', onConsole);
  }
  return problems;
}

beforeAll(async () => {
  ({ server, browser, context } = await openSession(distDir, { headersFile }));
  await context.addInitScript(recordViolations);
  for (const [path, problems] of await inTabs(context, paths, 2, visit)) found.set(path, problems);
}, 600_000);

afterAll(async () => {
  await closeSession({ server, browser, context });
});

test.for(paths)('%s runs under the Content-Security-Policy with no violation', (path) => {
  expect(found.get(path)).toEqual([]);
});

test('search works under the policy (Pagefind: WebAssembly, worker, index fetches)', async () => {
  const opened = await openPage(context, `${server.origin}/`);
  try {
    const { page } = opened;
    await page.getByRole('button', { name: /^Search/ }).click();
    await page.locator('dialog[open] input').first().fill('recruitment');
    await expect.poll(() => page.locator('dialog[open] a[href^="/"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.requests.some((url) => url.includes('/pagefind/'))).toBe(true);
  } finally {
    await opened.close();
  }
});

test('the policy is enforced: an unhashed inline script and an inline handler are refused', async () => {
  const root = await mkdtemp(join(tmpdir(), 'csp-control-'));
  const csp = headersFor(parseHeadersFile(readFileSync(headersFile, 'utf8')), '/')['content-security-policy'];
  await writeFile(join(root, '_headers'), `/*\n  Content-Security-Policy: ${csp}\n`);
  await writeFile(
    join(root, 'index.html'),
    '<!doctype html><html lang="en"><head><title>control</title><link rel="icon" href="data:,"></head>' +
      '<body onload="window.handlerRan = true"><script>window.inlineRan = true</script></body></html>',
  );
  const control = await startServer(root, { headersFile: join(root, '_headers') });
  const opened = await openPage(context, `${control.origin}/`);
  try {
    const { page } = opened;
    expect(await page.evaluate(() => 'inlineRan' in window || 'handlerRan' in window)).toBe(false);
    const violations = (await page.evaluate(() => window.cspViolations)) ?? [];
    // Chromium reports the two in either order (the handler's may come first): compare as a set.
    expect(violations.map((line) => line.split(' at ')[0]).sort()).toEqual(['script-src-attr refused inline', 'script-src-elem refused inline']);
  } finally {
    await opened.close();
    await control.close();
    await rm(root, { recursive: true, force: true });
  }
});
