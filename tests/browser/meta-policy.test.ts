/**
 * A host that ignores `_headers` (GitHub Pages, S3, nginx: README, "Deploy")
 * still serves a locked-down page: the site is served here WITHOUT the
 * headers, so the only policy is the one each page carries in its
 * <meta http-equiv="Content-Security-Policy"> and <meta name="referrer">.
 * The page's own inline scripts run (their hashes are in the meta policy), a
 * script the build did not hash is blocked, and an outbound link sends no
 * referrer, which a link that asks for one (the control) does send.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';
import { startServer, type StaticServer } from '../support/serve.ts';

let site!: StaticServer;
let browser!: Browser;
/** Another origin on loopback, standing in for an outbound link's host: it records the Referer of each visit by path. */
let outbound!: Server;
let outboundOrigin = '';
const referers = new Map<string, string | undefined>();

beforeAll(async () => {
  site = await startServer(); // no headersFile: like a host that ignores _headers
  outbound = createServer((req, res) => {
    referers.set(req.url ?? '', req.headers.referer);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>outbound</title><link rel="icon" href="data:,"><p>outbound</p>');
  });
  await new Promise<void>((resolve) => outbound.listen(0, '127.0.0.1', resolve));
  outboundOrigin = `http://127.0.0.1:${(outbound.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  outbound?.closeAllConnections();
  await new Promise<void>((resolve) => (outbound ? outbound.close(() => resolve()) : resolve()));
});

test('without _headers, the page’s own policy blocks an unhashed inline script and its outbound links send no referrer', async () => {
  const opened = await openPage(browser, `${site.origin}/chapters/introduction/`);
  try {
    const { page } = opened;
    expect(opened.response?.headers()['content-security-policy']).toBeUndefined();
    expect(opened.response?.headers()['referrer-policy']).toBeUndefined();
    // The page's own inline scripts ran under the meta policy: no violation so far.
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.pageErrors).toEqual([]);

    const injected = await page.evaluate(
      () =>
        new Promise<{ directive: string; blocked: string; ran: boolean }>((resolve) => {
          document.addEventListener(
            'securitypolicyviolation',
            (event) => resolve({ directive: event.effectiveDirective, blocked: event.blockedURI, ran: 'injectedRan' in window }),
            { once: true },
          );
          const script = document.createElement('script');
          script.textContent = 'window.injectedRan = true;';
          document.body.append(script);
        }),
    );
    expect(injected).toEqual({ directive: 'script-src-elem', blocked: 'inline', ran: false });

    // Two outbound links: a plain one (the page's policy applies) and the control, which asks for the full referrer.
    for (const [path, policy] of [
      ['/plain', ''],
      ['/control', 'unsafe-url'],
    ] as const) {
      await page.evaluate(
        ({ href, policy }) => {
          const link = document.createElement('a');
          link.href = href;
          link.textContent = href;
          link.id = 'outbound-test-link';
          if (policy) link.referrerPolicy = policy;
          document.querySelector('main')!.prepend(link);
        },
        { href: `${outboundOrigin}${path}`, policy },
      );
      await Promise.all([page.waitForURL(`${outboundOrigin}${path}`), page.click('#outbound-test-link')]);
      await page.goBack({ waitUntil: 'load' });
    }
    expect(referers.has('/plain')).toBe(true);
    expect(referers.get('/plain')).toBeUndefined();
    expect(referers.get('/control')).toBe(`${site.origin}/chapters/introduction/`);
  } finally {
    await opened.close();
  }
});
