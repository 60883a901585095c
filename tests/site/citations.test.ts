/**
 * Citations as built: every citable page carries its citation_* meta tags,
 * schema.org JSON-LD and a "Cite this page" block with BibTeX, RIS and
 * CSL-JSON downloads; findings and tables have their own citations; the home
 * page describes the thesis as a master's thesis; the real parts of the thesis
 * are sections of it, the pages composed from its data web pages based on it;
 * nothing names an author. The driver page's citations are checked against
 * the style guides' rules, with this build's SITE_URL and data version.
 *
 * URLs: with SITE_URL, every page has its canonical URL and every citation
 * and download its absolute URL on it; without (the README's build), none has
 * any (src/site-url.ts), and JSON-LD uses site paths.
 *
 * Printed pages: each part of the thesis is cited on the pages its table of
 * contents gives (read here from content/source/thesis.txt, apart from the
 * site's reader), to the page before the next part begins; each table on the
 * page its List of Tables gives.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_URL } from '../../src/site-url.ts';
import { fileForUrlPath, listPages, readPage } from '../support/dist.ts';
import { THESIS_URLS, htmlText, source } from '../support/thesis-source.ts';

const ids = (dir: string) =>
  readdirSync(new URL(`../../content/${dir}/`, import.meta.url))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''));
const DRIVERS = ids('drivers');
const GROUPS = ids('groups');
const ENTITY_URLS = [
  ...DRIVERS.map((id) => `/drivers/${id}/`),
  ...GROUPS.map((id) => `/groups/${id}/`),
  ...ids('theories').map((id) => `/theories/${id}/`),
  ...ids('organizations').map((id) => `/organizations/${id}/`),
  ...ids('interviewees').map((id) => `/interviews/${Number(id)}/`),
];
const INDEX_URLS = ['/drivers/', '/groups/', '/theories/', '/organizations/', '/data/'];
/** Pages this site composes from the thesis's data: web pages based on it. */
const COMPOSED = [...ENTITY_URLS, ...INDEX_URLS];
const CITABLE = [...THESIS_URLS, ...COMPOSED];
const SITE_NAME = 'Pakistani Foreign Fighters: A Knowledge Base';
/** The absolute URL of a path in this build, or undefined when it was built without SITE_URL. */
const abs = (path: string) => (SITE_URL ? `${SITE_URL}${path}` : undefined);
/** The download stem of a page: "/drivers/recruitment/" → "drivers/recruitment", "/" → "thesis". */
const stemOf = (url: string) => url.replace(/^\/|\/$/g, '') || 'thesis';
const THESIS_TITLE = 'Pakistani Foreign Fighters in Afghanistan, Kashmir and Syria: A Comparative Analysis of Drivers of Radicalization';
const THESIS_TITLE_SENTENCE = 'Pakistani foreign fighters in Afghanistan, Kashmir and Syria: A comparative analysis of drivers of radicalization';
const PUBLISHER = 'University of Glasgow; Dublin City University; Charles University';

const head = (html: string) => html.slice(0, html.indexOf('</head>'));
const metaValues = (html: string, name: string) =>
  [...head(html).matchAll(new RegExp(`<meta name="${name}" content="([^"]*)"`, 'g'))].map((m) => htmlText(m[1]!));
const property = (html: string, name: string) => htmlText(new RegExp(`<meta property="${name}" content="([^"]*)"`).exec(head(html))?.[1] ?? '');
const canonical = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(head(html))?.[1];
const hasProperty = (html: string, name: string) => new RegExp(`<meta property="${name}"`).test(head(html));
const jsonLd = (html: string): Record<string, unknown> => {
  const m = /<script type="application\/ld\+json">([^]*?)<\/script>/.exec(head(html));
  if (!m) throw new Error('no JSON-LD');
  return JSON.parse(m[1]!) as Record<string, unknown>;
};
/** The text of the element with this id (a citation as its copy button copies it). */
const textById = (html: string, id: string) => {
  const m = new RegExp(`<(p|pre)\\b[^>]* id="${id}"[^>]*>([^]*?)</\\1>`).exec(html);
  if (!m) throw new Error(`no element #${id}`);
  return htmlText(m[2]!).trim();
};
/** The exact text of a <pre> (what its copy button copies), trailing spaces included. */
const preText = (html: string, id: string) => {
  const m = new RegExp(`<pre\\b[^>]* id="${id}"[^>]*>([^]*?)</pre>`).exec(html);
  if (!m) throw new Error(`no <pre id="${id}">`);
  return htmlText(m[1]!);
};
const file = (url: string) => readFileSync(fileForUrlPath(url), 'utf8');

/** This build's data version, as the /cite/ page states it. */
const VERSION = /version <strong>([^<]+)<\/strong>/.exec(readPage('/cite/'))?.[1] ?? '';
const VERSION_DATE = VERSION.replace(/^.* of /, '');

describe('the data version', () => {
  it('is stated on /cite/ as "<version> of <date>"', () => {
    expect(VERSION).toMatch(/^\d+(\.\d+)* of \d{4}-\d{2}-\d{2}$/);
  });

  it('is dated by the last commit that changed content/ (the data the pages show), when built from git', () => {
    const built = htmlText(readPage('/cite/'));
    if (built.includes('the date of the last change to the thesis’s text or to the data the pages show')) {
      const root = new URL('../../', import.meta.url).pathname;
      expect(VERSION_DATE).toBe(execFileSync('git', ['log', '-1', '--format=%cs', '--', 'content/'], { cwd: root, encoding: 'utf8' }).trim());
    } else {
      expect(built).toMatch(/the date (its builders gave this copy|this copy of the site was built)/);
    }
  });
});

/** The table of contents as printed: [number, title, page] for each line under its heading. */
const CONTENTS = source
  .slice(source.indexOf('No.\tTable of Contents'))
  .split('\n\n')[0]!
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'));
/** The title of the contents line that opens each thesis page, as printed; the front matter precedes page 1. */
const OPENED_BY: Record<(typeof THESIS_URLS)[number], string | null> = {
  '/front-matter/': null,
  '/chapters/introduction/': 'Chapter One: Introduction',
  '/chapters/framework/': 'Chapter Two: Theoretical and Conceptual Framework',
  '/chapters/methodology/': 'Chapter Three: Methodology',
  '/chapters/results/': 'Chapter Four: Results',
  '/case-studies/kashmir/': 'Case study One: Kashmir',
  '/case-studies/afghanistan/': 'Case study two: Afghanistan',
  '/case-studies/syria/': 'Case study three: Syria',
  '/chapters/discussion/': 'Chapter Five: Discussion',
  '/chapters/conclusion/': 'Chapter 6: Conclusion',
  '/interviews/': 'List of Interviews',
  '/references/': 'References',
  '/questionnaire/': 'Appendix A',
};
const startPage = (url: (typeof THESIS_URLS)[number]) => {
  const title = OPENED_BY[url];
  const line = CONTENTS.find((cells) => cells[1] === title);
  if (title && !line) throw new Error(`no contents line "${title}"`);
  return line ? Number(line[2]) : null;
};
/** Each part's printed pages by the rule: from its start to the page before the next part's (or its start, if the next begins there); the last part, Appendix A, on the last page the contents give. */
const PRINTED: Record<string, { first: number; last: number } | null> = Object.fromEntries(
  THESIS_URLS.map((url, i) => {
    const first = startPage(url);
    const next = THESIS_URLS[i + 1];
    if (first === null) return [url, null];
    return [url, { first, last: next ? Math.max(first, startPage(next)! - 1) : Math.max(...CONTENTS.map((cells) => Number(cells[2]))) }];
  }),
);
/** Each table's page, as the List of Tables prints it. */
const TABLE_PAGE = (n: number) => Number(new RegExp(`^Table ${n}\t.*\t(\\d+)$`, 'm').exec(source)?.[1]);

describe.each(CITABLE)('%s', (url) => {
  const html = readPage(url);
  const composed = COMPOSED.includes(url);

  it(SITE_URL ? 'has its canonical URL and Open Graph URL on SITE_URL' : 'has no canonical URL or og:url (the build knows no address)', () => {
    expect(canonical(html)).toBe(abs(url));
    if (SITE_URL) expect(property(html, 'og:url')).toBe(abs(url));
    else expect(hasProperty(html, 'og:url')).toBe(false);
    expect(property(html, 'og:title')).not.toBe('');
  });

  it(
    composed
      ? 'has meta tags of a web page of the knowledge base based on the thesis, and no author'
      : 'has meta tags of a section of the thesis, and no author',
    () => {
      expect(metaValues(html, 'citation_title')).toHaveLength(1);
      if (composed) {
        expect(metaValues(html, 'DC.type')).toEqual(['Web page']);
        expect(metaValues(html, 'citation_inbook_title')).toEqual([]);
        expect(metaValues(html, 'citation_book_title')).toEqual([]);
        expect(metaValues(html, 'citation_dissertation_institution')).toEqual([]);
        // The data version's date, written as the Highwire tags ask: YYYY/MM/DD.
        expect(metaValues(html, 'citation_publication_date')).toEqual([VERSION_DATE.replace(/-/g, '/')]);
        expect(metaValues(html, 'citation_abstract')).toEqual([`Based on: ${THESIS_TITLE_SENTENCE} (Master's thesis, ${PUBLISHER}, 2019)`]);
        expect(property(html, 'og:site_name')).toBe(SITE_NAME);
        // An index page's citation title (src/citation/pages.ts INDEX_PAGES) is the title it shows.
        if (INDEX_URLS.includes(url)) expect(metaValues(html, 'citation_title')).toEqual([property(html, 'og:title')]);
      } else {
        expect(metaValues(html, 'citation_inbook_title')).toEqual([THESIS_TITLE_SENTENCE]);
        expect(metaValues(html, 'citation_book_title')).toEqual([THESIS_TITLE_SENTENCE]);
        expect(metaValues(html, 'citation_publisher')).toEqual([PUBLISHER]);
        expect(metaValues(html, 'citation_publication_date')).toEqual(['2019']);
        expect(metaValues(html, 'DC.type')).toEqual([]);
      }
      expect(metaValues(html, 'citation_public_url')).toEqual(SITE_URL ? [abs(url)] : []);
      expect(html).not.toMatch(/name="(citation_author|author|DC\.creator)"/);
    },
  );

  it('has JSON-LD for what it is, with the data version', () => {
    const ld = jsonLd(html);
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['url']).toBe(abs(url) ?? url);
    expect(ld['version']).toBe(VERSION);
    expect(ld).not.toHaveProperty('author');
    if (composed) expect(ld['isBasedOn']).toMatchObject({ '@type': 'Thesis' });
    else expect(ld['isPartOf']).toMatchObject({ '@type': 'Thesis' });
  });

  it('ends with a "Cite this page" block: four styles, BibTeX, RIS and CSL-JSON, each with a copy button, and downloads', () => {
    expect(html).toMatch(/<h2 id="cite"[^>]*>Cite this page<\/h2>/);
    for (const style of ['apa', 'chicago', 'mla', 'harvard']) {
      const text = textById(html, `cite-${style}`);
      if (SITE_URL) expect(text).toContain(abs(url));
      else expect(text).not.toMatch(/https?:\/\//);
      expect(html).toContain(`data-copy-from="cite-${style}"`);
    }
    const bibtex = textById(html, 'cite-bibtex');
    expect(bibtex).toMatch(composed ? /^@online\{PakistaniForeignFighters2019_\w+,/ : /^@inbook\{PakistaniForeignFighters2019_\w+,/);
    if (SITE_URL) expect(bibtex).toContain(`url = {${abs(url)}}`);
    else expect(bibtex).not.toMatch(/url\s*=/);
    expect(bibtex).not.toMatch(/author\s*=|urldate|accessed/i);
    const stem = stemOf(url);
    expect(file(`/cite/${stem}.bib`)).toBe(`${bibtex}\n`);
    // The page shows RIS with LF line ends (HTML normalises CRLF); the file keeps CRLF.
    expect(file(`/cite/${stem}.ris`).replace(/\r\n/g, '\n')).toBe(preText(html, 'cite-ris'));
    expect(JSON.parse(file(`/cite/${stem}.json`))).toEqual(JSON.parse(textById(html, 'cite-csl-json')));
    for (const ext of ['bib', 'ris', 'json']) expect(html).toContain(`href="/cite/${stem}.${ext}"`);
  });
});

describe('round trips: each download, read back as a reference manager reads it, is the item the page’s tags describe', () => {
  /** What citation-js (as a reference manager would) reads from a download. */
  const readBack = (text: string) => (new Cite(text).format('data', { format: 'object' }) as Array<Record<string, unknown>>)[0]!;
  /** The item the page's tags describe, in CSL terms, by the mapping of Zotero's Embedded Metadata translator. */
  function fromTags(html: string) {
    const one = (name: string) => metaValues(html, name)[0];
    const type = one('citation_dissertation_institution')
      ? 'thesis'
      : one('citation_book_title')
        ? 'chapter'
        : one('DC.type') === 'Web page'
          ? 'webpage'
          : 'unknown';
    const first = one('citation_firstpage');
    const last = one('citation_lastpage');
    return {
      type,
      title: one('citation_title'),
      // Zotero's "university" (a thesis) or "publisher" (a book section); a web page has none.
      publisher: one('citation_dissertation_institution') ?? one('citation_publisher'),
      // The book a section is in, or the website of a web page (og:site_name, which Zotero reads as its website title).
      'container-title': one('citation_inbook_title') ?? (type === 'webpage' ? property(html, 'og:site_name') : undefined),
      // Zotero's pages: "first-last" from the two tags.
      page: first ? (last ? `${first}-${last}` : first) : undefined,
      URL: one('citation_public_url'),
    };
  }

  it.each(['/', ...CITABLE])('%s', (url) => {
    const tags = fromTags(readPage(url));
    expect(tags.type).not.toBe('unknown');
    const stem = stemOf(url);
    for (const ext of ['bib', 'ris', 'json']) {
      const text = file(`/cite/${stem}.${ext}`);
      const back = readBack(text);
      // citation-js's RIS reader has no mapping for a web page's T2, the reason its writer leaves it out;
      // Zotero's RIS import reads it as the website title (RIS.js: T2 → websiteTitle for "webpage"), so it is read here as Zotero does.
      const container = ext === 'ris' && back['type'] === 'webpage' ? /^T2 {2}- (.*)\r$/m.exec(text)?.[1] : back['container-title'];
      expect({
        ext,
        type: back['type'],
        title: back['title'],
        publisher: back['publisher'],
        'container-title': container,
        page: back['page'],
        URL: back['URL'],
      }).toEqual({ ext, ...tags });
    }
  });

  it('every RIS download of a web page names the website (T2)', () => {
    for (const url of COMPOSED) expect(file(`/cite/${stemOf(url)}.ris`).split('\r\n')).toContain(`T2  - ${SITE_NAME}`);
  });

  it('every RIS download has its own ID', () => {
    const ids = ['/', ...CITABLE].map((url) => /^ID {2}- (.+)$/m.exec(file(`/cite/${stemOf(url)}.ris`).replace(/\r/g, ''))?.[1]);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('a driver page (/drivers/recruitment/), cited as a web page in each format', () => {
  // Written from the rules for a web page with no author (see src/citation/format.test.ts).
  const html = readPage('/drivers/recruitment/');
  const url = abs('/drivers/recruitment/');
  const tailOf = (sep: string) => (url ? `${sep}${url}` : '');
  const month = new Date(`${VERSION_DATE}T00:00:00Z`);
  const usDate = month.toLocaleDateString('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' });
  const year = VERSION_DATE.slice(0, 4);

  it('APA 7', () => {
    expect(textById(html, 'cite-apa')).toBe(`Recruitment by individuals or organizations. (${year}, ${usDate}). ${SITE_NAME}.${tailOf(' ')}`);
    expect(html).toMatch(/id="cite-apa"><i>Recruitment by individuals or organizations<\/i>\. /);
  });
  it('MLA 9', () => {
    // MLA 9 abbreviates months of more than four letters ("Sept.", "Dec."), not May, June or July.
    const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
    const ukDate = `${month.getUTCDate()} ${MLA_MONTHS[month.getUTCMonth()]} ${month.getUTCFullYear()}`;
    expect(textById(html, 'cite-mla')).toBe(`“Recruitment by Individuals or Organizations.” ${SITE_NAME}, Version ${VERSION}, ${ukDate}${tailOf(', ')}.`);
  });
  it('Harvard (Cite Them Right), with no fixed access date', () => {
    expect(textById(html, 'cite-harvard')).toBe(`Recruitment by individuals or organizations (${year}) ${SITE_NAME}.${url ? ` Available at: ${url}.` : ''}`);
  });
  it('names the thesis it is based on, beside the citation', () => {
    expect(htmlText(html)).toContain(`Based on: ${THESIS_TITLE_SENTENCE} (Master's thesis, ${PUBLISHER}, 2019)`);
  });
  it('BibTeX, RIS and CSL-JSON', () => {
    const bib = file('/cite/drivers/recruitment.bib');
    expect(bib).toMatch(/^@online\{PakistaniForeignFighters2019_drivers_recruitment,\n/);
    expect(bib).toContain('\ttitle = {Recruitment by individuals or organizations},\n');
    expect(bib).toContain(`\tdate = {${VERSION_DATE}},\n`);
    const ris = file('/cite/drivers/recruitment.ris').split('\r\n');
    expect(ris[0]).toBe('TY  - ELEC');
    expect(ris).toEqual(
      expect.arrayContaining(['TI  - Recruitment by individuals or organizations', 'ID  - PakistaniForeignFighters2019_drivers_recruitment', 'ER  - ']),
    );
    expect(ris.some((l) => /^(AU|A1|Y2) {2}-/.test(l))).toBe(false);
    const [item] = JSON.parse(file('/cite/drivers/recruitment.json')) as Array<Record<string, unknown>>;
    expect(item).toMatchObject({
      type: 'webpage',
      title: 'Recruitment by individuals or organizations',
      'container-title': SITE_NAME,
      version: VERSION,
      note: `Based on: ${THESIS_TITLE_SENTENCE} (Master's thesis, ${PUBLISHER}, 2019)`,
    });
    expect(item!['issued']).toEqual({ 'date-parts': [VERSION_DATE.split('-').map(Number)] });
    expect(item!['URL']).toBe(url);
    expect(item).not.toHaveProperty('accessed');
  });
});

describe('a chapter (/chapters/results/), a numbered section of the thesis', () => {
  const html = readPage('/chapters/results/');
  it('is titled with its number, as printed, in the tags and every download', () => {
    expect(metaValues(html, 'citation_title')).toEqual(['4. Results']);
    expect(textById(html, 'cite-apa')).toMatch(/^4\. Results\. \(2019\)\. In Pakistani foreign fighters in Afghanistan/);
    expect(file('/cite/chapters/results.ris').split('\r\n')).toEqual(
      expect.arrayContaining(['TY  - CHAP', 'TI  - 4. Results', `T2  - ${THESIS_TITLE_SENTENCE}`, `PB  - ${PUBLISHER}`, 'PY  - 2019']),
    );
    expect(JSON.parse(file('/cite/chapters/results.json'))[0]).toMatchObject({
      type: 'chapter',
      title: '4. Results',
      'container-title': THESIS_TITLE_SENTENCE,
      publisher: PUBLISHER,
    });
  });
});

describe('printed pages: every part of the thesis on the pages its table of contents gives', () => {
  it('the parts run on from one another, from page 1 to the last page of the contents, and only the front matter has none', () => {
    const ranges = THESIS_URLS.map((url) => PRINTED[url]).filter((r): r is { first: number; last: number } => Boolean(r));
    expect(ranges[0]!.first).toBe(1);
    ranges.slice(1).forEach((r, i) => expect([ranges[i]!.last, ranges[i]!.last + 1]).toContain(r.first));
    expect(THESIS_URLS.filter((url) => PRINTED[url] === null)).toEqual(['/front-matter/']);
  });

  it.each(THESIS_URLS.map((url) => [url, PRINTED[url]] as const))('%s: %o', (url, pages) => {
    const html = readPage(url);
    const stem = stemOf(url);
    const bib = file(`/cite/${stem}.bib`);
    const ris = file(`/cite/${stem}.ris`).split('\r\n');
    const json = (JSON.parse(file(`/cite/${stem}.json`)) as Array<Record<string, unknown>>)[0]!;
    if (!pages) {
      expect(metaValues(html, 'citation_firstpage')).toEqual([]);
      expect(bib).not.toMatch(/pages =/);
      expect(ris.some((l) => /^(SP|EP) /.test(l))).toBe(false);
      expect(json).not.toHaveProperty('page');
      expect(jsonLd(html)).not.toHaveProperty('pagination');
      expect(html).not.toContain('cite-pages');
      return;
    }
    const { first, last } = pages;
    const one = first === last;
    expect(metaValues(html, 'citation_firstpage')).toEqual([String(first)]);
    expect(metaValues(html, 'citation_lastpage')).toEqual(one ? [] : [String(last)]);
    expect(bib).toContain(one ? `\tpages = {${first}},\n` : `\tpages = {${first}--${last}},\n`);
    expect(ris.filter((l) => /^(SP|EP) /.test(l))).toEqual(one ? [`SP  - ${first}`] : [`SP  - ${first}`, `EP  - ${last}`]);
    expect(json['page']).toBe(one ? `${first}` : `${first}-${last}`);
    expect(jsonLd(html)).toMatchObject({ '@type': 'Chapter', pageStart: first, pageEnd: last, pagination: one ? `${first}` : `${first}-${last}` });
    // The styles that print a part's pages (Chicago 18 leaves them out of the entry).
    const range = one ? `p. ${first}` : `pp. ${first}–${last}`;
    for (const style of ['apa', 'mla', 'harvard']) expect(textById(html, `cite-${style}`)).toContain(range);
    // The cite block says where the pages come from: the contents line that opens the part, as printed.
    const note = htmlText(/<p class="cite-version cite-pages[^"]*">([^]*?)<\/p>/.exec(html)?.[1] ?? '');
    expect(note).toContain(`${OPENED_BY[url]}” begins on page ${first}`);
  });

  it('each table is cited on the page its List of Tables gives', () => {
    for (const url of THESIS_URLS) {
      const html = readPage(url);
      for (const n of [...html.matchAll(/<table id="table-(\d+)">/g)].map((m) => Number(m[1]))) {
        const page = TABLE_PAGE(n);
        expect(page, `Table ${n}`).toBeGreaterThan(0);
        expect(textById(html, `cite-table-${n}-apa`)).toContain(`, p. ${page}). `);
        expect(textById(html, `cite-table-${n}-bibtex`)).toContain(`pages = {${page}}`);
        expect(JSON.parse(textById(html, `cite-table-${n}-csl-json`))[0]).toMatchObject({ page: String(page), 'title-short': `Table ${n}` });
      }
    }
  });
});

describe('findings', () => {
  it.each(DRIVERS)('/drivers/%s/ has a "Cite this finding" for each host group, at its anchor', (driver) => {
    const html = readPage(`/drivers/${driver}/`);
    for (const group of GROUPS) {
      expect(html).toContain(`id="in-${group}"`);
      expect(html).toMatch(new RegExp(`<details [^>]*id="cite-in-${group}"[^>]*>\\s*<summary[^>]*>Cite this finding</summary>`));
      const bib = textById(html, `cite-in-${group}-bibtex`);
      expect(bib).toMatch(new RegExp(`^@online\\{PakistaniForeignFighters2019_drivers_${driver.replace(/-/g, '_')}_in_${group.replace(/-/g, '_')},`));
      if (SITE_URL) {
        expect(textById(html, `cite-in-${group}-apa`)).toContain(`${SITE_URL}/drivers/${driver}/#in-${group}`);
        expect(bib).toContain(`url = {${SITE_URL}/drivers/${driver}/#in-${group}}`);
      }
    }
  });

  it.each(GROUPS)('/groups/%s/ has a "Cite this finding" for each driver, at its anchor', (group) => {
    const html = readPage(`/groups/${group}/`);
    for (const driver of DRIVERS) {
      expect(html).toContain(`id="driver-${driver}"`);
      expect(textById(html, `cite-driver-${driver}-chicago`)).toContain(SITE_NAME);
      if (SITE_URL) expect(textById(html, `cite-driver-${driver}-chicago`)).toContain(`${SITE_URL}/groups/${group}/#driver-${driver}`);
    }
  });

  it('titles a finding by its driver and host group, as a web page of the knowledge base', () => {
    expect(textById(readPage('/drivers/recruitment/'), 'cite-in-iskp-apa')).toMatch(
      new RegExp(`^Recruitment by individuals or organizations: ISKP\\. \\(\\d{4}, [A-Z][a-z]+ \\d+\\)\\. ${SITE_NAME}\\.`),
    );
  });
});

describe('tables', () => {
  const pagesWithTables = THESIS_URLS.map((url) => ({ url, tables: [...readPage(url).matchAll(/<table id="table-(\d+)">/g)].map((m) => Number(m[1])) })).filter(
    (p) => p.tables.length,
  );

  it('finds Tables 1 to 9 on the thesis pages', () => {
    expect(pagesWithTables.flatMap((p) => p.tables).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it.each(pagesWithTables)('$url: each table is followed by a link to its citation, a section of the thesis at #table-N', ({ url, tables }) => {
    const html = readPage(url);
    for (const n of tables) {
      expect(html).toMatch(
        new RegExp(`<table id="table-${n}">[^]*?</table>\\s*</div>\\s*<p class="cite-table-link"><a href="#cite-table-${n}">Cite Table ${n}</a></p>`),
      );
      expect(html).toMatch(new RegExp(`<details id="cite-table-${n}"`));
      expect(textById(html, `cite-table-${n}-apa`)).toMatch(
        new RegExp(`^Table ${n}: .*\\(2019\\)\\. In .*${SITE_URL ? `${SITE_URL}${url}#table-${n}` : 'Charles University\\.'}$`),
      );
    }
  });
});

describe('the home page: the thesis as a master’s thesis', () => {
  const html = readPage('/');
  const abstract = /\nAbstract\n\n([^\n]+)\n/.exec(source)?.[1];

  it('has the tags Zotero reads as a thesis: type, title, year, the three universities in one value, its abstract', () => {
    expect(metaValues(html, 'citation_title')).toEqual([THESIS_TITLE_SENTENCE]);
    expect(metaValues(html, 'citation_publication_date')).toEqual(['2019']);
    expect(metaValues(html, 'citation_dissertation_institution')).toEqual([PUBLISHER]);
    expect(metaValues(html, 'DC.type')).toEqual(["Master's thesis"]);
    expect(abstract).toMatch(/^This study compares /);
    expect(metaValues(html, 'citation_abstract')).toEqual([abstract]);
    expect(metaValues(html, 'citation_public_url')).toEqual(SITE_URL ? [`${SITE_URL}/`] : []);
    expect(metaValues(html, 'citation_inbook_title')).toEqual([]);
    expect(html).not.toMatch(/name="(citation_author|author)"/);
  });

  it('has JSON-LD of type Thesis, with the degree, institutions, date and abstract', () => {
    expect(jsonLd(html)).toMatchObject({
      '@type': 'Thesis',
      name: THESIS_TITLE,
      inSupportOf: 'International Master in Security, Intelligence & Strategic Studies',
      dateCreated: '2019-07-25',
      version: VERSION,
      abstract,
      sourceOrganization: [{ name: 'University of Glasgow' }, { name: 'Dublin City University' }, { name: 'Charles University' }],
    });
  });

  it('is cited as each style cites a work without an author: the title first, with its version and description in APA, and a short title in the text', () => {
    // APA 10.6: a thesis online names its university in the brackets, then its address; one without an address, after the date.
    expect(textById(html, 'cite-apa')).toBe(
      SITE_URL
        ? `${THESIS_TITLE_SENTENCE} (Version ${VERSION}) [Master’s thesis, ${PUBLISHER}]. (2019). ${SITE_URL}/`
        : `${THESIS_TITLE_SENTENCE} (Version ${VERSION}) [Master’s thesis]. (2019). ${PUBLISHER}.`,
    );
    // The title's first words (content/metadata/thesis.yaml titleShort), italic where the entry's title is.
    const inTexts = [...html.matchAll(/<p class="cite-in-text">\s*In the text: <span>([^]*?)<\/span>/g)].map((m) => m[1]);
    expect(inTexts.slice(0, 4)).toEqual([
      '(<i>Pakistani Foreign Fighters</i>, 2019)',
      '(“Pakistani Foreign Fighters” 2019)',
      '(<i>Pakistani Foreign Fighters</i>)',
      '(<i>Pakistani foreign fighters</i>, 2019)',
    ]);
  });

  it('offers "Cite this thesis" with the thesis downloads, which carry the same type, universities and abstract', () => {
    expect(html).toMatch(/<h2 id="cite"[^>]*>Cite this thesis<\/h2>/);
    expect(textById(html, 'cite-chicago')).toBe(
      `“${THESIS_TITLE}.” 2019. Version ${VERSION}. Master’s thesis, ${PUBLISHER}.${SITE_URL ? ` ${SITE_URL}/.` : ''}`,
    );
    expect(file('/cite/thesis.bib')).toMatch(/^@mastersthesis\{PakistaniForeignFighters2019,/);
    expect(file('/cite/thesis.bib')).toContain(`school = {${PUBLISHER}}`);
    expect(file('/cite/thesis.bib')).toContain(`\tabstract = {${abstract}},\n`);
    const ris = file('/cite/thesis.ris').split('\r\n');
    expect(ris[0]).toBe('TY  - THES');
    expect(ris).toEqual(expect.arrayContaining(["M3  - Master's thesis", `PB  - ${PUBLISHER}`, `AB  - ${abstract}`]));
    expect(JSON.parse(file('/cite/thesis.json'))[0]).toMatchObject({ type: 'thesis', genre: "Master's thesis", publisher: PUBLISHER, abstract });
  });
});

describe('/cite/', () => {
  const html = readPage('/cite/');
  it('explains how to cite, with the thesis citation and the data version', () => {
    expect(html).toContain('Cite this thesis');
    expect(html).toContain('href="/cite/thesis.bib"');
    expect(html).toMatch(/The thesis names no author/);
    expect(html).toMatch(/a page can move only with a redirect from its old address/);
    expect(html).toMatch(/No citation and no download carries an access date/);
  });
});

describe('no page names an author of the thesis', () => {
  it.each(listPages())('%s', (url) => {
    const html = head(readPage(url));
    expect(html).not.toMatch(/name="(citation_author|author|DC\.creator)"/);
    // JSON-LD names authors only of the theories the thesis discusses, never of the thesis or its parts.
    if (html.includes('application/ld+json')) {
      const ld = jsonLd(html);
      expect(ld).not.toHaveProperty('author');
      expect(ld['isPartOf'] ?? {}).not.toHaveProperty('author');
      expect(ld['isBasedOn'] ?? {}).not.toHaveProperty('author');
    }
  });
});
