/**
 * The reader's edition (issues 14 and 22), in Chromium: the home page and the
 * 404 page lead to every part of the knowledge base and keep the phone menu;
 * the home page's first screen says what the thesis is, what it found (in
 * its words, with Table 5's counts) and where to go; entity pages lead with
 * what the entity is; the sidebar marks one place and "On this page" lists
 * the index pages' sections; printed pages keep their headers, say where they
 * come from and print each number once. Expected values come from
 * content/source/thesis.txt and the YAML in content/. One browser session for
 * the whole file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSession, openSession, type BrowserSession } from '../support/session.ts';
import { source } from '../support/thesis-source.ts';

const yaml = <T>(path: string) => load(readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8')) as T;
const ids = (folder: string) => readdirSync(new URL(`../../content/${folder}/`, import.meta.url)).map((f) => f.replace(/\.yaml$/, ''));
type Cell = number | '-' | null;
const groupName = (id: string) => yaml<{ name: string }>(`groups/${id}.yaml`).name;
const table5 = (group: string, driver: string) => yaml<{ tables: { table5: Cell } }>(`findings/${group}/${driver}.yaml`).tables.table5;
/** The thesis's text with no whitespace at all: a quotation found here is the thesis's words, whatever the line and page breaks. */
const sourceLetters = source.replace(/\s+/g, '');
const KB_VERSION = yaml<{ knowledgeBase: { version: string } }>('metadata/thesis.yaml').knowledgeBase.version;

let session!: BrowserSession;
let page!: Page;

beforeAll(async () => {
  session = await openSession();
  page = await session.context.newPage();
});
afterAll(() => closeSession(session));

const PHONE = { width: 390, height: 844 };

/** Links to the index of every kind of entity and to the pages that gather them, as the issue lists them. */
const HUB_LINKS = ['/drivers/', '/groups/', '/theories/', '/organizations/', '/interviews/', '/references/', '/data/'];

describe('hub pages', () => {
  for (const path of ['/', '/404.html']) {
    it(`${path} links every index of the knowledge base and has the menu on a phone`, async () => {
      await page.setViewportSize(PHONE);
      await page.goto(`${session.server.origin}${path}`, { waitUntil: 'load' });
      const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(HUB_LINKS.filter((href) => !hrefs.includes(href))).toEqual([]);
      await expect.poll(() => page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    });
  }

  it('the 404 page searches the site', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${session.server.origin}/no-such-page/`, { waitUntil: 'load' });
    await page.getByLabel('Search the thesis and the knowledge base').fill('porous border');
    await Promise.all([page.waitForURL(/\/search\/\?q=porous\+border/), page.getByRole('button', { name: 'Search', exact: true }).click()]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('porous border');
  });
});

describe('print', () => {
  it('prints a case study with each of its tables once, no button and no site chrome', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${session.server.origin}/case-studies/kashmir/`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const shown = (el: Element) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      };
      // Each table the reader sees, by its caption ("Table 6: …" or a chart's own caption).
      const tables = [...document.querySelectorAll('table')].filter(shown).map((t) => t.querySelector('caption')?.textContent?.trim() ?? '');
      return {
        tables,
        canvases: [...document.querySelectorAll('canvas, .chart-box')].filter(shown).length,
        buttons: [...document.querySelectorAll('button')].filter(shown).map((b) => b.textContent?.trim()),
        chrome: ['header.header', '#starlight__sidebar', '.right-sidebar-container', '.pagination-links'].filter((s) =>
          [...document.querySelectorAll(s)].some(shown),
        ),
        footnotes: document.querySelectorAll('.footnotes li, [id^="fn-"]').length,
      };
    });
    await page.emulateMedia({ media: 'screen' });
    const table6 = printed.tables.filter((caption) => /^Table 6\b/.test(caption));
    expect(table6).toHaveLength(1);
    expect(new Set(printed.tables).size).toBe(printed.tables.length);
    expect(printed.canvases).toBe(0);
    expect(printed.buttons).toEqual([]);
    expect(printed.chrome).toEqual([]);
    expect(printed.footnotes).toBeGreaterThan(0);
  });
});

describe('the home page’s first screen at 1366 × 768', () => {
  it('shows the title in two or three lines, what the thesis is, its findings in its own words with Table 5’s counts, and the ways in, without scrolling', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${session.server.origin}/`, { waitUntil: 'load' });
    const screen = await page.evaluate(() => {
      const bottom = (el: Element | null) => (el ? el.getBoundingClientRect().bottom + scrollY : Infinity);
      const h1 = document.querySelector('h1')!;
      const lineHeight = parseFloat(getComputedStyle(h1).lineHeight);
      return {
        titleLines: Math.round(h1.getBoundingClientRect().height / lineHeight),
        lede: document.querySelector('.home-lede')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        findings: [...document.querySelectorAll('.home-findings > li')].map((li) => ({
          quote: li.querySelector('q')?.textContent ?? '',
          links: [...li.querySelectorAll('q a')].map((a) => a.getAttribute('href')),
          counts: li.querySelector('.home-finding-counts')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
          bottom: bottom(li),
        })),
        ways: [...document.querySelectorAll('.home-ways a')].map((a) => ({ href: a.getAttribute('href'), bottom: bottom(a) })),
        ledeBottom: bottom(document.querySelector('.home-lede')),
      };
    });
    expect(screen.titleLines).toBeGreaterThanOrEqual(2);
    expect(screen.titleLines).toBeLessThanOrEqual(3);
    // What it is: degree and date from the title page, aim and evidence quoted from the abstract.
    const meta = yaml<{ degree: string; dateAsPrinted: string }>('metadata/thesis.yaml');
    expect(screen.lede).toContain(meta.degree);
    expect(screen.lede).toContain(meta.dateAsPrinted);
    for (const quoted of screen.lede.match(/“[^”]+”/g) ?? []) expect(sourceLetters).toContain(quoted.slice(1, -1).replace(/\s+/g, ''));
    expect(screen.lede).toMatch(/twenty-two/);
    // What it found: each quotation is the thesis's, each link a driver's page, each count Table 5's.
    expect(screen.findings.length).toBeGreaterThanOrEqual(3);
    for (const f of screen.findings) {
      expect(sourceLetters).toContain(f.quote.replace(/\s+/g, ''));
      expect(f.links.length).toBeGreaterThan(0);
      for (const href of f.links) expect(ids('drivers').map((d) => `/drivers/${d}/`)).toContain(href);
      // Table 5's counts of the first driver the words name.
      const [, counts] = /^Table 5: (.+) of 22$/.exec(f.counts) ?? [];
      const driverId = f.links[0]!.split('/')[2];
      expect(counts, f.counts).toBeDefined();
      for (const part of counts!.split(', ')) {
        const group = ids('groups').find((g) => part.startsWith(`${groupName(g)} `))!;
        const cell = table5(group, driverId!);
        expect(part).toBe(`${groupName(group)} ${cell === null ? 'blank' : cell}`);
      }
    }
    // Where to go: the thesis, the drivers, the matrix, search.
    expect(screen.ways.map((w) => w.href)).toEqual(['/front-matter/', '/drivers/', '/evidence/', '/search/']);
    // All of it on the first screen.
    const lowest = Math.max(screen.ledeBottom, ...screen.findings.map((f) => f.bottom), ...screen.ways.map((w) => w.bottom));
    expect(lowest).toBeLessThanOrEqual(768);
  });
});

describe('entity pages lead with what the entity is', () => {
  // The entity of each kind with the most names: the one whose names would fill a phone's first screen.
  const mostNamed = (folder: string, field: 'aliases' | 'spellings') =>
    ids(folder)
      .map((id) => {
        const data = yaml<Record<string, unknown[] | undefined>>(`${folder}/${id}.yaml`);
        return { id, names: (data[field]?.length ?? 0) + (data['otherNames']?.length ?? 0) };
      })
      .sort((a, b) => b.names - a.names)[0]!.id;
  const pages = [
    `/drivers/${mostNamed('drivers', 'aliases')}/`,
    `/groups/${mostNamed('groups', 'aliases')}/`,
    `/organizations/${mostNamed('organizations', 'spellings')}/`,
    `/theories/${mostNamed('theories', 'aliases')}/`,
  ];
  it.each(pages)('%s at 390 × 844: the description is on the first screen, its names after it', async (path) => {
    await page.setViewportSize(PHONE);
    await page.goto(`${session.server.origin}${path}`, { waitUntil: 'load' });
    const first = await page.evaluate(() => {
      const heading = document.querySelector('.sl-markdown-content h2')!;
      const description = heading.closest('.sl-heading-wrapper')?.nextElementSibling ?? heading.nextElementSibling;
      const names = document.querySelector('[data-names="thesis"]');
      return {
        top: description!.getBoundingClientRect().top,
        namesAfter: names ? Boolean(description!.compareDocumentPosition(names) & Node.DOCUMENT_POSITION_FOLLOWING) : true,
      };
    });
    expect(first.top).toBeLessThan(PHONE.height - 60);
    expect(first.namesAfter).toBe(true);
  });
});

describe('navigation', () => {
  it('marks one place in the sidebar: the List of Interviews is the interviewees’ index, listed once', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    for (const [path, current, parent] of [
      ['/interviews/', 1, 0],
      ['/interviews/3/', 0, 1],
    ] as const) {
      await page.goto(`${session.server.origin}${path}`, { waitUntil: 'load' });
      const marked = await page.evaluate(() => ({
        current: [...document.querySelectorAll('#starlight__sidebar a[aria-current="page"]')].map((a) => a.getAttribute('href')),
        parent: [...document.querySelectorAll('#starlight__sidebar a[data-parent-of-current]')].map((a) => a.getAttribute('href')),
        toInterviews: document.querySelectorAll('#starlight__sidebar a[href="/interviews/"]').length,
      }));
      expect(marked.current).toEqual(current ? ['/interviews/'] : []);
      expect(marked.parent).toEqual(parent ? ['/interviews/'] : []);
      expect(marked.toInterviews).toBe(1);
    }
  });

  // Every index of the knowledge base whose page has sections.
  it.each(['/drivers/', '/groups/', '/organizations/', '/theories/', '/related-research/'])('%s: "On this page" lists every section', async (path) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${session.server.origin}${path}`, { waitUntil: 'load' });
    const { sections, toc } = await page.evaluate(() => ({
      sections: [...document.querySelectorAll('main .sl-markdown-content h2[id]')].map((h) => `#${h.id}`),
      toc: [...document.querySelectorAll('starlight-toc a[href^="#"]')].map((a) => a.getAttribute('href')),
    }));
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.filter((s) => !toc.includes(s))).toEqual([]);
    if (path === '/organizations/') {
      // One section per kind of organization the data has.
      const kinds = new Set(ids('organizations').map((o) => yaml<{ kind: string }>(`organizations/${o}.yaml`).kind));
      expect(sections).toHaveLength(kinds.size);
    }
  });
});

describe('print keeps the meaning', () => {
  const printed = async (path: string) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${session.server.origin}${path}`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    try {
      return await page.evaluate(() => {
        const shown = (el: Element) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        };
        const line = document.querySelector('.printed-from');
        const title = document.querySelector('h1')!;
        return {
          address: location.href,
          printedFrom: line && shown(line) ? (line.textContent?.replace(/\s+/g, ' ').trim() ?? '') : '',
          titleTop: title.getBoundingClientRect().top + scrollY,
          matrixHeads: [...document.querySelectorAll('section[data-table="table-5"] thead th')].filter(shown).map((th) => th.textContent?.trim()),
          tables: [...document.querySelectorAll('table')].filter(shown).map((t) => t.textContent?.replace(/\s+/g, ' ') ?? ''),
          keptWithNext: [...document.querySelectorAll('main h2, main h3, .matrix-section > p')].filter(shown).map((el) => getComputedStyle(el).breakAfter),
        };
      });
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  };

  it.each(['/evidence/', '/drivers/recruitment/', '/case-studies/kashmir/'])(
    '%s says where it comes from: address, version, how to cite; at the top of the first sheet',
    async (path) => {
      const p = await printed(path);
      expect(p.printedFrom).toContain(`Printed from ${p.address}`);
      expect(p.printedFrom).toContain(`version ${KB_VERSION}`);
      expect(p.printedFrom).toMatch(/Cite as: .+|How to cite: see \/cite\//);
      // A part of the thesis is cited as the thesis's (2019); a page composed from its data as a page of this site.
      if (path.startsWith('/case-studies/')) expect(p.printedFrom).toMatch(/Cite as: .*\(2019\)/);
      if (path.startsWith('/drivers/')) expect(p.printedFrom).toMatch(/Cite as: .+/);
      expect(p.titleTop).toBeLessThan(120);
      expect(p.keptWithNext.length).toBeGreaterThan(0);
      expect(p.keptWithNext.every((b) => b === 'avoid')).toBe(true);
    },
  );

  it('the matrix prints its column headers: the host groups’ names', async () => {
    const p = await printed('/evidence/');
    expect(new Set(p.matrixHeads)).toEqual(new Set(['Driver', ...ids('groups').map(groupName)]));
  });

  it('a driver page prints its five Table 5 counts once', async () => {
    const p = await printed('/drivers/recruitment/');
    const withAllGroups = p.tables.filter((t) => ids('groups').every((g) => t.includes(groupName(g))));
    expect(withAllGroups).toHaveLength(1);
    for (const g of ids('groups')) expect(withAllGroups[0]).toContain(groupName(g));
  });
});
