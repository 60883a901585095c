/**
 * Byte budgets (bench/budgets.ts, the budgets' one place; those held by
 * 'test'): the largest page of each kind within its budget for its HTML, the
 * CSS it links and the JavaScript files it loads (module scripts and their
 * static imports, not what is imported later on intent:
 * tests/support/page-bytes.ts), and the search index on disk. These figures
 * are the same from build to build of the same code, so going over fails
 * `npm test`; timings stay in `npm run bench`, reported, never asserted.
 *
 * Why a small test and not size-limit (which Starlight runs on its own
 * bundle): size-limit sums the files a check names, while a page's budget
 * needs the files that page's HTML loads, followed through their imports, and
 * the largest page of each kind; that file list is this test's work either way.
 *
 * Control: a page over budget, in a folder built here, must fail.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUDGETED_KINDS, BUDGETS, PAGE_ASSETS, pageFigure, type Budget } from '../../bench/budgets.ts';
import { judge, PAGE_KINDS, pageKind } from '../../scripts/bench/measure.ts';
import { distDir, listPages } from '../support/dist.ts';
import { largestByKind, PageBytesReader } from '../support/page-bytes.ts';

const pages = [...listPages(), '/404.html'];
const held = BUDGETS.filter((budget) => budget.held === 'test');

function dirBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** Each held budget's figure, measured on `pages` of the build in `root`, with the page it was found on. */
async function measure(root: string, urlPaths: readonly string[]) {
  const largest = largestByKind(await PageBytesReader.create(root), urlPaths, pageKind, pageFigure);
  const figures = new Map([...largest].map(([figure, { value }]) => [figure, value]));
  return { largest, figures };
}

function failure(budget: Budget, measured: Awaited<ReturnType<typeof measure>>): string {
  const verdict = judge(budget, measured.figures);
  if (verdict.status !== 'over') return verdict.status;
  const page = measured.largest.get(budget.figure)?.page;
  return `over: ${verdict.value} bytes${page ? ` on ${page}` : ''}, budget ${budget.rule} ${verdict.limit} (bench/budgets.ts: ${budget.source})`;
}

let built: Awaited<ReturnType<typeof measure>>;
beforeAll(async () => {
  built = await measure(distDir, pages);
  built.figures.set('search.index.bytes', dirBytes(join(distDir, 'pagefind')));
});

test('every page kind has a byte budget for its HTML, CSS and JavaScript; only byte sizes fail a test', () => {
  expect(new Set(BUDGETED_KINDS)).toEqual(new Set(PAGE_KINDS));
  const figures = new Set(held.map((budget) => budget.figure));
  for (const kind of PAGE_KINDS) for (const asset of PAGE_ASSETS) expect(figures, pageFigure(kind, asset)).toContain(pageFigure(kind, asset));
  expect(figures).toContain('search.index.bytes');
  expect(new Set(held.map((budget) => budget.unit))).toEqual(new Set(['bytes']));
});

test.for(held)('$figure within its budget', (budget) => {
  // A kind with no page at all has nothing to measure; any other figure is measured.
  const kindHasPages = !budget.figure.startsWith('page.') || built.figures.has(budget.figure);
  if (!kindHasPages) {
    expect(pages.map(pageKind)).not.toContain(budget.figure.split('.')[1]);
    return;
  }
  expect(failure(budget, built)).toBe('pass');
});

describe('control: a page over budget', () => {
  let root: string;
  const files: Record<string, string> = {
    'chapters/introduction/index.html':
      '<!doctype html><html lang="en"><head><title>over</title><link rel="stylesheet" href="/_astro/site.css">' +
      '<script type="module" src="/_astro/entry.js"></script><script type="module">import "/_astro/from-inline.js";</script></head>' +
      '<body><main>over</main></body></html>',
    '_astro/site.css': 'main{color:black}',
    // A static import (counted) and a dynamic one (code loaded later, not counted).
    '_astro/entry.js': 'import{big}from"./big.js";document.body.onclick=()=>import("./lazy.js");big();',
    '_astro/big.js': `export const big=()=>${JSON.stringify('x'.repeat(16_000))}.length;`,
    '_astro/lazy.js': `export default ${JSON.stringify('y'.repeat(50_000))};`,
    '_astro/from-inline.js': 'export {};',
  };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'budget-control-'));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), text);
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('its JavaScript counts the module scripts and their static imports, not a dynamic import, and fails the budget', async () => {
    const control = await measure(root, ['/chapters/introduction/']);
    const counted = ['_astro/entry.js', '_astro/big.js', '_astro/from-inline.js'];
    expect(control.figures.get(pageFigure('chapter', 'js'))).toBe(counted.reduce((total, file) => total + Buffer.byteLength(files[file] ?? ''), 0));
    expect(control.figures.get(pageFigure('chapter', 'css'))).toBe(Buffer.byteLength(files['_astro/site.css'] ?? ''));
    const budget = held.find((b) => b.figure === pageFigure('chapter', 'js'));
    expect(budget).toBeDefined();
    expect(failure(budget!, control)).toMatch(/^over: \d+ bytes on \/chapters\/introduction\/, budget <= \d+/);
  });
});
