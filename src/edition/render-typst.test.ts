/**
 * The Typst renderer, typeset by the real compiler and read back with pdf.js:
 * the author's characters come out as written, whatever Typst would read as
 * markup; the extraction's inline syntax becomes footnotes with the thesis's
 * numbers, italics and links; a table's header rows repeat on every page it
 * runs to; and a model the PDF cannot be made from stops with its reason.
 * (tests/site/pdf.test.ts reads the thesis's own PDF.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPdf, readLinks, readPages } from '../../tests/support/pdf.ts';
import { parseYaml } from '../knowledge/parse-yaml.ts';
import { thesisMetadataSchema } from '../knowledge/schemas.ts';
import type { DocumentBlock, Footnote, Part, Table, ThesisDocument } from '../source/document.ts';
import { colophonLines, literal, renderTypst, type PdfEdition } from './render-typst.ts';
import { typesetPdf } from './typeset.ts';

const meta = parseYaml(
  'content/metadata/thesis.yaml',
  readFileSync(new URL('../../content/metadata/thesis.yaml', import.meta.url), 'utf8'),
  thesisMetadataSchema,
);
const edition: PdfEdition = { meta, siteUrl: undefined, dataVersion: { label: '1.0 of 2026-01-02', date: '2026-01-02' } };

/** The lines of text of every page, markers as "[^n]". */
async function typesetText(source: string) {
  const pdf = await openPdf(typesetPdf(source).bytes);
  return { pdf, pages: await readPages(pdf) };
}

/** A thesis of two parts: the title page (its title printed twice, as the thesis does) and a chapter of the given blocks. */
function thesisOf(blocks: DocumentBlock[], footnotes: Footnote[] = []): ThesisDocument {
  const section = { page: 'chapters/introduction' };
  const titleLines = meta.title.split(': ');
  const front: Part = {
    slug: 'front-matter',
    startsAt: 'IMSIS',
    label: 'Title page',
    group: 'Front matter',
    heading: 'Title page',
    blocks: [
      { kind: 'lines', lines: [`**${titleLines[0]}:`, `${titleLines[1]}**`] },
      { kind: 'lines', lines: [meta.title] },
    ],
  };
  const chapter: Part = {
    slug: 'chapters/introduction',
    startsAt: '1. Chapter One',
    label: '1. Introduction',
    group: 'Chapters',
    heading: '1. Chapter One',
    blocks,
  };
  const tables = new Map(blocks.flatMap((b) => (b.kind === 'table' ? [[b.number, { ...b, part: chapter.slug }] as const] : [])));
  return { parts: [front, chapter], footnotes: new Map(footnotes.map((f) => [f.n, { ...f, section }])), tables, contents: [], listOfTables: [] };
}

const paragraph = (text: string, footnotes: number[] = []): DocumentBlock => ({
  kind: 'paragraph',
  id: 'p1',
  text,
  section: { page: 'chapters/introduction' },
  footnotes,
});

describe('the Typst renderer', () => {
  it('prints every character of the author’s text as written, whatever Typst would read as markup', async () => {
    const ascii = Array.from({ length: 126 - 33 + 1 }, (_, i) => String.fromCharCode(33 + i)).join('');
    const texts = [
      ascii,
      '#set text(red) $300-600 and $x$ a_b_c @label <fn-1> [FATA] \\ back\\slash',
      '\'single\' "double" -- --- ... ~ -? 1) 2. = + / // not a comment /* nor this */',
      '1. A line that starts like a list item',
      '- or a bullet',
      '= or a heading',
      'an address https://www.example.org/a_b?c=d#e written out, and *stars*',
    ];
    const { pages } = await typesetText(
      `#set document(title: "Characters")\n#set page(width: 30cm, height: 20cm, margin: 1cm)\n#set text(font: "Libertinus Serif")\n\n${texts.map(literal).join('\n\n')}\n`,
    );
    expect(pages.flatMap((p) => p.lines.map((l) => l.text))).toEqual(texts);
  });

  it('sets footnotes with the thesis’s numbers, italics for *emphasis*, a lone asterisk as printed, and links', async () => {
    const doc = thesisOf(
      [
        paragraph('A claim⁵ in *italics*, a lone star in Al-Islam.org*. and a link <https://example.org/x>.', [5]),
        paragraph('Again the same note⁵ and the next⁶; see https://example.org/y.', [5, 6]),
      ],
      [
        { n: 5, text: 'Interviewees 1-9.', section: { page: 'chapters/introduction' } },
        { n: 6, text: 'A note with *emphasis*.', section: { page: 'chapters/introduction' } },
      ],
    );
    const source = renderTypst(doc, edition);
    expect(source).toContain('#emph[italics]');
    const { pdf, pages } = await typesetText(source);
    const chapter = pages.find((p) => p.lines.some((l) => l.text === '1. Chapter One'))!;
    expect(chapter.lines.map((l) => l.text)).toEqual([
      '1. Chapter One',
      'A claim[^5] in italics, a lone star in Al-Islam.org*. and a link https://example.org/x.',
      'Again the same note[^5] and the next[^6]; see https://example.org/y.',
      '[^5]Interviewees 1-9.',
      '[^6]A note with emphasis.',
    ]);
    const urls = (await readLinks(pdf)).flatMap((l) => (l.url ? [l.url] : []));
    expect(urls).toEqual(['https://example.org/x', 'https://example.org/y']);
  });

  it('repeats a table’s header rows on every page it runs to, a group heading spanning its columns', async () => {
    const table: Table = {
      kind: 'table',
      number: 1,
      caption: 'Table 1: A long table',
      header: [
        ['No', 'Driver', 'Afghanistan', ''],
        ['', '', 'Afghan Taliban', 'ISKP'],
      ],
      rows: Array.from({ length: 150 }, (_, i) => [String(i + 1), `Driver ${i + 1}`, String(i % 23), String((i * 7) % 23)]),
      width: 4,
      section: { page: 'chapters/introduction' },
    };
    const { pages } = await typesetText(renderTypst(thesisOf([table]), edition));
    const tablePages = pages.filter((p) => p.lines.some((l) => /^\d+ Driver \d+ /.test(l.text)));
    expect(tablePages.length).toBeGreaterThan(2);
    for (const page of tablePages) {
      const texts = page.lines.map((l) => l.text);
      const above = texts
        .slice(
          0,
          texts.findIndex((t) => /^\d+ Driver \d+ /.test(t)),
        )
        .join(' ');
      for (const cell of ['No', 'Driver', 'Afghanistan', 'Afghan Taliban', 'ISKP']) expect(above, `page ${page.n}`).toContain(cell);
    }
    expect(tablePages.flatMap((p) => p.lines.filter((l) => /^\d+ Driver \d+ /.test(l.text)))).toHaveLength(150);
  });

  it('says what the PDF is, naming the site’s address only where the build knows it, and no author', () => {
    const without = colophonLines(edition).join(' ');
    const withUrl = colophonLines({ ...edition, siteUrl: 'https://kb.example.edu/pff' }).join(' ');
    expect(without).toContain(`data version ${edition.dataVersion.label}`);
    expect(without).toContain(meta.knowledgeBase.title);
    expect(without).not.toMatch(/https?:/);
    expect(withUrl).toContain('at https://kb.example.edu/pff/');
    expect(`${without} ${withUrl}`).not.toMatch(/author/i);
  });

  it('stops on a model it cannot typeset faithfully, saying why', () => {
    const noTitle = thesisOf([]);
    noTitle.parts[0]!.blocks = noTitle.parts[0]!.blocks.slice(0, 1);
    expect(() => renderTypst(noTitle, edition)).toThrow(/must print the title .* on the title page and above the abstract/);
    expect(() => renderTypst(thesisOf([paragraph('A marker⁷ without its note.', [7])]), edition)).toThrow('footnote 7 has a marker but no text');
    const contents = thesisOf([]);
    contents.parts[0]!.blocks.push({
      kind: 'contents',
      which: 'table-of-contents',
      header: ['No.', 'Table of Contents', 'Page No.'],
      rows: [['9.9.', 'Nowhere', '3']],
    });
    expect(() => renderTypst(contents, edition)).toThrow('the contents line "9.9. | Nowhere | 3" points to no part of the thesis');
  });
});
