/**
 * Typesets Typst source into a PDF in-process with Typst's own compiler
 * (@myriaddreamin/typst-ts-node-compiler, a native Node module: no browser,
 * no command-line tool). Fonts: the document sets its text in Libertinus
 * Serif, which the compiler carries inside itself (Typst's embedded fonts),
 * with no fallback; the compiler also lists the machine's fonts (typst.ts has
 * no switch against it), but none is used. Every font used is embedded,
 * subset, in the PDF. The PDF is written as PDF/UA-1 (tagged, with a document
 * title and language), which Typst 0.14 checks as it writes.
 */
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { PART_START_LABEL } from './render-typst.ts';

export interface TypesetPdf {
  bytes: Uint8Array<ArrayBuffer>;
  /** The page (1-based) each part of the thesis begins on, by the part's id. */
  partPages: ReadonlyMap<string, number>;
  pageCount: number;
  /** Milliseconds the compiler took, for the benchmark. */
  compileMs: number;
}

export function typesetPdf(source: string): TypesetPdf {
  const started = performance.now();
  // The workspace is where Typst would read files from; the document reads none.
  const compiler = NodeCompiler.create({ workspace: process.cwd() });
  const result = compiler.compile({ mainFileContent: source });
  const document = result.result;
  if (result.hasError() || !document) {
    const error = result.takeError();
    const details = error ? compiler.fetchDiagnostics(error) : [];
    throw new Error(`Typst could not typeset the thesis:\n${details.map((d: unknown) => JSON.stringify(d)).join('\n')}`);
  }
  const bytes = compiler.pdf(document, { pdfStandard: 'ua-1' });
  const starts = compiler.query(document, { selector: `<${PART_START_LABEL}>`, field: 'value' }) as unknown;
  const partPages = new Map<string, number>();
  for (const entry of Array.isArray(starts) ? starts : []) {
    const { part, page } = entry as { part?: unknown; page?: unknown };
    if (typeof part !== 'string' || typeof page !== 'number') throw new Error(`Typst: a part's start reads ${JSON.stringify(entry)}`);
    partPages.set(part, page);
  }
  return { bytes: new Uint8Array(bytes), partPages, pageCount: document.numOfPages, compileMs: performance.now() - started };
}
