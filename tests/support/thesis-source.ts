/**
 * The thesis source as the tests read it: independently of the importer, so
 * that a bug there cannot hide itself. Normalises what typesetting may change
 * (quotes, dashes, whitespace, Markdown markers of the extraction) and nothing else.
 */
import { readFileSync } from 'node:fs';

export const source = readFileSync(new URL('../../content/source/thesis.txt', import.meta.url), 'utf8');

/** The thesis pages, in reading order, as their URLs. */
export const THESIS_URLS = [
  '/front-matter/',
  '/chapters/introduction/',
  '/chapters/framework/',
  '/chapters/methodology/',
  '/chapters/results/',
  '/case-studies/kashmir/',
  '/case-studies/afghanistan/',
  '/case-studies/syria/',
  '/chapters/discussion/',
  '/chapters/conclusion/',
  '/interviews/',
  '/references/',
  '/questionnaire/',
] as const;

export function normalise(text: string): string {
  return text
    .replace(/[“”„‟"″]/g, '"')
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[–—‐‑−]/g, '-')
    .replace(/\*\*|\\(?=[$*])/g, '')
    .replace(/(?<=\S)\*|\*(?=\S)/g, '')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export const SUPERSCRIPT = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(.*)$/su;
export const superscriptNumber = (s: string) => Number([...s].map((c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)).join(''));

/** Blocks of the source separated by blank lines. */
export const blocks = source
  .split(/\n\s*\n/)
  .map((b) => b.trim())
  .filter(Boolean);

/** Footnote texts by number, as printed. */
export const footnotes = new Map(
  blocks.flatMap((b) => {
    const m = SUPERSCRIPT.exec(b);
    return m && !b.includes('\n') ? [[superscriptNumber(m[1] ?? ''), (m[2] ?? '').trim()] as const] : [];
  }),
);

/** Tables by number: caption and the rows of cells as printed (a page break may cut a table). */
export function tables(): Map<number, { caption: string; rows: string[][] }> {
  const out = new Map<number, { caption: string; rows: string[][] }>();
  const lines = source.split('\n');
  lines.forEach((line, i) => {
    const m = /^Table (\d+): /.exec(line);
    if (!m || !line.includes('\t')) return;
    const rows: string[][] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j] ?? '';
      if (l.trim() === '' && /^\d+\t/.test(lines[j + 1] ?? '')) continue; // page break inside the table
      if (!l.includes('\t')) break;
      rows.push(l.split('\t').map((c) => c.trim()));
    }
    out.set(Number(m[1]), { caption: line.replace(/\t+$/, '').trim(), rows });
  });
  return out;
}

/** Text of an HTML fragment: tags dropped, character references decoded. */
export function htmlText(fragment: string): string {
  return fragment
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}
