/**
 * Headless Chromium for browser tests, via playwright-core (no bundled
 * browser download: we drive the system Chromium, which CI installs with apt).
 *
 * Every page opened here records console errors, uncaught page errors and
 * every request URL, so tests can assert that a page is clean and private
 * (the knowledge base must not phone home: no CDNs, fonts or analytics).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page, type Request, type Response, type WebSocket } from 'playwright-core';

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
      `Chromium not found at ${chromiumPath}. Install it (apt-get install -y chromium) ` + `or set CHROMIUM_PATH to a Chromium/Chrome executable.`,
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
  // Playwright's 30 s default for each wait is short on a heavily loaded
  // machine; 90 s still fails a wait that never ends before the test's own
  // timeout (vitest.config.ts), with Playwright's message saying what it waited for.
  context.setDefaultTimeout(90_000);
  await context.route(
    (url) => (url.protocol === 'http:' || url.protocol === 'https:') && !isLoopbackHost(url.hostname),
    (route) => route.abort('blockedbyclient'),
  );
  return context;
}

/** What a page did while it was recorded. */
export interface PageRecording {
  /** console.error()/console.assert failures and browser-logged errors, with source location. */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections (and renderer crashes). */
  pageErrors: string[];
  /** Every URL the page requested, in order, including websockets. */
  requests: string[];
  /** Requests that failed at the network level: 'url (reason)'. */
  failedRequests: string[];
}

export interface Recorder extends PageRecording {
  /**
   * Resolves once the page has loaded and finished the work it starts by
   * itself (see settle()), with no request of its own still in flight.
   */
  settled(): Promise<void>;
  /** Stops recording (for a tab that goes on to another page). */
  stop(): void;
}

/** Only network requests finish; data: and blob: URLs are not waited for. */
const isNetwork = (url: string) => url.startsWith('http:') || url.startsWith('https:');

/**
 * Records what `page` does from now on: console errors, uncaught errors,
 * every request, and the requests in flight (so settled() can wait until
 * there are none, an event, not a quiet window of fixed length).
 * Listeners go on before navigation so nothing the page does is missed.
 */
export function recordPage(page: Page): Recorder {
  const recording: PageRecording = { consoleErrors: [], pageErrors: [], requests: [], failedRequests: [] };
  const inFlight = new Set<Request>();
  let noneInFlight: Array<() => void> = [];
  const done = (request: Request) => {
    inFlight.delete(request);
    if (inFlight.size === 0) {
      for (const resolve of noneInFlight) resolve();
      noneInFlight = [];
    }
  };
  const listeners = {
    console: (message: ConsoleMessage) => {
      if (message.type() !== 'error' && message.type() !== 'assert') return;
      const { url: source, lineNumber } = message.location();
      recording.consoleErrors.push(source ? `${message.text()} (at ${source}:${lineNumber})` : message.text());
    },
    pageerror: (error: Error) => recording.pageErrors.push(error.stack ?? `${error.name}: ${error.message}`),
    crash: () => recording.pageErrors.push('renderer process crashed'),
    request: (request: Request) => {
      recording.requests.push(request.url());
      if (isNetwork(request.url())) inFlight.add(request);
    },
    requestfinished: done,
    requestfailed: (request: Request) => {
      recording.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'unknown error'})`);
      done(request);
    },
    websocket: (socket: WebSocket) => recording.requests.push(socket.url()),
  };
  page.on('console', listeners.console);
  page.on('pageerror', listeners.pageerror);
  page.on('crash', listeners.crash);
  page.on('request', listeners.request);
  page.on('requestfinished', listeners.requestfinished);
  page.on('requestfailed', listeners.requestfailed);
  page.on('websocket', listeners.websocket);

  const quiet = () => (inFlight.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => noneInFlight.push(resolve)));
  return {
    ...recording,
    async settled() {
      await settle(page);
      // A request can start another once it finishes (Pagefind's entry file, then its index):
      // wait until none is in flight even after the page's next idle moment.
      do {
        await quiet();
        await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve())));
      } while (inFlight.size > 0);
    },
    stop() {
      page.off('console', listeners.console);
      page.off('pageerror', listeners.pageerror);
      page.off('crash', listeners.crash);
      page.off('request', listeners.request);
      page.off('requestfinished', listeners.requestfinished);
      page.off('requestfailed', listeners.requestfailed);
      page.off('websocket', listeners.websocket);
    },
  };
}

/**
 * Waits until a loaded page of this site has done what it does by itself
 * after loading, by the state that work leaves behind (never a fixed wait):
 * the header's search button is enabled (src/search/dialog-bootstrap.ts ran;
 * nothing else of search loads before the reader shows intent). Charts have
 * nothing to wait for: they are drawn in the build.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForFunction(() => {
    const searchButton = document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]');
    return !searchButton || !searchButton.disabled;
  });
}

export interface OpenedPage extends PageRecording {
  page: Page;
  /** Main-document response (null for e.g. same-document navigations). */
  response: Response | null;
  /** Waits again until the page's lazy work is done and no request is in flight (e.g. after scrolling). */
  settled(): Promise<void>;
  /** Closes the page (and the context, if openPage created it). */
  close(): Promise<void>;
}

export interface OpenPageOptions {
  /**
   * Default 'settled': the load event, then the page's own lazy work done
   * (search button enabled) and no request in flight.
   * 'load' for pages without the site's scripts (e.g. JavaScript off).
   */
  waitUntil?: 'load' | 'settled';
}

/**
 * Open `url` in a new page and record what happens. Pass a BrowserContext to
 * reuse it across many pages (much cheaper than a context per page); pass a
 * Browser to get a fresh loopback-only context that close() disposes of.
 */
export async function openPage(target: Browser | BrowserContext, url: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  // Only a Browser has newContext(); a BrowserContext is used as given.
  const ownContext = 'newContext' in target ? await newLoopbackContext(target) : undefined;
  const page = await (ownContext ?? target).newPage();
  const recorder = recordPage(page);

  const close = async (): Promise<void> => {
    recorder.stop();
    await page.close();
    await ownContext?.close();
  };

  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    if ((options.waitUntil ?? 'settled') === 'settled') await recorder.settled();
    const { consoleErrors, pageErrors, requests, failedRequests } = recorder;
    return { page, response, consoleErrors, pageErrors, requests, failedRequests, settled: () => recorder.settled(), close };
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
    throw new Error(`Privacy: ${foreign.length} request(s) left ${origin}:\n  ${[...new Set(foreign)].join('\n  ')}`);
  }
}
