/**
 * The thesis PDF (src/thesis-pdf.ts): its size in dist/ and the time Typst
 * takes to typeset it. Each timing is cold, in a process of its own (this
 * file run as a script), as a build pays it once: the document model
 * rendered to Typst, the compiler started, the document laid out and
 * written as tagged PDF. Typst memoizes within a process, so a second
 * typesetting in the same process would measure its cache.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { currentDataVersion } from '../../src/citation/data-version.ts';
import { renderTypst } from '../../src/edition/render-typst.ts';
import { typesetPdf } from '../../src/edition/typeset.ts';
import { parseYaml } from '../../src/knowledge/parse-yaml.ts';
import { thesisMetadataSchema } from '../../src/knowledge/schemas.ts';
import { readThesis } from '../../src/source/document.ts';

const root = new URL('../../', import.meta.url);

export interface PdfTypesetting {
  ms: number;
  bytes: number;
  pages: number;
}

export interface PdfFigures {
  /** Bytes of the PDF the build wrote. */
  bytes: number;
  /** Cold typesettings, one process each. */
  runs: PdfTypesetting[];
}

/** Typesets the thesis once in this process. */
function typesetOnce(): PdfTypesetting {
  const start = performance.now();
  const doc = readThesis(readFileSync(new URL('content/source/thesis.txt', root), 'utf8'));
  const meta = parseYaml('content/metadata/thesis.yaml', readFileSync(new URL('content/metadata/thesis.yaml', root), 'utf8'), thesisMetadataSchema);
  const pdf = typesetPdf(renderTypst(doc, { meta, siteUrl: undefined, dataVersion: currentDataVersion(meta.knowledgeBase.version) }));
  return { ms: performance.now() - start, bytes: pdf.bytes.length, pages: pdf.pageCount };
}

export function measurePdf(pdfFile: string, runs: number): PdfFigures {
  const out: PdfTypesetting[] = [];
  for (let i = 0; i < runs; i++) {
    const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], { cwd: fileURLToPath(root), encoding: 'utf8', timeout: 300_000 });
    if (result.status !== 0) throw new Error(`typesetting the thesis PDF failed:\n${result.stderr}`);
    out.push(JSON.parse(result.stdout) as PdfTypesetting);
  }
  return { bytes: statSync(pdfFile).size, runs: out };
}

if (import.meta.main) process.stdout.write(JSON.stringify(typesetOnce()));
