/**
 * The copy buttons in real Chromium: a citation copied from a driver page is
 * the citation shown (as plain text, and as HTML with its italics), BibTeX is
 * copied exactly as the download holds it, and without the Clipboard API the
 * button selects the citation for Ctrl+C. A link to a citation inside a closed
 * <details> (#cite-table-5) opens it, with the table's printed page from the
 * thesis's List of Tables.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newLoopbackContext, openPage } from '../support/browser.ts';
import { fileForUrlPath } from '../support/dist.ts';
import { source } from '../support/thesis-source.ts';
import type { StaticServer } from '../support/serve.ts';
import { closeSession, openSession } from '../support/session.ts';

let server!: StaticServer;
let browser!: Browser;
let context!: BrowserContext;

beforeAll(async () => {
  ({ server, browser, context } = await openSession());
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
});

afterAll(async () => {
  await closeSession({ server, browser, context });
});

describe('copying a citation from /drivers/recruitment/', () => {
  test('APA: the clipboard holds the citation as shown, and its HTML keeps the italics', async () => {
    const opened = await openPage(context, `${server.origin}/drivers/recruitment/`);
    try {
      const { page } = opened;
      const shown = (await page.locator('#cite-apa').textContent())?.trim();
      // A web page of the knowledge base (its URL only when the build had SITE_URL).
      expect(shown).toMatch(
        /^Recruitment by individuals or organizations\. \(\d{4}, [A-Z][a-z]+ \d{1,2}\)\. Pakistani Foreign Fighters: A Knowledge Base\.( https?:\/\/\S+\/drivers\/recruitment\/)?$/,
      );
      await page.getByRole('button', { name: 'Copy the APA (7th edition) citation' }).click();
      await expect.poll(() => page.locator('.cite-page > .cite-formats > .cite-status').textContent()).toBe('Copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
      const html = await page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        return item ? await (await item.getType('text/html')).text() : '';
      });
      expect(html).toContain('<i>Recruitment by individuals or organizations</i>');
      // The in-text citation keeps the italics of the title that stands for the missing author.
      expect(await page.locator('.cite-page > .cite-formats .cite-style[data-style="apa"] .cite-in-text i').textContent()).toBe(
        'Recruitment by Individuals or Organizations',
      );
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('BibTeX: the clipboard holds exactly the downloadable file', async () => {
    const opened = await openPage(context, `${server.origin}/drivers/recruitment/`);
    try {
      const { page } = opened;
      await page.locator('.cite-page > .cite-formats details[data-format="bibtex"] > summary').click();
      await page.getByRole('button', { name: 'Copy the BibTeX' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(readFileSync(fileForUrlPath('/cite/drivers/recruitment.bib'), 'utf8'));
      const download = await page.request.get(`${server.origin}/cite/drivers/recruitment.bib`);
      expect(download.status()).toBe(200);
    } finally {
      await opened.close();
    }
  });

  test('without the Clipboard API, the button selects the citation for Ctrl+C', async () => {
    const bare = await newLoopbackContext(browser);
    await bare.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    const opened = await openPage(bare, `${server.origin}/drivers/recruitment/`);
    try {
      const { page } = opened;
      // The other styles are one click away.
      await page.locator('.cite-page > .cite-formats > details.cite-more > summary').click();
      await page.getByRole('button', { name: 'Copy the Chicago (author-date, 18th edition) citation' }).click();
      await expect.poll(() => page.locator('.cite-page > .cite-formats > .cite-status').textContent()).toMatch(/^(Copied|Selected: press Ctrl\+C)/);
      expect((await page.evaluate(() => window.getSelection()?.toString()))?.trim()).toBe((await page.locator('#cite-chicago').textContent())?.trim());
    } finally {
      await opened.close();
      await bare.close();
    }
  });
});

test('a link to a table’s citation opens it', async () => {
  const opened = await openPage(context, `${server.origin}/chapters/methodology/`);
  try {
    const { page } = opened;
    await page.getByRole('link', { name: 'Cite Table 5' }).click();
    await expect.poll(() => page.locator('details#cite-table-5').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => page.locator('#cite-table-5-apa').isVisible()).toBe(true);
    // Its printed page, as the List of Tables gives it, where it comes from and in the citation.
    const printedPage = /^Table 5\t.*\t(\d+)$/m.exec(source)?.[1];
    expect(printedPage).toMatch(/^\d+$/);
    const note = page.locator('#cite-table-5 .cite-pages');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(new RegExp(`from its List of Tables: .* is on page ${printedPage}\\.$`));
    expect(await page.locator('#cite-table-5-apa').textContent()).toContain(`, p. ${printedPage}). `);
  } finally {
    await opened.close();
  }
});
