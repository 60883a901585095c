/**
 * Headless Chromium for browser tests, via playwright-core (no bundled
 * browser download: we drive the system Chromium, which CI installs with apt).
 *
 * Every page opened here records console errors, uncaught page errors and
 * every request URL, so tests can assert that a page is clean and private
 * (the knowledge base must not phone home: no CDNs, fonts or analytics).
 */
import { existsSync } from 'node:fs';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Response,
} from 'playwright-core';

/** System Chromium; override with CHROMIUM_PATH (e.g. on a developer laptop). */
export const chromiumPath: string = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

/**
 * The exact Chromium switches we want. `--headless` is passed here rather
 * than via Playwright's `headless: true`, which would append its own
 * `--headless` plus extra emulation switches (hidden scrollbars, touch-like
 * hover settings). Playwright still adds what it needs to drive the browser
 * (--remote-debugging-pipe and a fresh temporary --user-data-dir, which it
 * deletes on close; it refuses a user-supplied --user-data-dir with launch()).
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  // Needed when running as root in containers; the site under test is ours.
  '--no-sandbox',
  '--disable-gpu',
  // No update checks, safe-browsing lists or sync: the only traffic should
  // be to the local test server, which is what the privacy test asserts.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install it (apt-get install -y chromium) ` +
        `or set CHROMIUM_PATH to a Chromium/Chrome executable.`,
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    // Headless comes from CHROMIUM_ARGS; see the comment there. Playwright
    // detects headless mode from the user agent after connecting.
    headless: false,
    args: [...CHROMIUM_ARGS],
    timeout: 60_000,
  });
}

function isLoopbackHost(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/**
 * A browser context that cannot reach anything but loopback. Off-box
 * requests are still *recorded* by openPage (the 'request' event fires
 * before routing), so the privacy assertion sees them; aborting them just
 * guarantees a test run never leaks traffic even if the site regresses.
 */
export async function newLoopbackContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.route(
    (url) => (url.protocol === 'http:' || url.protocol === 'https:') && !isLoopbackHost(url.hostname),
    (route) => route.abort('blockedbyclient'),
  );
  return context;
}

export interface OpenedPage {
  page: Page;
  /** Main-document response (null for e.g. same-document navigations). */
  response: Response | null;
  /** console.error()/console.assert failures and browser-logged errors, with source location. */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections (and renderer crashes). */
  pageErrors: string[];
  /** Every URL the page requested, in order, including websockets. */
  requests: string[];
  /** Requests that failed at the network level: 'url (reason)'. */
  failedRequests: string[];
  /** Closes the page (and the context, if openPage created it). */
  close(): Promise<void>;
}

export interface OpenPageOptions {
  /** Default 'networkidle': wait until lazy scripts and their fetches settle. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit';
}

/**
 * Open `url` in a new page and record what happens. Pass a BrowserContext to
 * reuse it across many pages (much cheaper than a context per page); pass a
 * Browser to get a fresh loopback-only context that close() disposes of.
 */
export async function openPage(
  target: Browser | BrowserContext,
  url: string,
  options: OpenPageOptions = {},
): Promise<OpenedPage> {
  // Only a Browser has newContext(); a BrowserContext is used as given.
  const ownContext = 'newContext' in target ? await newLoopbackContext(target) : undefined;
  const page = await (ownContext ?? target).newPage();

  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const requests: string[] = [];
  const failedRequests: string[] = [];

  // Listeners go on before navigation so nothing the page does is missed.
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'assert') return;
    const { url: source, lineNumber } = message.location();
    consoleErrors.push(source ? `${message.text()} (at ${source}:${lineNumber})` : message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? `${error.name}: ${error.message}`));
  page.on('crash', () => pageErrors.push('renderer process crashed'));
  page.on('request', (request) => requests.push(request.url()));
  page.on('websocket', (socket) => requests.push(socket.url()));
  page.on('requestfailed', (request) =>
    failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'unknown error'})`),
  );

  const close = async (): Promise<void> => {
    await page.close();
    await ownContext?.close();
  };

  try {
    const response = await page.goto(url, { waitUntil: options.waitUntil ?? 'networkidle' });
    return { page, response, consoleErrors, pageErrors, requests, failedRequests, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Requests that went anywhere but `origin` (e.g. 'http://127.0.0.1:41234').
 * data: and about: URLs never touch the network; blob: URLs carry their
 * creator's origin, which URL#origin extracts, so they are checked normally.
 */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  const expected = new URL(origin).origin;
  return requests.filter((request) => {
    const url = new URL(request);
    if (url.protocol === 'data:' || url.protocol === 'about:') return false;
    return url.origin !== expected;
  });
}

/** Throws, listing the offenders, if any request left the test server's origin. */
export function assertNoForeignRequests(requests: readonly string[], origin: string): void {
  const foreign = foreignRequests(requests, origin);
  if (foreign.length > 0) {
    throw new Error(
      `Privacy: ${foreign.length} request(s) left ${origin}:\n  ${[...new Set(foreign)].join('\n  ')}`,
    );
  }
}
