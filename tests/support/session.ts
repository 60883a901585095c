/**
 * What most browser tests start with: the built site on a loopback server,
 * headless Chromium, and a context that can reach nothing but loopback; and
 * closing them again in reverse order, which tolerates a start that failed
 * part-way (a file's afterAll still runs after its beforeAll threw).
 *
 *   beforeAll(async () => ({ server, browser, context } = await openSession()));
 *   afterAll(() => closeSession({ server, browser, context }));
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, newLoopbackContext } from './browser.ts';
import { distDir } from './dist.ts';
import { startServer, type ServerOptions, type StaticServer } from './serve.ts';

export interface BrowserSession {
  server: StaticServer;
  browser: Browser;
  context: BrowserContext;
}

/** Serves `root` (dist/ by default) with `options`, and opens Chromium and a loopback-only context. */
export async function openSession(root: string = distDir, options: ServerOptions = {}): Promise<BrowserSession> {
  const server = await startServer(root, options);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    return { server, browser, context: await newLoopbackContext(browser) };
  } catch (error) {
    await closeSession({ server, ...(browser ? { browser } : {}) });
    throw error;
  }
}

/** Closes what was opened, context first; parts that never opened are skipped. */
export async function closeSession(session: Partial<BrowserSession>): Promise<void> {
  await session.context?.close();
  await session.browser?.close();
  await session.server?.close();
}
