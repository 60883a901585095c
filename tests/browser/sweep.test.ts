/**
 * Every page in the sitemap, and the 404 page (at an address that does not
 * exist), visited ONCE in Chromium, served with the production headers
 * (dist/_headers, as Netlify or Cloudflare Pages would), and checked in that
 * one visit for:
 *
 * - accessibility: axe-core finds no violation of WCAG 2.0/2.1/2.2 A and AA,
 *   axe's best practices or label-content-name-mismatch; every rule in the
 *   light theme, the colour rules in the dark theme, and, for the first page
 *   of each kind, every rule again at phone width (menu button, tables that
 *   scroll);
 * - the Content-Security-Policy: the page is served with it, and nothing is
 *   refused (no `securitypolicyviolation` event);
 * - privacy: nothing is fetched from another origin (no CDNs, web fonts,
 *   analytics: readers of a thesis on militancy must not be tracked), and
 *   no console error or uncaught exception;
 * - layout: the page is no wider than the screen, at 1440 px and on a 390 px
 *   phone (a page that scrolls sideways pushes the menu and search buttons
 *   off a phone's screen).
 *
 * A visit waits for the load event and then for the work each page starts by
 * itself, by the state it leaves (search button enabled)
 * and until no request is in flight (tests/support/browser.ts, recordPage):
 * an event, not a quiet window of fixed length.
 *
 * The pages are visited in beforeAll by two tabs working through the list
 * (tests/support/tabs.ts); each page then gets its own test reporting what
 * was found on it. Each gate also has a control below: a bad input it must
 * catch. (The privacy recorder's control is tests/browser/harness.test.ts.)
 *
 * Where the time goes (each step timed per page; SWEEP_TIMINGS=file writes
 * the figures as JSON): axe's colour-contrast rule is most of it, in both
 * themes, then the page load, then the layout after each change of width.
 * So a visit changes the width only twice (the widths to fit, phone last,
 * where the phone-width axe run follows without another change), and a tab
 * leaves its last page for a blank one before it takes the desktop width
 * again, so that no page is laid out anew only to be left.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { AXE_OPTIONS, describeViolations, runAxe } from '../support/axe.ts';
import { foreignRequests, openPage, recordPage } from '../support/browser.ts';
import { distDir, sitemapPaths } from '../support/dist.ts';
import { headersFor, parseHeadersFile } from '../support/headers.ts';
import { startServer, type StaticServer } from '../support/serve.ts';
import { closeSession, openSession } from '../support/session.ts';
import { inTabs } from '../support/tabs.ts';

/** An address with no page: the host answers with the 404 page, status 404. */
const NOT_FOUND = '/no-page-at-this-address/';
/** What Chromium logs for a document served with status 404. */
const NOT_FOUND_LOG = 'Failed to load resource: the server responded with a status of 404 (Not Found)';
const paths = [...sitemapPaths(), NOT_FOUND];
const headersFile = join(distDir, '_headers');

/** Rules whose outcome depends on the colour theme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/** The first page of each kind (first URL segment), also checked at phone width. */
const phoneSample = new Set(new Map(sitemapPaths().map((path) => [path.split('/')[1] ?? '', path])).values());

const TABS = 2;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
/** The widths every page must fit, without scrolling sideways; the phone last, where the phone-width axe run follows. */
const WIDTHS = [{ width: 1440, height: 900 }, PHONE];

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

interface Found {
  /** HTTP status and the visit itself. */
  visit: string[];
  accessibility: string[];
  csp: string[];
  privacy: string[];
  layout: string[];
  /** Every URL the page requested. */
  requests: string[];
  /** Milliseconds each step of the visit took. */
  steps: Record<string, number>;
}

let server!: StaticServer;
let browser!: Browser;
let context!: BrowserContext;
const found = new Map<string, Found>();

async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  // What Starlight's theme picker does: the attribute its CSS keys on.
  await page.emulateMedia({ colorScheme: theme });
  await page.evaluate((value) => {
    document.documentElement.dataset['theme'] = value;
  }, theme);
}

/** Resolves in the second animation frame from now: by then the first frame's layout and ResizeObserver callbacks have run. */
function nextFrames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

async function visit(page: Page, path: string): Promise<Found> {
  const result: Found = { visit: [], accessibility: [], csp: [], privacy: [], layout: [], requests: [], steps: {} };
  let stepStart = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    result.steps[name] = Math.round(now - stepStart);
    stepStart = now;
  };
  // A tab goes from page to page: start each from the desktop width and the light theme,
  // on a blank page, so that the page left behind is not laid out again at the new width.
  await page.goto('about:blank');
  await page.setViewportSize(DESKTOP);
  await page.emulateMedia({ colorScheme: 'light' });
  const recorder = recordPage(page);
  try {
    const response = await page.goto(server.origin + path, { waitUntil: 'load' });
    step('load');
    await recorder.settled();
    step('settle');
    const status = path === NOT_FOUND ? 404 : 200;
    if (response?.status() !== status) result.visit.push(`HTTP status ${response?.status()}, not ${status}`);
    if (!(await response?.headerValue('content-security-policy'))) result.csp.push('served without its Content-Security-Policy');

    await setTheme(page, 'light');
    result.accessibility.push(...describeViolations((await runAxe(page)).violations).map((line) => `light theme: ${line}`));
    step('axe light');
    await setTheme(page, 'dark');
    const dark = await runAxe(page, { ...AXE_OPTIONS, runOnly: { type: 'rule', values: COLOUR_RULES } });
    result.accessibility.push(...describeViolations(dark.violations).map((line) => `dark theme: ${line}`));
    step('axe dark');

    for (const size of WIDTHS) {
      await page.setViewportSize(size);
      // The page reacts to the new width in ResizeObservers (wide tables become focusable
      // scroll regions, src/scripts/scrollable-tables.ts); those run before the frame after
      // next is drawn, so wait for that frame: an event, not a delay.
      await nextFrames(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) result.layout.push(`${overflow} px wider than a ${size.width} px screen`);
    }
    step('widths');
    if (phoneSample.has(path)) {
      // Already at the phone's width (the last of WIDTHS).
      await setTheme(page, 'light');
      await nextFrames(page);
      result.accessibility.push(...describeViolations((await runAxe(page)).violations).map((line) => `phone width: ${line}`));
      step('axe phone');
    }

    result.csp.push(...((await page.evaluate(() => window.cspViolations)) ?? ['violation recorder missing']));
    result.privacy.push(
      ...foreignRequests(recorder.requests, server.origin).map((url) => `request to another origin: ${url}`),
      ...recorder.consoleErrors
        // Chromium reports the 404 status of the address with no page as a console error of that page itself: the
        // status the test asks for, above. Any other failed load (a missing asset of the 404 page) still counts.
        .filter((message) => !(path === NOT_FOUND && message === `${NOT_FOUND_LOG} (at ${server.origin}${path}:0)`))
        .map((message) => `console error: ${message}`),
      ...recorder.pageErrors.map((message) => `uncaught error: ${message}`),
    );
    result.requests = [...recorder.requests];
  } catch (error) {
    result.visit.push(`visit failed: ${String(error)}`);
  } finally {
    recorder.stop();
  }
  return result;
}

beforeAll(async () => {
  ({ server, browser, context } = await openSession(distDir, { headersFile }));
  await context.addInitScript(recordViolations);
  for (const [path, result] of await inTabs(context, paths, TABS, visit)) found.set(path, result);
  const timingsFile = process.env['SWEEP_TIMINGS'];
  if (timingsFile) await writeFile(timingsFile, JSON.stringify(Object.fromEntries([...found].map(([path, { steps }]) => [path, steps])), null, 1));
  // A limit for a hung visit, not a speed budget: 170 pages took 685 s on two cores at a load average of 3 to 10.
}, 1_800_000);

afterAll(async () => {
  await closeSession({ server, browser, context });
});

test('the sitemap lists the home page, and a page of each kind is also checked at phone width', () => {
  expect(paths).toContain('/');
  expect(phoneSample.size).toBeGreaterThan(5);
});

test('control, accessibility: the dark theme fails the 404 page with the Search button in the accent it had (3.9:1)', async () => {
  const opened = await openPage(context, `${server.origin}${NOT_FOUND}`);
  try {
    const { page } = opened;
    await setTheme(page, 'dark');
    const colour = { ...AXE_OPTIONS, runOnly: { type: 'rule' as const, values: COLOUR_RULES } };
    expect((await runAxe(page, colour)).violations).toEqual([]);
    await page.addStyleTag({ content: '.not-found-search button { background: var(--sl-color-accent); border-color: var(--sl-color-accent); }' });
    const contrast = (await runAxe(page, colour)).violations.filter((violation) => violation.id === 'color-contrast');
    expect(contrast.flatMap((violation) => violation.nodes.map((node) => node.html))).toContain('<button type="submit">Search</button>');
  } finally {
    await opened.close();
  }
});

test.for(paths)('%s: no accessibility, CSP, privacy or layout problem', (path) => {
  const result = found.get(path);
  expect(result, 'visited').toBeDefined();
  // Soft, so one run reports every kind of problem a page has.
  expect.soft(result?.visit, 'visit').toEqual([]);
  expect.soft(result?.accessibility, 'accessibility (axe)').toEqual([]);
  expect.soft(result?.csp, 'Content-Security-Policy').toEqual([]);
  expect.soft(result?.privacy, 'privacy (other origins, console and page errors)').toEqual([]);
  expect.soft(result?.layout, 'layout (wider than the screen)').toEqual([]);
});

test('control, accessibility: the checks include the rule a bare Starlight site fails', async () => {
  // The markup Starlight ships for its search button.
  const page = await context.newPage();
  try {
    await page.setContent(`<!doctype html><html lang="en"><head><title>t</title></head><body><main><h1>t</h1>
      <button aria-label="Search"><span aria-hidden="true">Search</span><kbd><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button>
      </main></body></html>`);
    const results = await runAxe(page);
    expect(results.violations.map((violation) => violation.id)).toContain('label-content-name-mismatch');
  } finally {
    await page.close();
  }
});

test('search works under the policy (Pagefind: WebAssembly, worker, index fetches)', async () => {
  const opened = await openPage(context, `${server.origin}/`);
  try {
    const { page } = opened;
    await page.getByRole('button', { name: /^Search/ }).click();
    await page.locator('dialog[open] input[role="combobox"]').fill('recruitment');
    await page.locator('dialog[open] [role="option"]').first().waitFor();
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.requests.some((url) => url.includes('/pagefind/'))).toBe(true);
  } finally {
    await opened.close();
  }
});

test('control, CSP: an unhashed inline script and an inline handler are refused', async () => {
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
    // Both refused; the order Chromium reports them in is not part of the behaviour.
    expect(new Set(violations.map((line) => line.split(' at ')[0]))).toEqual(new Set(['script-src-elem refused inline', 'script-src-attr refused inline']));
    expect(violations).toHaveLength(2);
  } finally {
    await opened.close();
    await control.close();
    await rm(root, { recursive: true, force: true });
  }
});
