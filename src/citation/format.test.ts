/**
 * Citations of a work with no author, against the style guides' rules and
 * their own examples of such a work. The expected strings are written from
 * the rules, not copied from the output.
 *
 * The thesis as a whole (its title stands where the author would):
 * - APA 7: "When a work has no author, move the title to the author position"
 *   (9.12), keeping with the title what goes with it: APA Style's table of
 *   references with missing information gives "Title of document [Format].
 *   (date)." for a missing author; a version goes in parentheses right after
 *   the title (9.19) and the bracketed description after it (9.21), so
 *   "*Title* (Version …) [Master’s thesis, University]. (2019). URL". In the
 *   text, the title in title case, italic as in the list, shortened when long
 *   (8.14; the University of Wollongong's APA 7 guide: "Empireland: How
 *   imperialism has shaped modern Britain" → (*Empireland*, 2021)).
 * - Chicago author-date (CMOS 18): an entry with no known author begins with
 *   the title, then the year; a thesis's title in quotation marks; the text
 *   citation gives a short form of the title (the title's first words, as
 *   Chicago's shortened titles keep the key words of the main title).
 * - MLA 9: the entry begins with the title, a dissertation's in italics
 *   (MLA Handbook 2.107 lists "Dissertation: *Thinking beyond Modernism…*"
 *   among italicized titles); the in-text citation "use[s] a shortened title
 *   of the work" when there is no author (Mohave Community College's MLA 9
 *   guide: ("Impact of Global Warming")).
 * - Harvard, Cite Them Right 12th edition: the title first, then the year in
 *   round brackets; British quotation marks. In the text, the title (a
 *   university's Harvard guide, Wollongong's: "If the title is long, shorten
 *   it for the in-text citation. If the title is italicised in the reference
 *   list, italicise it": (*Empireland* 2021); Cite Them Right puts a comma
 *   before the year). No fixed access date.
 *
 * A part of the thesis (a chapter, a table) is cited as a part of a book,
 * with its printed pages:
 * - APA 7 (10.3): "Title of part. (Year). In *Book title* (version, pp. 25–31).
 *   Publisher. URL"; several publishers separated by semicolons (9.29). In the
 *   text: the part's title in quotation marks and title case, then the year
 *   (8.14); a table by its short title, "Table 5".
 * - Chicago author-date (CMOS 18): a part in quotation marks, the containing
 *   work in italics after "In", both in title case; CMOS 18 no longer requires
 *   a chapter's page range in the reference list (14.8; the CSL style follows
 *   it), so the pages are in the downloads and the other styles.
 * - MLA 9: "Part." *Container*, Version, Publisher, Year, pp. 25–31, URL.
 * - Harvard (Cite Them Right): ‘Part’ (Year) *Book*. Publisher, pp. 25–31.
 *   Available at: URL.
 *
 * A page this site composes from the thesis's data is cited as a web page:
 * - APA 7 (10.16): no author → "*Title of page*. (Year, Month Day). Site Name. URL".
 * - Chicago (CMOS 18, 14.104): a web page without an author may list the
 *   owner of the site in the author position, then the year, the page title
 *   in quotation marks, and the URL.
 * - MLA 9: "“Title of page.” *Website*, Version, Day Month Year, URL."
 * - Harvard (Cite Them Right): "*Title of page* (Year) *Website*. Available at: URL."
 *
 * Sources of the examples: https://uow.libguides.com/uow-apa7/unknown-author,
 * https://uow.libguides.com/uow-harvard-guide/unknown-author,
 * https://mohave.libguides.com/c.php?g=3479&p=8407095, APA Style's "How to Write
 * an APA Style Reference When Information Is Missing" table, the MLA Handbook
 * 9th edition (2.106–2.107), and for CMOS 18 14.8
 * https://discourse.citationstyles.org/t/variants-for-chicago-manual-of-style-18th-edition/1895.
 */
import { Cite } from '@citation-js/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { partItem, thesisItem, webPageItem, type CslItem } from './csl.ts';
import { CTX } from './fixtures.ts';
import { formatAll, inText, reference, STYLES, styleById, toBibtex, toCslJson, toRis } from './format.ts';
import { LISTED_TABLES, PART_PAGES, tablePages } from './page-ranges.ts';

const TITLE_SENTENCE = 'Pakistani foreign fighters in Afghanistan, Kashmir and Syria: A comparative analysis of drivers of radicalization';
const TITLE_HEADLINE = 'Pakistani Foreign Fighters in Afghanistan, Kashmir and Syria: A Comparative Analysis of Drivers of Radicalization';
const PUBLISHER = 'University of Glasgow; Dublin City University; Charles University';
const SITE_NAME = 'Pakistani Foreign Fighters: A Knowledge Base';
const CHAPTER_URL = 'https://example.org/chapters/results/';
const URL = 'https://example.org/drivers/recruitment/';

const chapter = partItem(CTX, { path: '/chapters/results/', title: '4. Results' });
/** A case study on pages 25–31 (from the thesis's table of contents: page-ranges.test.ts). */
const KASHMIR_URL = 'https://example.org/case-studies/kashmir/';
const kashmir = partItem(CTX, { path: '/case-studies/kashmir/', title: '4.1. Case study One: Kashmir', pages: PART_PAGES.get('case-studies/kashmir') });
const TABLE_5_TITLE = 'Table 5: Final list of drivers with the frequency of reporting for each war zone and category of jihadi host organization';
const table5 = partItem(CTX, { path: '/chapters/methodology/#table-5', title: TABLE_5_TITLE, shortTitle: 'Table 5', pages: tablePages(5, LISTED_TABLES) });
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

describe('a part on its printed pages (a case study on pages 25–31, Table 5 on page 23)', () => {
  it('APA 7: the pages with the version, in the parentheses after the book title; a table by its short title in the text', () => {
    expect(reference(kashmir, styleById('apa'), 'html')).toBe(
      `4.1. Case study One: Kashmir. (2019). In <i>${TITLE_SENTENCE}</i> (Version 1.0 of 2025-06-01, pp. 25–31). ${PUBLISHER}. ${KASHMIR_URL}`,
    );
    expect(reference(table5, styleById('apa'), 'text')).toContain(`In ${TITLE_SENTENCE} (Version 1.0 of 2025-06-01, p. 23). ${PUBLISHER}.`);
    expect(inText(table5, styleById('apa'))).toBe('(“Table 5,” 2019)');
  });

  it('Chicago author-date: no page range in the entry (CMOS 18), the short title in the text', () => {
    const chicago = reference(kashmir, styleById('chicago'), 'text');
    expect(chicago).toBe(`“4.1. Case Study One: Kashmir.” 2019. In ${TITLE_HEADLINE}, version 1.0 of 2025-06-01. ${PUBLISHER}. ${KASHMIR_URL}.`);
    expect(inText(table5, styleById('chicago'))).toBe('(“Table 5” 2019)');
  });

  it('MLA 9: the pages after the date, before the URL', () => {
    expect(reference(kashmir, styleById('mla'), 'html')).toBe(
      `“4.1. Case Study One: Kashmir.” <i>${TITLE_HEADLINE}</i>, Version 1.0 of 2025-06-01, ${PUBLISHER}, 2019, pp. 25–31, ${KASHMIR_URL}.`,
    );
    expect(reference(table5, styleById('mla'), 'text')).toContain(`, 2019, p. 23, https://example.org/chapters/methodology/#table-5.`);
    expect(inText(table5, styleById('mla'))).toBe('(“Table 5”)');
  });

  it('Harvard (Cite Them Right): the pages after the publisher', () => {
    expect(reference(kashmir, styleById('harvard'), 'html')).toBe(
      `‘4.1. Case study One: Kashmir’ (2019) <i>${TITLE_SENTENCE}</i>. ${PUBLISHER}, pp. 25–31. Available at: ${KASHMIR_URL}.`,
    );
    expect(inText(table5, styleById('harvard'))).toBe('(‘Table 5’, 2019)');
  });

  it('BibTeX pages = {25--31}, RIS SP and EP, CSL-JSON page; one page alone', () => {
    expect(toBibtex(kashmir)).toContain('\tpages = {25--31},\n');
    expect(toBibtex(table5)).toContain('\tpages = {23},\n');
    const ris = toRis(kashmir).split('\r\n');
    expect(ris).toEqual(expect.arrayContaining(['SP  - 25', 'EP  - 31']));
    expect(
      toRis(table5)
        .split('\r\n')
        .filter((l) => /^(SP|EP) /.test(l)),
    ).toEqual(['SP  - 23']);
    expect(JSON.parse(toCslJson(kashmir))[0].page).toBe('25-31');
    // Read back as a reference manager reads them: the same range.
    for (const file of [toBibtex(kashmir), toRis(kashmir)]) expect(new Cite(file).format('data', { format: 'object' })).toMatchObject([{ page: '25-31' }]);
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

  it('APA 7: the italic title in the author position with its version and description, then the year; the short title in the text', () => {
    expect(reference(thesis, styleById('apa'), 'html')).toBe(
      `<i>${TITLE_SENTENCE}</i> (Version 1.0 of 2025-06-01) [Master’s thesis, ${PUBLISHER}]. (2019). https://example.org/`,
    );
    expect(inText(thesis, styleById('apa'), 'html')).toBe('(<i>Pakistani Foreign Fighters</i>, 2019)');
  });

  it('Chicago author-date: the title in quotation marks, the year, "Master’s thesis, Institution"; the short title in the text', () => {
    expect(reference(thesis, styleById('chicago'), 'text')).toBe(
      `“${TITLE_HEADLINE}.” 2019. Version 1.0 of 2025-06-01. Master’s thesis, ${PUBLISHER}. https://example.org/.`,
    );
    expect(inText(thesis, styleById('chicago'))).toBe('(“Pakistani Foreign Fighters” 2019)');
  });

  it('MLA 9: the italic title first; the institution and "Master’s thesis" as the closing element; the short title in the text', () => {
    const mla = reference(thesis, styleById('mla'), 'html');
    expect(mla.startsWith(`<i>${TITLE_HEADLINE}</i>. `)).toBe(true);
    expect(mla).toContain('2019');
    expect(mla).toContain('https://example.org/');
    expect(mla.endsWith(`${PUBLISHER}, Master’s thesis.`)).toBe(true);
    expect(inText(thesis, styleById('mla'), 'html')).toBe('(<i>Pakistani Foreign Fighters</i>)');
  });

  it('Harvard (Cite Them Right): italic title, year, thesis type, institution, URL; the short title, italic, in the text', () => {
    expect(reference(thesis, styleById('harvard'), 'html')).toBe(
      `<i>${TITLE_SENTENCE}</i> (2019). Master’s thesis. ${PUBLISHER}. Available at: https://example.org/.`,
    );
    expect(inText(thesis, styleById('harvard'), 'html')).toBe('(<i>Pakistani foreign fighters</i>, 2019)');
  });

  it('no in-text citation repeats the whole title', () => {
    for (const s of formatAll(thesis).styles) {
      expect(s.inText).not.toMatch(/Afghanistan|Comparative/i);
      expect(s.inTextHtml.replace(/<\/?i>/g, '')).toBe(s.inText);
    }
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
    // The abstract, which citation-js's BibTeX mapping leaves out, word for word.
    expect(thesis).toContain(`\tabstract = {${CTX.abstract}},\n`);
    expect(toBibtex(chapter)).toMatch(/^@inbook\{PakistaniForeignFighters2019_chapters_results,\n/);
    const page = toBibtex(driverPage);
    expect(page).toMatch(/^@online\{PakistaniForeignFighters2019_drivers_recruitment,\n/);
    expect(page).toContain('title = {Recruitment by individuals or organizations}');
    expect(page).toContain(`url = {${URL}}`);
    for (const bib of [thesis, toBibtex(chapter), page]) expect(bib).not.toMatch(/urldate|accessed/i);
  });

  it('BibTeX is written exactly as citation-js writes an entry (the abstract aside)', () => {
    const thesisWithoutAbstract: CslItem = { ...thesisItem(CTX) };
    delete thesisWithoutAbstract.abstract;
    for (const item of [chapter, kashmir, table5, driverPage, thesisWithoutAbstract]) {
      const dialect = item.type === 'webpage' ? 'biblatex' : 'bibtex';
      expect(toBibtex(item)).toBe(`${String(new Cite([item]).format(dialect, { format: 'text' })).trim()}\n`);
    }
  });

  it('BibTeX reads back with the same type, title, container, date and URL, and the thesis with its abstract', () => {
    expect(readBack(toBibtex(thesisItem(CTX)))).toMatchObject({ abstract: CTX.abstract });
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

  it('RIS: a web page names its website (T2), which Zotero’s RIS import reads as the website title; a part names the thesis', () => {
    expect(toRis(driverPage).split('\r\n')).toContain(`T2  - ${SITE_NAME}`);
    expect(toRis(chapter).split('\r\n')).toContain(`T2  - ${TITLE_SENTENCE}`);
    expect(
      toRis(thesisItem(CTX))
        .split('\r\n')
        .some((l) => l.startsWith('T2 ')),
    ).toBe(false);
  });

  it('CSL-JSON is the item itself, in an array', () => {
    expect(JSON.parse(toCslJson(driverPage))).toEqual([driverPage]);
  });
});
