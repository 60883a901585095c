/**
 * Every paragraph of the thesis can be cited (issue 23): it has the id the
 * document model gives it (its section and its place there), a "¶" link that
 * shows on hover and on keyboard focus, leads to the paragraph's address and
 * copies it; and a link to a paragraph from another page previews its words.
 * One browser session for the file.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readThesis, textBlocks } from '../../src/source/document.ts';
import { settle } from '../support/browser.ts';
import { closeSession, openSession, type BrowserSession } from '../support/session.ts';

const doc = readThesis(readFileSync(new URL('../../content/source/thesis.txt', import.meta.url), 'utf8'));
const kashmir = textBlocks(doc.parts.find((p) => p.slug === 'case-studies/kashmir')!);
/** A paragraph of the Kashmir case study's second section, by the model. */
const target = kashmir.find((b) => b.section.heading?.startsWith('4.1.2'))!;
const words = (text: string) =>
  text
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, '')
    .split(/\s+/)
    .slice(0, 6)
    .join(' ');

let session!: BrowserSession;
let page!: Page;

beforeAll(async () => {
  session = await openSession();
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.origin });
  page = await session.context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
});
afterAll(() => closeSession(session));

async function open(path: string): Promise<void> {
  await page.goto(`${session.server.origin}${path}`, { waitUntil: 'load' });
  await settle(page);
}

const opacity = (selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).opacity);

describe('paragraphs of the thesis', () => {
  it('carry the ids of the document model, in order, each with its "¶" link', async () => {
    await open('/case-studies/kashmir/');
    const ids = await page
      .locator('.sl-markdown-content [data-paragraph]')
      .evaluateAll((els) => els.map((el) => [el.id, el.querySelector('a.paragraph-link')?.getAttribute('href')]));
    expect(ids).toEqual(kashmir.map((b) => [b.id, `#${b.id}`]));
  });

  it('show the "¶" link on hover and on keyboard focus only, and following it gives and copies the address', async () => {
    await open('/case-studies/kashmir/');
    const link = `[id="${target.id}"] a.paragraph-link`;
    expect(await opacity(link)).toBe('0');
    await page.locator(`[id="${target.id}"]`).hover();
    await expect.poll(() => opacity(link)).toBe('1');
    await page.mouse.move(0, 0);
    await expect.poll(() => opacity(link)).toBe('0');

    // Keyboard: Tab until the link has focus (the paragraph's own links come first).
    await page.locator(`[id="${target.id}"]`).evaluate((p) => (p.previousElementSibling as HTMLElement | null)?.querySelector<HTMLElement>('a')?.focus());
    for (let i = 0; i < 60 && !(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), link)); i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), link)).toBe(true);
    expect(await opacity(link)).toBe('1');

    await page.keyboard.press('Enter');
    const address = `${session.server.origin}/case-studies/kashmir/#${target.id}`;
    await expect.poll(() => page.evaluate(() => location.href)).toBe(address);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(address);
    await expect.poll(() => page.locator('#paragraph-link-status').textContent()).toBe('Address of the paragraph copied.');
    expect(await page.locator('#paragraph-link-status').getAttribute('role')).toBe('status');
  });

  it('previewed from another page, show their section and opening words', async () => {
    await open('/drivers/recruitment/');
    await page.evaluate((href) => {
      const a = Object.assign(document.createElement('a'), { href, textContent: 'a passage' });
      document.querySelector('.sl-markdown-content')?.append(a);
    }, `/case-studies/kashmir/#${target.id}`);
    await page.locator(`.sl-markdown-content a[href="/case-studies/kashmir/#${target.id}"]`).hover();
    await expect
      .poll(async () => (await page.locator('.preview-card').isVisible()) && ((await page.locator('.preview-card').textContent()) ?? ''))
      .toContain(words(target.text));
    expect(await page.locator('.preview-card').textContent()).toContain(target.section.heading);
  });
});
