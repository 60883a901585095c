/**
 * Bytes per page kind, read from dist/: the HTML, and the CSS and JavaScript
 * each page references in its markup (stylesheets, module scripts and their
 * preloads, inline scripts), raw and gzipped (hosts compress text; gzip -6 is
 * what most of them use). What a page fetches lazily (search, charts) is
 * measured in the browser instead (browser.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { fileForUrlPath } from '../../tests/support/dist.ts';
import { mean, pageKind, type PageKind } from './measure.ts';

type Node = DefaultTreeAdapterTypes.Node;

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface KindSizes {
  kind: PageKind;
  pages: number;
  html: Bytes;
  css: Bytes;
  js: Bytes;
}

const gzipCache = new Map<string, Bytes>();
function fileBytes(file: string): Bytes {
  let bytes = gzipCache.get(file);
  if (!bytes) {
    const content = readFileSync(file);
    bytes = { raw: statSync(file).size, gzip: gzipSync(content, { level: 6 }).length };
    gzipCache.set(file, bytes);
  }
  return bytes;
}

function textBytes(text: string): Bytes {
  return { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 6 }).length };
}

interface Assets {
  css: Set<string>;
  js: Set<string>;
  inlineJs: string[];
}

function assetsOf(html: string): Assets {
  const assets: Assets = { css: new Set(), js: new Set(), inlineJs: [] };
  const visit = (node: Node): void => {
    if ('tagName' in node) {
      const attr = (name: string) => node.attrs.find((a) => a.name === name)?.value;
      const rel = attr('rel')?.split(/\s+/) ?? [];
      if (node.tagName === 'link' && rel.includes('stylesheet') && attr('href')?.startsWith('/')) assets.css.add(attr('href') ?? '');
      if (node.tagName === 'link' && rel.includes('modulepreload') && attr('href')?.startsWith('/')) assets.js.add(attr('href') ?? '');
      if (node.tagName === 'script') {
        const src = attr('src');
        if (src?.startsWith('/')) assets.js.add(src);
        else if (src === undefined && !/json/.test(attr('type') ?? '')) {
          assets.inlineJs.push(node.childNodes.map((child) => ('value' in child ? child.value : '')).join(''));
        }
      }
    }
    for (const child of 'childNodes' in node ? node.childNodes : []) visit(child);
  };
  visit(parse(html));
  return assets;
}

function sum(parts: readonly Bytes[]): Bytes {
  return parts.reduce((total, part) => ({ raw: total.raw + part.raw, gzip: total.gzip + part.gzip }), { raw: 0, gzip: 0 });
}

/** Mean bytes per page of each kind (kinds with no page left out). */
export function sizesByKind(paths: readonly string[]): KindSizes[] {
  const byKind = new Map<PageKind, Array<{ html: Bytes; css: Bytes; js: Bytes }>>();
  for (const path of paths) {
    const file = fileForUrlPath(path);
    const html = readFileSync(file, 'utf8');
    const assets = assetsOf(html);
    const page = {
      html: fileBytes(file),
      css: sum([...assets.css].map((href) => fileBytes(fileForUrlPath(href)))),
      js: sum([...[...assets.js].map((src) => fileBytes(fileForUrlPath(src))), ...assets.inlineJs.map(textBytes)]),
    };
    const list = byKind.get(pageKind(path)) ?? [];
    list.push(page);
    byKind.set(pageKind(path), list);
  }
  const average = (list: Bytes[]): Bytes => ({ raw: mean(list.map((b) => b.raw)), gzip: mean(list.map((b) => b.gzip)) });
  return [...byKind].map(([kind, pages]) => ({
    kind,
    pages: pages.length,
    html: average(pages.map((p) => p.html)),
    css: average(pages.map((p) => p.css)),
    js: average(pages.map((p) => p.js)),
  }));
}
