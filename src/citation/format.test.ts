/**
 * Citations of a work with no author, against the style guides' rules. The
 * expected strings are written from the rules, not copied from the output.
 * A part of the thesis (a chapter) is cited as a part of a book:
 *
 * - APA 7 (9.12): no author → the title moves to the author position, followed
 *   by the date; a part of a book: "Title of part. (Year). In *Book title*
 *   (edition/version). Publisher. URL" (10.3); titles in sentence case; several
 *   publishers separated by semicolons (9.29). In the text: the part's title in
 *   quotation marks and title case, then the year (8.14).
 * - Chicago author-date (CMOS 18): no author → the entry begins with the title,
 *   then the year; a part in quotation marks, the containing work in italics
 *   after "In", both in headline style; the URL ends with a period.
 * - MLA 9: no author → the entry begins with the title; "Part." *Container*,
 *   Version, Publisher, Year, URL. (The Version element starts with a capital,
 *   as the MLA CSL reads MLA 5.48–50.) In the text: the title in quotation marks.
 * - Harvard, Cite Them Right 12th edition: no author → the title first, then the
 *   year in round brackets; "Available at: URL."; British single quotation
 *   marks. (Its "(Accessed: date)" needs the reader's date: no download has one.)
 *
 * A page this site composes from the thesis's data is cited as a web page:
 * - APA 7 (10.16): no author → "*Title of page*. (Year, Month Day). Site Name. URL".
 * - Chicago (CMOS 18, 14.104): a web page without an author may list the
 *   owner of the site in the author position, then the year, the page title
 *   in quotation marks, and the URL.
 * - MLA 9: "“Title of page.” *Website*, Version, Day Month Year, URL."
 * - Harvard (Cite Them Right): "*Title of page* (Year) *Website*. Available at: URL."
 */
import { Cite } from '@citation-js/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { partItem, thesisItem, webPageItem } from './csl.ts';
import { CTX } from './fixtures.ts';
import { formatAll, inText, reference, STYLES, styleById, toBibtex, toCslJson, toRis } from './format.ts';

const TITLE_SENTENCE = 'Pakistani foreign fighters in Afghanistan, Kashmir and Syria: A comparative analysis of drivers of radicalization';
const TITLE_HEADLINE = 'Pakistani Foreign Fighters in Afghanistan, Kashmir and Syria: A Comparative Analysis of Drivers of Radicalization';
const PUBLISHER = 'University of Glasgow; Dublin City University; Charles University';
const SITE_NAME = 'Pakistani Foreign Fighters: A Knowledge Base';
const CHAPTER_URL = 'https://example.org/chapters/results/';
const URL = 'https://example.org/drivers/recruitment/';

const chapter = partItem(CTX, { path: '/chapters/results/', title: '4. Results' });
const driverPage = webPageItem(CTX, { path: '/drivers/recruitment/', title: 'Recruitment by individuals or organizations' });

// citeproc compiles each style on first use (Chicago's CSL is 168 kB: seconds on a busy machine).
beforeAll(() => {
  for (const style of STYLES) reference(chapter, style, 'text');
}, 60_000);

describe('a chapter, cited as a numbered part of the thesis', () => {
  it('APA 7: title in the author position, then the year, then "In" the thesis', () => {
    expect(reference(chapter, styleById('apa'), 'html')).toBe(
      `4. Results. (2019). In <i>${TITLE_SENTENCE}</i> (Version 1.0 of 2025-06-01). ${PUBLISHER}. ${CHAPTER_URL}`,
    );
    expect(inText(chapter, styleById('apa'))).toBe('(“4. Results,” 2019)');
  });

  it('Chicago author-date: title first, in quotation marks, then the year', () => {
    expect(reference(chapter, styleById('chicago'), 'html')).toBe(
      `“4. Results.” 2019. In <i>${TITLE_HEADLINE}</i>, version 1.0 of 2025-06-01. ${PUBLISHER}. ${CHAPTER_URL}.`,
    );
    expect(inText(chapter, styleById('chicago'))).toBe('(“4. Results” 2019)');
  });

  it('MLA 9: title first, then the container and its facts, comma-separated', () => {
    expect(reference(chapter, styleById('mla'), 'html')).toBe(
      `“4. Results.” <i>${TITLE_HEADLINE}</i>, Version 1.0 of 2025-06-01, ${PUBLISHER}, 2019, ${CHAPTER_URL}.`,
    );
    expect(inText(chapter, styleById('mla'))).toBe('(“4. Results”)');
  });

  it('Harvard (Cite Them Right): title first, year in brackets, URL, no fixed access date', () => {
    expect(reference(chapter, styleById('harvard'), 'html')).toBe(`‘4. Results’ (2019) <i>${TITLE_SENTENCE}</i>. ${PUBLISHER}. Available at: ${CHAPTER_URL}.`);
    expect(inText(chapter, styleById('harvard'))).toBe('(‘4. Results’, 2019)');
  });

  it('plain text is the HTML without its italics', () => {
    for (const s of formatAll(chapter).styles) expect(s.text).toBe(s.html.replace(/<\/?i>/g, ''));
  });
});

describe('a driver page, cited as a web page of the knowledge base', () => {
  it('APA 7: the italic page title in the author position, the data version’s date, the site, the URL', () => {
    expect(reference(driverPage, styleById('apa'), 'html')).toBe(`<i>Recruitment by individuals or organizations</i>. (2025, June 1). ${SITE_NAME}. ${URL}`);
    expect(inText(driverPage, styleById('apa'))).toBe('(Recruitment by Individuals or Organizations, 2025)');
  });

  it('Chicago author-date: the site in the author position, the year, the page title in quotation marks, the URL', () => {
    const chicago = reference(driverPage, styleById('chicago'), 'text');
    expect(chicago.startsWith(`${SITE_NAME}. 2025. “Recruitment by Individuals or Organizations.” `)).toBe(true);
    expect(chicago.endsWith(` ${URL}.`)).toBe(true);
  });

  it('MLA 9: the page title, the site in italics, the version, the date, the URL', () => {
    expect(reference(driverPage, styleById('mla'), 'html')).toBe(
      `“Recruitment by Individuals or Organizations.” <i>${SITE_NAME}</i>, Version 1.0 of 2025-06-01, 1 June 2025, ${URL}.`,
    );
  });

  it('Harvard (Cite Them Right): italic page title, year, italic site, URL', () => {
    expect(reference(driverPage, styleById('harvard'), 'html')).toBe(
      `<i>Recruitment by individuals or organizations</i> (2025) <i>${SITE_NAME}</i>. Available at: ${URL}.`,
    );
  });

  it('never presents the page as a section of the thesis', () => {
    for (const s of formatAll(driverPage).styles) {
      expect(s.text).not.toContain(' In ');
      expect(s.text).not.toContain(TITLE_SENTENCE);
    }
  });

  it('names no author in any format', () => {
    for (const item of [chapter, driverPage]) {
      const all = formatAll(item);
      for (const s of all.styles) expect(s.text).not.toMatch(/anon/i);
      expect(all.bibtex).not.toMatch(/author\s*=/);
      expect(all.ris).not.toMatch(/^(AU|A1)\s{2}-/m);
      expect(JSON.parse(all.cslJson)[0]).not.toHaveProperty('author');
    }
  });
});

describe('a finding, cited at its anchor', () => {
  const finding = webPageItem(CTX, { path: '/drivers/recruitment/#in-iskp', title: 'Recruitment by individuals or organizations: ISKP' });
  it('keeps the anchor in the URL and the acronym after the colon', () => {
    expect(reference(finding, styleById('apa'), 'text')).toBe(
      `Recruitment by individuals or organizations: ISKP. (2025, June 1). ${SITE_NAME}. ${URL}#in-iskp`,
    );
  });
});

describe('the thesis as a whole', () => {
  const thesis = thesisItem(CTX);

  it('APA 7: the italic title in the author position, then the year; a master’s thesis of its institutions', () => {
    const apa = reference(thesis, styleById('apa'), 'html');
    // APA 9.12 puts the date right after the title element; the APA CSL keeps the
    // bracketed description ("[Master’s thesis, …]") after the date, as it does
    // for every work whose title stands in for the author.
    expect(apa.startsWith(`<i>${TITLE_SENTENCE}</i> (Version 1.0 of 2025-06-01). (2019).`)).toBe(true);
    expect(apa).toContain(`[Master’s thesis, ${PUBLISHER}]`);
    expect(apa.endsWith(' https://example.org/')).toBe(true);
    expect(inText(thesis, styleById('apa'))).toBe(`(${TITLE_HEADLINE}, 2019)`);
  });

  it('Chicago author-date: the title in quotation marks, the year, "Master’s thesis, Institution"', () => {
    expect(reference(thesis, styleById('chicago'), 'text')).toBe(
      `“${TITLE_HEADLINE}.” 2019. Version 1.0 of 2025-06-01. Master’s thesis, ${PUBLISHER}. https://example.org/.`,
    );
  });

  it('MLA 9: the italic title first; the institution and "Master’s thesis" as the closing element', () => {
    const mla = reference(thesis, styleById('mla'), 'html');
    expect(mla.startsWith(`<i>${TITLE_HEADLINE}</i>. `)).toBe(true);
    expect(mla).toContain('2019');
    expect(mla).toContain('https://example.org/');
    expect(mla.endsWith(`${PUBLISHER}, Master’s thesis.`)).toBe(true);
  });

  it('Harvard (Cite Them Right): italic title, year, thesis type, institution, URL', () => {
    expect(reference(thesis, styleById('harvard'), 'html')).toBe(
      `<i>${TITLE_SENTENCE}</i> (2019). Master’s thesis. ${PUBLISHER}. Available at: https://example.org/.`,
    );
  });

  it('without a site URL, every style leaves the URL out rather than invent one', () => {
    const offline = thesisItem({ ...CTX, siteUrl: undefined });
    for (const s of formatAll(offline).styles) expect(s.text).not.toMatch(/https?:/);
  });
});

describe('BibTeX, RIS and CSL-JSON', () => {
  /** What a reference manager reads back from a file (citation-js's own parsers). */
  const readBack = (text: string) => (new Cite(text).format('data', { format: 'object' }) as Array<Record<string, unknown>>)[0]!;

  it('BibTeX: @mastersthesis for the thesis with its school, @inbook for a part, @online for a web page; no access date', () => {
    const thesis = toBibtex(thesisItem(CTX));
    expect(thesis).toMatch(/^@mastersthesis\{PakistaniForeignFighters2019,\n/);
    expect(thesis).toContain(`school = {${PUBLISHER}}`);
    expect(thesis).toContain('year = {2019}');
    expect(toBibtex(chapter)).toMatch(/^@inbook\{PakistaniForeignFighters2019_chapters_results,\n/);
    const page = toBibtex(driverPage);
    expect(page).toMatch(/^@online\{PakistaniForeignFighters2019_drivers_recruitment,\n/);
    expect(page).toContain('title = {Recruitment by individuals or organizations}');
    expect(page).toContain(`url = {${URL}}`);
    for (const bib of [thesis, toBibtex(chapter), page]) expect(bib).not.toMatch(/urldate|accessed/i);
  });

  it('BibTeX reads back with the same type, title, container, date and URL', () => {
    expect(readBack(toBibtex(chapter))).toMatchObject({
      type: 'chapter',
      title: '4. Results',
      'container-title': TITLE_SENTENCE,
      URL: CHAPTER_URL,
      issued: { 'date-parts': [[2019]] },
    });
    expect(readBack(toBibtex(driverPage))).toMatchObject({
      type: 'webpage',
      title: 'Recruitment by individuals or organizations',
      'container-title': SITE_NAME,
      URL,
      issued: { 'date-parts': [[2025, 6, 1]] },
    });
    expect(readBack(toBibtex(thesisItem(CTX)))).toMatchObject({ type: 'thesis', title: TITLE_SENTENCE, publisher: PUBLISHER });
  });

  it('RIS: one tag a line (no value broken across lines), CRLF, TY first and ER last, the abstract', () => {
    const ris = toRis(thesisItem(CTX));
    const lines = ris.split('\r\n');
    expect(lines[0]).toBe('TY  - THES');
    expect(lines.at(-2)).toBe('ER  - ');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).every((l) => /^[A-Z][A-Z0-9] {2}- /.test(l))).toBe(true);
    expect(lines).toContain(`TI  - ${TITLE_SENTENCE}`);
    expect(lines).toContain("M3  - Master's thesis");
    expect(lines).toContain(`PB  - ${PUBLISHER}`);
    expect(lines).toContain('PY  - 2019');
    expect(lines).toContain(`AB  - ${CTX.abstract}`);
  });

  it('RIS: the ID is the whole citation key, so every file has its own', () => {
    expect(toRis(chapter).split('\r\n')).toContain('ID  - PakistaniForeignFighters2019_chapters_results');
    expect(toRis(driverPage).split('\r\n')).toContain('ID  - PakistaniForeignFighters2019_drivers_recruitment');
  });

  it('RIS reads back as a chapter of the thesis, or a web page, without an access date', () => {
    const part = readBack(toRis(chapter));
    expect(part).toMatchObject({ type: 'chapter', title: '4. Results', 'container-title': TITLE_SENTENCE, URL: CHAPTER_URL });
    expect(part).not.toHaveProperty('accessed');
    expect(readBack(toRis(driverPage))).toMatchObject({ type: 'webpage', title: 'Recruitment by individuals or organizations', URL, note: driverPage.note });
  });

  it('CSL-JSON is the item itself, in an array', () => {
    expect(JSON.parse(toCslJson(driverPage))).toEqual([driverPage]);
  });
});
