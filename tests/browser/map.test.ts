/**
 * /map/ in Chromium (issue 22): each picture fits its column at 1440 and
 * 1366 px with its labels at the text's size and inside their boxes; pointing
 * at or focusing a box lights exactly its lines (derived from the YAML in
 * content/) and dims the rest; on a phone the lists come first and the
 * pictures follow, out of the Tab order.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSession, openSession, type BrowserSession } from '../support/session.ts';

const yaml = <T>(path: string) => load(readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8')) as T;
const ids = (folder: string) => readdirSync(new URL(`../../content/${folder}/`, import.meta.url)).map((f) => f.replace(/\.yaml$/, ''));

/** The lines a driver's box has, from the data: candidates consolidated into it (Tables 3 and 4), and host groups with a Table 5 count above 0. */
function driverLines(driver: string): Set<string> {
  const lines = new Set<string>();
  for (const c of ids('candidate-drivers')) {
    const { table, number, consolidatedInto } = yaml<{ table: 3 | 4; number: number; consolidatedInto: Array<{ driver: string }> }>(
      `candidate-drivers/${c}.yaml`,
    );
    // Every merge is drawn, whatever its basis (stated by the methodology or the site's reading).
    if (consolidatedInto.some((merge) => merge.driver === driver)) lines.add(`${table === 3 ? 'literature' : 'new'}:${number}>driver:${driver}`);
  }
  for (const group of ids('groups')) {
    const cell = yaml<{ tables: { table5: number | string | null } }>(`findings/${group}/${driver}.yaml`).tables.table5;
    if (typeof cell === 'number' && cell > 0) lines.add(`driver:${driver}>group:${group}`);
  }
  return lines;
}

let session!: BrowserSession;
let page!: Page;

beforeAll(async () => {
  session = await openSession();
  page = await session.context.newPage();
});
afterAll(() => closeSession(session));

const open = async (width: number, height: number) => {
  await page.setViewportSize({ width, height });
  await page.goto(`${session.server.origin}/map/`, { waitUntil: 'load' });
};

describe('the map at desktop widths', () => {
  it.each([1440, 1366])('at %i px each picture fits its column unscaled, labels at the text’s size and inside their boxes', async (width) => {
    await open(width, 900);
    const report = await page.evaluate(() => {
      const body = parseFloat(getComputedStyle(document.querySelector('.sl-markdown-content p')!).fontSize);
      return [...document.querySelectorAll<HTMLElement>('figure.idea-map')].map((figure) => {
        const scroll = figure.querySelector<HTMLElement>('.map-scroll')!;
        const svg = figure.querySelector('svg')!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const outside = [...svg.querySelectorAll<SVGAElement>('.node')].flatMap((node) => {
          const rect = node.querySelector('rect')!.getBBox();
          const text = node.querySelector('text')!.getBBox();
          const inside =
            text.x >= rect.x && text.x + text.width <= rect.x + rect.width && text.y >= rect.y - 1 && text.y + text.height <= rect.y + rect.height + 1;
          return inside ? [] : [node.textContent?.trim()];
        });
        return {
          overflow: scroll.scrollWidth - scroll.clientWidth,
          scale,
          label: parseFloat(getComputedStyle(svg.querySelector('.node text')!).fontSize) * scale,
          body,
          outside,
        };
      });
    });
    expect(report).toHaveLength(2);
    for (const r of report) {
      expect(r.overflow).toBeLessThanOrEqual(0);
      expect(r.scale).toBeCloseTo(1, 2);
      expect(r.label).toBeCloseTo(r.body, 0);
      expect(r.outside).toEqual([]);
    }
  });

  it('lights a box’s lines, and only those, on hover and on keyboard focus; dims the rest; Escape shows all again', async () => {
    await open(1440, 900);
    const lit = () =>
      page.evaluate(() => ({
        lit: [...document.querySelectorAll<SVGElement>('.edge[data-lit]')].map((e) => `${e.dataset['from']}>${e.dataset['to']}`),
        dimmed: [...document.querySelectorAll<SVGElement>('.edge:not([data-lit])')].map((e) => Number(getComputedStyle(e).opacity)),
      }));
    // Before anything: every line at full strength.
    expect((await lit()).dimmed.every((o) => o > 0.5)).toBe(true);

    const driver = 'geographical-proximity';
    await page.locator(`#map-literature .node[data-key="driver:${driver}"]`).hover();
    const hovered = await lit();
    expect(new Set(hovered.lit)).toEqual(driverLines(driver));
    // The rest fades (a short transition: waited for, not timed).
    await expect.poll(async () => Math.max(...(await lit()).dimmed)).toBeLessThan(0.2);
    // The same driver's box in the other picture is lit too.
    expect(await page.locator(`#map-groups .node[data-key="driver:${driver}"][data-lit]`).count()).toBe(1);

    await page.mouse.move(0, 0);
    await expect.poll(async () => (await lit()).lit).toEqual([]);

    // Keyboard: focus a host group's box.
    const group = 'iskp';
    await page.locator(`.node[data-key="group:${group}"]`).focus();
    const focused = await lit();
    const groupLines = new Set(
      [
        ...ids('drivers').flatMap((d) => [...driverLines(d)].filter((l) => l.endsWith(`>group:${group}`))),
        ...yaml<{ organizations: string[] }>(`groups/${group}.yaml`).organizations.map((o) => `organization:${o}>group:${group}`),
      ].sort(),
    );
    expect(new Set(focused.lit)).toEqual(groupLines);
    await page.keyboard.press('Escape');
    expect((await lit()).lit).toEqual([]);
  });
});

describe('the map on a phone', () => {
  it('puts the lists first and the pictures after them, whose boxes leave the Tab order; nothing wider than the screen', async () => {
    await open(390, 844);
    const order = await page.evaluate(() => ({
      lists: document.querySelector('.map-lists')!.getBoundingClientRect().top,
      pictures: document.querySelector('.map-pictures')!.getBoundingClientRect().top,
      tabbable: [...document.querySelectorAll('.idea-map .node')].filter((n) => n.getAttribute('tabindex') !== '-1').length,
      boxes: document.querySelectorAll('.idea-map .node').length,
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      label: parseFloat(getComputedStyle(document.querySelector('.idea-map .node text')!).fontSize),
    }));
    expect(order.lists).toBeLessThan(order.pictures);
    expect(order.boxes).toBeGreaterThan(0);
    expect(order.tabbable).toBe(0);
    expect(order.pageOverflow).toBeLessThanOrEqual(0);
    // The pictures keep their size (the labels readable), scrolled sideways in their box.
    expect(order.label).toBe(16);
  });
});
