/**
 * The whole thesis is on the site, word for word: every sentence of its prose,
 * every paragraph that a page break cut rejoined, all 46 footnotes where their
 * markers are, and Tables 1–9 with their captions and every cell.
 */
import { describe, expect, it } from 'vitest';
import { readPage, textOf } from '../support/dist.ts';
import { THESIS_URLS, blocks, footnotes, htmlText, normalise, source, tables } from '../support/thesis-source.ts';

/**
 * Page text without the footnote markers' numbers (the source's markers are superscripts, stripped by normalise)
 * and without the notes' copies in the margin, which stand in the paragraph beside their markers.
 */
const pageText = (url: string) => normalise(textOf(readPage(url), ['fn-ref', 'margin-note', 'paragraph-link']));
const allText = THESIS_URLS.map(pageText).join(' ');

const isTableOrContents = (b: string) => b.includes('\t');
const isFootnote = (b: string) => /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s/u.test(b) && !b.includes('\n');
// A list (the references, the questionnaire) is one item a line.
const prose = blocks
  .filter((b) => !isTableOrContents(b) && !isFootnote(b))
  .flatMap((b) => (/^- /m.test(b) ? b.split('\n') : [b]))
  .map((b) => b.replace(/^- /, ''));

const sentences = prose
  .flatMap((b) => normalise(b).split(/(?<=[.?!]["')]?)\s+(?=["'(]?[A-Z0-9])/))
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

describe('the complete text', () => {
  it('has a sentence list large enough to mean something', () => {
    expect(sentences.length).toBeGreaterThan(900);
  });

  it('publishes every sentence of the source prose', () => {
    const missing = sentences.filter((s) => !allText.includes(s));
    expect(missing).toEqual([]);
  });
});

describe('page-break seams', () => {
  // A prose block that stops mid-sentence, then (after any footnotes) its continuation.
  const seams: Array<[string, string]> = [];
  const body = blocks.slice(blocks.indexOf('1. Chapter One: Introduction'), blocks.indexOf('List of Interviews'));
  body.forEach((b, i) => {
    if (isTableOrContents(b) || isFootnote(b) || /^\d+(\.\d+)*\.\s?\S.{0,100}$/u.test(b)) return;
    if (/[.?!:;"”’')\]]$/u.test(b.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/u, ''))) return;
    if (/,$/.test(b) && /^[“"]/u.test(body[i + 1] ?? '')) return; // lead-in to a display quotation
    let j = i + 1;
    while (j < body.length && isFootnote(body[j] ?? '')) j++;
    seams.push([b, body[j] ?? '']);
  });

  it('finds the page breaks that cut paragraphs', () => {
    expect(seams.length).toBeGreaterThan(25);
  });

  it.each(seams.map(([a, b]) => [normalise(a).slice(-40), normalise(b).slice(0, 40)]))('rejoins "%s" ⏎ "%s" in one paragraph', (left, right) => {
    const joined = left.endsWith('-') ? `${left}${right}` : `${left} ${right}`;
    // Each paragraph's words: its footnote markers, their margin copies and its "¶" link left out.
    const paragraphs = THESIS_URLS.flatMap((url) =>
      [...readPage(url).matchAll(/<p id="[^"]+" data-paragraph>[^]*?<\/p>/g)].map((m) =>
        normalise(textOf(`<main>${m[0]}</main>`, ['fn-ref', 'margin-note', 'paragraph-link'])),
      ),
    );
    expect(paragraphs.some((p) => p.includes(joined))).toBe(true);
  });
});

describe('footnotes', () => {
  it('has the 46 footnotes of the source', () => {
    expect([...footnotes.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 46 }, (_, i) => i + 1));
  });

  it.each([...footnotes.entries()])('footnote %i stands on the page of its marker, with its text and a link back', (n, text) => {
    const pages = THESIS_URLS.filter((url) => readPage(url).includes(`id="fnref-${n}"`));
    expect(pages).toHaveLength(1);
    const html = readPage(pages[0]!);
    const item = new RegExp(`<li id="fn-${n}"[^>]*>([^]*?)</li>`).exec(html);
    expect(item, `footnote ${n} on ${pages[0]}`).not.toBeNull();
    expect(normalise(htmlText(item![1]!).replace('↩', ''))).toBe(normalise(text));
    expect(item![0]).toContain(`href="#fnref-${n}"`);
    expect(html).toMatch(new RegExp(`<a href="#fn-${n}" id="fnref-${n}"`));
  });
});

describe('tables', () => {
  const source = tables();
  it('finds Tables 1 to 9 in the source', () => {
    expect([...source.keys()].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it.each([...source.entries()])('Table %i is an HTML table with its caption and every cell, at #table-N', (n, table) => {
    const page = THESIS_URLS.find((url) => readPage(url).includes(`id="table-${n}"`));
    expect(page, `a page with #table-${n}`).toBeDefined();
    const html = new RegExp(`<table id="table-${n}">([^]*?)</table>`).exec(readPage(page!))?.[1] ?? '';
    const caption = /<caption>([^]*?)<\/caption>/.exec(html)?.[1] ?? '';
    expect(normalise(htmlText(caption))).toBe(normalise(table.caption));
    const cells = [...html.matchAll(/<t[hd][^>]*>([^]*?)<\/t[hd]>/g)].map((m) => normalise(htmlText(m[1]!))).filter(Boolean);
    const expected = table.rows.flat().map(normalise).filter(Boolean);
    expect(cells).toEqual(expected);
  });
});

describe('italics', () => {
  // Single-asterisk spans of the extraction are the thesis's italics (bold, **…**, is the title page's).
  const italics = [...new Set([...source.matchAll(/(?<!\*)\*([^*\s][^*]*?[^*\s]|[^*\s])\*(?!\*)/g)].map((m) => m[1]!))].filter(
    (t) => !/^\d|Bures|2019-07-25/.test(t),
  );

  it('finds the italics of the source', () => {
    expect(italics).toEqual(expect.arrayContaining(['jihad-e-afzal', 'drivers', 'processes', 'Dabiq']));
  });

  it('keeps every italic span italic', () => {
    const html = THESIS_URLS.map((url) => readPage(url)).join('\n');
    const ems = new Set([...html.matchAll(/<em>([^]*?)<\/em>/g)].map((m) => normalise(htmlText(m[1]!))));
    expect(italics.filter((t) => !ems.has(normalise(t)))).toEqual([]);
  });
});
