/**
 * Bytes per page kind, read from dist/ by tests/support/page-bytes.ts (the
 * same reading as the byte budgets of tests/site/budgets.test.ts): the HTML,
 * the CSS each page links and the JavaScript files it loads (module scripts
 * and their static imports), raw and gzipped (hosts compress text; gzip -6
 * is what most of them use). What a page fetches later (search, charts) is
 * measured in the browser instead (browser.ts).
 */
import { pageFigure } from '../../bench/budgets.ts';
import { largestByKind, PageBytesReader, type Bytes } from '../../tests/support/page-bytes.ts';
import { mean, pageKind, type PageKind } from './measure.ts';

export type { Bytes } from '../../tests/support/page-bytes.ts';

export interface KindSizes {
  kind: PageKind;
  pages: number;
  html: Bytes;
  css: Bytes;
  js: Bytes;
}

export interface Sizes {
  /** Mean per page of each kind (kinds with no page left out). */
  byKind: KindSizes[];
  /** The largest page of each kind, by figure (bench/budgets.ts, pageFigure): raw bytes and the page. */
  largest: Map<string, { value: number; page: string }>;
}

export async function sizesByKind(paths: readonly string[]): Promise<Sizes> {
  const reader = await PageBytesReader.create();
  const byKind = new Map<PageKind, Array<{ html: Bytes; css: Bytes; js: Bytes }>>();
  for (const path of paths) {
    const list = byKind.get(pageKind(path)) ?? [];
    list.push(reader.page(path));
    byKind.set(pageKind(path), list);
  }
  const average = (list: Bytes[]): Bytes => ({ raw: mean(list.map((b) => b.raw)), gzip: mean(list.map((b) => b.gzip)) });
  return {
    byKind: [...byKind].map(([kind, pages]) => ({
      kind,
      pages: pages.length,
      html: average(pages.map((p) => p.html)),
      css: average(pages.map((p) => p.css)),
      js: average(pages.map((p) => p.js)),
    })),
    largest: largestByKind(reader, paths, pageKind, pageFigure),
  };
}
