/**
 * Citations of a work with no author, against the style guides' rules. The
 * expected strings are written from the rules, not copied from the output:
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
 *   year in round brackets; "Available at: URL (Accessed: 1 June 2025)."; British
 *   single quotation marks and day-month-year dates.
 */
import { Cite } from '@citation-js/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { partItem, thesisItem } from './csl.ts';
import { CTX } from './fixtures.ts';
import { formatAll, inText, reference, STYLES, styleById, toBibtex, toCslJson, toRis } from './format.ts';

const TITLE_SENTENCE = 'Pakistani foreign fighters in Afghanistan, Kashmir and Syria: A comparative analysis of drivers of radicalization';
const TITLE_HEADLINE = 'Pakistani Foreign Fighters in Afghanistan, Kashmir and Syria: A Comparative Analysis of Drivers of Radicalization';
const PUBLISHER = 'University of Glasgow; Dublin City University; Charles University';
const URL = 'https://example.org/drivers/recruitment/';

const driverPage = partItem(CTX, { path: '/drivers/recruitment/', title: 'Recruitment by individuals or organizations' });

// citeproc compiles each style on first use (Chicago's CSL is 168 kB: seconds on a busy machine).
beforeAll(() => {
  for (const style of STYLES) reference(driverPage, style, 'text');
}, 60_000);

describe('a driver page, cited as a part of the thesis', () => {
  it('APA 7: title in the author position, then the year, then "In" the thesis', () => {
    expect(reference(driverPage, styleById('apa'), 'html')).toBe(
      `Recruitment by individuals or organizations. (2019). In <i>${TITLE_SENTENCE}</i> (Version 1.0 of 2025-06-01). ${PUBLISHER}. ${URL}`,
    );
    expect(inText(driverPage, styleById('apa'))).toBe('(“Recruitment by Individuals or Organizations,” 2019)');
  });

  it('Chicago author-date: title first, in quotation marks and headline style, then the year', () => {
    expect(reference(driverPage, styleById('chicago'), 'html')).toBe(
      `“Recruitment by Individuals or Organizations.” 2019. In <i>${TITLE_HEADLINE}</i>, version 1.0 of 2025-06-01. ${PUBLISHER}. ${URL}.`,
    );
    expect(inText(driverPage, styleById('chicago'))).toBe('(“Recruitment by Individuals or Organizations” 2019)');
  });

  it('MLA 9: title first, then the container and its facts, comma-separated', () => {
    expect(reference(driverPage, styleById('mla'), 'html')).toBe(
      `“Recruitment by Individuals or Organizations.” <i>${TITLE_HEADLINE}</i>, Version 1.0 of 2025-06-01, ${PUBLISHER}, 2019, ${URL}.`,
    );
    expect(inText(driverPage, styleById('mla'))).toBe('(“Recruitment by Individuals or Organizations”)');
  });

  it('Harvard (Cite Them Right): title first, year in brackets, URL and access date', () => {
    expect(reference(driverPage, styleById('harvard'), 'html')).toBe(
      `‘Recruitment by individuals or organizations’ (2019) <i>${TITLE_SENTENCE}</i>. ${PUBLISHER}. Available at: ${URL} (Accessed: 1 June 2025).`,
    );
    expect(inText(driverPage, styleById('harvard'))).toBe('(‘Recruitment by individuals or organizations’, 2019)');
  });

  it('plain text is the HTML without its italics', () => {
    for (const s of formatAll(driverPage).styles) expect(s.text).toBe(s.html.replace(/<\/?i>/g, ''));
  });

  it('names no author in any format', () => {
    const all = formatAll(driverPage);
    for (const s of all.styles) expect(s.text).not.toMatch(/anon/i);
    expect(all.bibtex).not.toMatch(/author\s*=/);
    expect(all.ris).not.toMatch(/^(AU|A1)\s{2}-/m);
    expect(JSON.parse(all.cslJson)[0]).not.toHaveProperty('author');
  });
});

describe('a finding, cited at its anchor', () => {
  const finding = partItem(CTX, { path: '/drivers/recruitment/#in-iskp', title: 'Recruitment by individuals or organizations: ISKP' });
  it('keeps the anchor in the URL and the acronym after the colon', () => {
    expect(reference(finding, styleById('apa'), 'text')).toBe(
      `Recruitment by individuals or organizations: ISKP. (2019). In ${TITLE_SENTENCE} (Version 1.0 of 2025-06-01). ${PUBLISHER}. ${URL}#in-iskp`,
    );
    expect(reference(finding, styleById('chicago'), 'text')).toMatch(/^“Recruitment by Individuals or Organizations: ISKP\.” 2019\. /);
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

  it('Harvard (Cite Them Right): italic title, year, thesis type, institution, URL and access date', () => {
    expect(reference(thesis, styleById('harvard'), 'html')).toBe(
      `<i>${TITLE_SENTENCE}</i> (2019). Master’s thesis. ${PUBLISHER}. Available at: https://example.org/ (Accessed: 1 June 2025).`,
    );
  });
});

describe('BibTeX, RIS and CSL-JSON', () => {
  /** What a reference manager reads back from a file (citation-js's own parsers). */
  const readBack = (text: string) => (new Cite(text).format('data', { format: 'object' }) as Array<Record<string, unknown>>)[0]!;

  it('BibTeX: @mastersthesis for the thesis with its school, @inbook for a page', () => {
    const thesis = toBibtex(thesisItem(CTX));
    expect(thesis).toMatch(/^@mastersthesis\{PakistaniForeignFighters2019,\n/);
    expect(thesis).toContain(`school = {${PUBLISHER}}`);
    expect(thesis).toContain('year = {2019}');
    const page = toBibtex(driverPage);
    expect(page).toMatch(/^@inbook\{PakistaniForeignFighters2019_drivers_recruitment,\n/);
    expect(page).toContain('title = {Recruitment by individuals or organizations}');
    expect(page).toContain(`url = {${URL}}`);
    expect(page).toContain('note = {[Online; accessed 2025-06-01]}');
  });

  it('BibTeX reads back with the same title, container, year and URL', () => {
    const back = readBack(toBibtex(driverPage));
    expect(back['title']).toBe('Recruitment by individuals or organizations');
    expect(back['container-title']).toBe(TITLE_SENTENCE);
    expect(back['URL']).toBe(URL);
    expect(back['issued']).toEqual({ 'date-parts': [[2019]] });
    expect(back).not.toHaveProperty('author');
  });

  it('RIS: one tag a line (no value broken across lines), CRLF, TY first and ER last', () => {
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
  });

  it('RIS reads back as a chapter of the thesis, with the access date', () => {
    const back = readBack(toRis(driverPage));
    expect(back['type']).toBe('chapter');
    expect(back['title']).toBe('Recruitment by individuals or organizations');
    expect(back['container-title']).toBe(TITLE_SENTENCE);
    expect(back['URL']).toBe(URL);
    expect(back['accessed']).toEqual({ 'date-parts': [[2025, 6, 1]] });
  });

  it('CSL-JSON is the item itself, in an array', () => {
    expect(JSON.parse(toCslJson(driverPage))).toEqual([driverPage]);
  });
});
