/**
 * The PDF of the whole thesis for this build: the document model rendered as
 * Typst (src/edition/render-typst.ts) with this build's metadata, address and
 * data version, typeset once (src/edition/typeset.ts) and shared by the route
 * that writes it (src/pages/pakistani-foreign-fighters-thesis.pdf.ts) and the
 * links to each part's page in it (ThesisPdfLink.astro beside this file).
 */
import { THESIS as META } from '../../citation/metadata.ts';
import { currentDataVersion } from '../../citation/data-version.ts';
import { renderTypst } from '../../edition/render-typst.ts';
import { typesetPdf, type TypesetPdf } from '../../edition/typeset.ts';
import { SITE_URL } from '../../site-url.ts';
import { THESIS } from '../../source/thesis.ts';

let typeset: TypesetPdf | undefined;

/** The typeset PDF (compiled on first use, about a second; the same bytes for the rest of the build). */
export function thesisPdf(): TypesetPdf {
  typeset ??= typesetPdf(renderTypst(THESIS, { meta: META, siteUrl: SITE_URL, dataVersion: currentDataVersion(META.knowledgeBase.version) }));
  return typeset;
}

/** The page of the PDF on which a part of the thesis begins; throws naming a part the PDF does not have. */
export function pdfPageOf(part: string): number {
  const page = thesisPdf().partPages.get(part);
  if (page === undefined) throw new Error(`The thesis PDF has no part "${part}"`);
  return page;
}
