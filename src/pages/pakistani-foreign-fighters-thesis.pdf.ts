/**
 * /pakistani-foreign-fighters-thesis.pdf: the whole thesis typeset by Typst
 * at build time (src/components/pdf/thesis-pdf.ts). A static endpoint rather than an
 * integration hook: Astro writes the bytes into dist/ like any page, in the
 * same process that renders the part pages, which link to their page of it
 * and so need the same compiled document. The address is cited: it is in
 * tests/published-urls.txt, and kept in src/knowledge/thesis-pdf-path.ts.
 */
import type { APIRoute } from 'astro';
import { thesisPdf } from '~/components/pdf/thesis-pdf';

export const GET: APIRoute = () => new Response(thesisPdf().bytes, { headers: { 'Content-Type': 'application/pdf' } });
