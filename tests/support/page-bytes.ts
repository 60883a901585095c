/**
 * The bytes a built page costs a reader before any interaction, read from
 * dist/: its HTML file (inline scripts and styles included); the stylesheets
 * it links; and the JavaScript files it fetches: its module scripts and
 * module preloads, and every module those (and its inline module scripts)
 * import statically, followed to the end (es-module-lexer reads the imports
 * of the minified files). A dynamic `import()` is left out: that is code
 * loaded later, on intent or when a chart nears the screen, which the
 * benchmark measures in the browser (scripts/bench/browser.ts).
 *
 * Raw (decoded) bytes, as the budgets of bench/budgets.ts count them, and
 * gzip -6 (what most hosts send), for the benchmark's report. Both are the
 * same from build to build of the same code: a budget on them can fail a test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse as parseImports } from 'es-module-lexer';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { distDir, fileForUrlPath } from './dist.ts';

type Node = DefaultTreeAdapterTypes.Node;

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageBytes {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** The URL paths of the stylesheets and script files counted. */
  files: { css: string[]; js: string[] };
}

const ZERO: Bytes = { raw: 0, gzip: 0 };

function bytesOf(content: Buffer | string): Bytes {
  return { raw: Buffer.byteLength(content), gzip: gzipSync(content, { level: 6 }).length };
}

function sum(parts: readonly Bytes[]): Bytes {
  return parts.reduce((total, part) => ({ raw: total.raw + part.raw, gzip: total.gzip + part.gzip }), ZERO);
}

/** What a page's markup references: stylesheets, module scripts and preloads (URL paths), inline scripts (text). */
export function referencedAssets(html: string): { css: string[]; js: string[]; inlineJs: Array<{ text: string; module: boolean }> } {
  const css = new Set<string>();
  const js = new Set<string>();
  const inlineJs: Array<{ text: string; module: boolean }> = [];
  const visit = (node: Node): void => {
    if ('tagName' in node) {
      const attr = (name: string) => node.attrs.find((a) => a.name === name)?.value;
      const rel = attr('rel')?.split(/\s+/) ?? [];
      const href = attr('href');
      if (node.tagName === 'link' && href?.startsWith('/') && rel.includes('stylesheet')) css.add(href);
      if (node.tagName === 'link' && href?.startsWith('/') && rel.includes('modulepreload')) js.add(href);
      if (node.tagName === 'script') {
        const src = attr('src');
        if (src?.startsWith('/')) js.add(src);
        else if (src === undefined && !/json/.test(attr('type') ?? '')) {
          const text = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
          inlineJs.push({ text, module: attr('type') === 'module' });
        }
      }
    }
    for (const child of 'childNodes' in node ? node.childNodes : []) visit(child);
  };
  visit(parse(html));
  return { css: [...css], js: [...js], inlineJs };
}

/** The static imports of a module (relative or root-relative specifiers), as URL paths; `from` is the module's own URL path. */
export function staticImports(source: string, from: string): string[] {
  const [imports] = parseImports(source);
  return imports
    .filter((entry) => entry.d === -1 && entry.n !== undefined && /^\.{0,2}\//.test(entry.n))
    .map((entry) => posix.normalize(entry.n!.startsWith('/') ? entry.n! : posix.join(dirname(from), entry.n!)));
}

/** Measures pages of one build folder; files shared between pages are read once. */
export class PageBytesReader {
  private readonly files = new Map<string, { bytes: Bytes; text: string }>();
  private readonly root: string;

  constructor(root: string = distDir) {
    this.root = root;
  }

  /** Resolves once the import reader (WebAssembly) is ready; call before `page`. */
  static async create(root: string = distDir): Promise<PageBytesReader> {
    await init;
    return new PageBytesReader(root);
  }

  private file(urlPath: string): { bytes: Bytes; text: string } {
    let file = this.files.get(urlPath);
    if (!file) {
      const path = fileForUrlPath(urlPath, this.root);
      if (!existsSync(path)) throw new Error(`${urlPath} is referenced but not in ${this.root}`);
      const content = readFileSync(path);
      file = { bytes: bytesOf(content), text: content.toString('utf8') };
      this.files.set(urlPath, file);
    }
    return file;
  }

  /** The bytes of the page at `urlPath` ('/drivers/recruitment/', '/404.html'). */
  page(urlPath: string): PageBytes {
    const html = this.file(urlPath);
    const assets = referencedAssets(html.text);
    const modules = new Set<string>();
    const follow = (path: string): void => {
      if (modules.has(path)) return;
      modules.add(path);
      for (const imported of staticImports(this.file(path).text, path)) follow(imported);
    };
    assets.js.forEach(follow);
    // Only a module script can import statically.
    assets.inlineJs.filter((script) => script.module).forEach((script) => staticImports(script.text, urlPath).forEach(follow));
    return {
      html: html.bytes,
      css: sum(assets.css.map((href) => this.file(href).bytes)),
      js: sum([...modules].map((path) => this.file(path).bytes)),
      files: { css: assets.css, js: [...modules] },
    };
  }
}

/** The largest value of each page figure over `pages` (bench/budgets.ts, pageFigure), with the page it is on. */
export function largestByKind(
  reader: PageBytesReader,
  pages: readonly string[],
  kindOf: (urlPath: string) => string,
  figureOf: (kind: string, asset: 'html' | 'css' | 'js') => string,
): Map<string, { value: number; page: string }> {
  const largest = new Map<string, { value: number; page: string }>();
  for (const page of pages) {
    const bytes = reader.page(page);
    for (const asset of ['html', 'css', 'js'] as const) {
      const figure = figureOf(kindOf(page), asset);
      if ((largest.get(figure)?.value ?? -1) < bytes[asset].raw) largest.set(figure, { value: bytes[asset].raw, page });
    }
  }
  return largest;
}
