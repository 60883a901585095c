/**
 * Citations as built: every citable page carries its citation_* meta tags,
 * schema.org JSON-LD, canonical URL and a "Cite this page" block with BibTeX,
 * RIS and CSL-JSON downloads; findings and tables have their own citations;
 * the home page describes the thesis as a thesis; nothing names an author.
 * The driver page's citations are checked against the style guides' rules,
 * with this build's SITE_URL and data version.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_URL } from '../../src/site-url.ts';
import { fileForUrlPath, listPages, readPage } from '../support/dist.ts';
import { THESIS_URLS, htmlText } from '../support/thesis-source.ts';

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
const CITABLE = [...THESIS_URLS, ...ENTITY_URLS];
const THESIS_TITLE = 'Pakistani Foreign Fighters in Afghanistan, Kashmir and Syria: A Comparative Analysis of Drivers of Radicalization';
const THESIS_TITLE_SENTENCE = 'Pakistani foreign fighters in Afghanistan, Kashmir and Syria: A comparative analysis of drivers of radicalization';
const PUBLISHER = 'University of Glasgow; Dublin City University; Charles University';

const head = (html: string) => html.slice(0, html.indexOf('</head>'));
const metaValues = (html: string, name: string) =>
  [...head(html).matchAll(new RegExp(`<meta name="${name}" content="([^"]*)"`, 'g'))].map((m) => htmlText(m[1]!));
const property = (html: string, name: string) => htmlText(new RegExp(`<meta property="${name}" content="([^"]*)"`).exec(head(html))?.[1] ?? '');
const canonical = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(head(html))?.[1];
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
});

describe.each(CITABLE)('%s', (url) => {
  const html = readPage(url);

  it('has its canonical URL and Open Graph URL on SITE_URL', () => {
    expect(canonical(html)).toBe(`${SITE_URL}${url}`);
    expect(property(html, 'og:url')).toBe(`${SITE_URL}${url}`);
    expect(property(html, 'og:title')).not.toBe('');
  });

  it('has citation_* meta tags naming it a part of the thesis, and no author', () => {
    expect(metaValues(html, 'citation_title')).toHaveLength(1);
    expect(metaValues(html, 'citation_inbook_title')).toEqual([THESIS_TITLE]);
    expect(metaValues(html, 'citation_book_title')).toEqual([THESIS_TITLE]);
    expect(metaValues(html, 'citation_publisher')).toEqual([PUBLISHER]);
    expect(metaValues(html, 'citation_publication_date')).toEqual(['2019']);
    expect(metaValues(html, 'citation_public_url')).toEqual([`${SITE_URL}${url}`]);
    expect(html).not.toMatch(/name="(citation_author|author|DC\.creator)"/);
  });

  it('has JSON-LD for what it is, with the data version', () => {
    const ld = jsonLd(html);
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['url']).toBe(`${SITE_URL}${url}`);
    expect(ld['version']).toBe(VERSION);
    expect(ld).not.toHaveProperty('author');
  });

  it('ends with a "Cite this page" block: four styles, BibTeX, RIS and CSL-JSON, each with a copy button, and downloads', () => {
    expect(html).toMatch(/<h2 id="cite"[^>]*>Cite this page<\/h2>/);
    for (const style of ['apa', 'chicago', 'mla', 'harvard']) {
      expect(textById(html, `cite-${style}`)).toContain(`${SITE_URL}${url}`);
      expect(html).toContain(`data-copy-from="cite-${style}"`);
    }
    const bibtex = textById(html, 'cite-bibtex');
    expect(bibtex).toMatch(/^@inbook\{PakistaniForeignFighters2019_\w+,/);
    expect(bibtex).toContain(`url = {${SITE_URL}${url}}`);
    expect(bibtex).toContain(`note = {[Online; accessed ${VERSION_DATE}]}`);
    expect(bibtex).not.toMatch(/author\s*=/);
    const stem = url.replace(/^\/|\/$/g, '');
    expect(file(`/cite/${stem}.bib`)).toBe(`${bibtex}\n`);
    // The page shows RIS with LF line ends (HTML normalises CRLF); the file keeps CRLF.
    expect(file(`/cite/${stem}.ris`).replace(/\r\n/g, '\n')).toBe(preText(html, 'cite-ris'));
    expect(JSON.parse(file(`/cite/${stem}.json`))).toEqual(JSON.parse(textById(html, 'cite-csl-json')));
    for (const ext of ['bib', 'ris', 'json']) expect(html).toContain(`href="/cite/${stem}.${ext}"`);
  });
});

describe('a driver page (/drivers/recruitment/), cited in each format', () => {
  // Written from the rules for a part of a work with no author (see src/citation/format.test.ts).
  const html = readPage('/drivers/recruitment/');
  const url = `${SITE_URL}/drivers/recruitment/`;
  const accessed = new Date(`${VERSION_DATE}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

  it('APA 7', () => {
    expect(textById(html, 'cite-apa')).toBe(`Recruitment by individuals or organizations. (2019). In ${THESIS_TITLE_SENTENCE} (Version ${VERSION}). ${PUBLISHER}. ${url}`);
    expect(html).toMatch(/id="cite-apa">Recruitment by individuals or organizations\. \(2019\)\. In <i>Pakistani foreign fighters/);
  });
  it('Chicago author-date', () => {
    expect(textById(html, 'cite-chicago')).toBe(`“Recruitment by Individuals or Organizations.” 2019. In ${THESIS_TITLE}, version ${VERSION}. ${PUBLISHER}. ${url}.`);
  });
  it('MLA 9', () => {
    expect(textById(html, 'cite-mla')).toBe(`“Recruitment by Individuals or Organizations.” ${THESIS_TITLE}, Version ${VERSION}, ${PUBLISHER}, 2019, ${url}.`);
  });
  it('Harvard (Cite Them Right)', () => {
    expect(textById(html, 'cite-harvard')).toBe(`‘Recruitment by individuals or organizations’ (2019) ${THESIS_TITLE_SENTENCE}. ${PUBLISHER}. Available at: ${url} (Accessed: ${accessed}).`);
  });
  it('BibTeX, RIS and CSL-JSON', () => {
    expect(file('/cite/drivers/recruitment.bib')).toBe(
      [
        '@inbook{PakistaniForeignFighters2019_drivers_recruitment,',
        `\tnote = {[Online; accessed ${VERSION_DATE}]},`,
        '\tbooktitle = {Pakistani foreign fighters in {Afghanistan}, {Kashmir} and {Syria}: A comparative analysis of drivers of radicalization},',
        '\tyear = {2019},',
        `\tpublisher = {${PUBLISHER}},`,
        '\ttitle = {Recruitment by individuals or organizations},',
        `\turl = {${url}},`,
        '}',
        '',
      ].join('\n'),
    );
    const ris = file('/cite/drivers/recruitment.ris').split('\r\n');
    expect(ris[0]).toBe('TY  - CHAP');
    expect(ris).toEqual(expect.arrayContaining(['TI  - Recruitment by individuals or organizations', `T2  - ${THESIS_TITLE_SENTENCE}`, `PB  - ${PUBLISHER}`, 'PY  - 2019', `UR  - ${url}`, 'ER  - ']));
    expect(ris.some((l) => /^(AU|A1) {2}-/.test(l))).toBe(false);
    expect(JSON.parse(file('/cite/drivers/recruitment.json'))).toEqual([
      expect.objectContaining({ type: 'chapter', title: 'Recruitment by individuals or organizations', 'container-title': THESIS_TITLE_SENTENCE, publisher: PUBLISHER, URL: url, version: VERSION, issued: { 'date-parts': [[2019]] } }),
    ]);
  });
});

describe('findings', () => {
  it.each(DRIVERS)('/drivers/%s/ has a "Cite this finding" for each host group, at its anchor', (driver) => {
    const html = readPage(`/drivers/${driver}/`);
    for (const group of GROUPS) {
      expect(html).toContain(`id="in-${group}"`);
      expect(html).toMatch(new RegExp(`<details [^>]*id="cite-in-${group}"[^>]*>\\s*<summary[^>]*>Cite this finding</summary>`));
      expect(textById(html, `cite-in-${group}-apa`)).toContain(`${SITE_URL}/drivers/${driver}/#in-${group}`);
      expect(textById(html, `cite-in-${group}-bibtex`)).toContain(`url = {${SITE_URL}/drivers/${driver}/#in-${group}}`);
    }
  });

  it.each(GROUPS)('/groups/%s/ has a "Cite this finding" for each driver, at its anchor', (group) => {
    const html = readPage(`/groups/${group}/`);
    for (const driver of DRIVERS) {
      expect(html).toContain(`id="driver-${driver}"`);
      expect(textById(html, `cite-driver-${driver}-chicago`)).toContain(`${SITE_URL}/groups/${group}/#driver-${driver}`);
    }
  });

  it('titles a finding by its driver and host group', () => {
    expect(textById(readPage('/drivers/recruitment/'), 'cite-in-iskp-apa')).toMatch(/^Recruitment by individuals or organizations: ISKP\. \(2019\)\. In /);
  });
});

describe('tables', () => {
  const pagesWithTables = THESIS_URLS.map((url) => ({ url, tables: [...readPage(url).matchAll(/<table id="table-(\d+)">/g)].map((m) => Number(m[1])) })).filter((p) => p.tables.length);

  it('finds Tables 1 to 9 on the thesis pages', () => {
    expect(pagesWithTables.flatMap((p) => p.tables).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it.each(pagesWithTables)('$url: each table is followed by a link to its citation, which cites #table-N', ({ url, tables }) => {
    const html = readPage(url);
    for (const n of tables) {
      expect(html).toMatch(new RegExp(`<table id="table-${n}">[^]*?</table>\\s*</div>\\s*<p class="cite-table-link"><a href="#cite-table-${n}">Cite Table ${n}</a></p>`));
      expect(html).toMatch(new RegExp(`<details id="cite-table-${n}"`));
      expect(textById(html, `cite-table-${n}-apa`)).toMatch(new RegExp(`^Table ${n}: .*\\(2019\\)\\. In .*${SITE_URL}${url}#table-${n}$`));
    }
  });
});

describe('the home page: the thesis as a thesis', () => {
  const html = readPage('/');

  it('has the Highwire tags of a thesis: title, year, its three institutions', () => {
    expect(metaValues(html, 'citation_title')).toEqual([THESIS_TITLE]);
    expect(metaValues(html, 'citation_publication_date')).toEqual(['2019']);
    expect(metaValues(html, 'citation_dissertation_institution')).toEqual(['University of Glasgow', 'Dublin City University', 'Charles University']);
    expect(metaValues(html, 'citation_inbook_title')).toEqual([]);
    expect(html).not.toMatch(/name="(citation_author|author)"/);
  });

  it('has JSON-LD of type Thesis, with the degree, institutions and date', () => {
    expect(jsonLd(html)).toMatchObject({
      '@type': 'Thesis',
      name: THESIS_TITLE,
      inSupportOf: 'International Master in Security, Intelligence & Strategic Studies',
      dateCreated: '2019-07-25',
      version: VERSION,
      sourceOrganization: [{ name: 'University of Glasgow' }, { name: 'Dublin City University' }, { name: 'Charles University' }],
    });
  });

  it('offers "Cite this thesis" with the thesis downloads', () => {
    expect(html).toMatch(/<h2 id="cite"[^>]*>Cite this thesis<\/h2>/);
    expect(textById(html, 'cite-chicago')).toBe(`“${THESIS_TITLE}.” 2019. Version ${VERSION}. Master’s thesis, ${PUBLISHER}. ${SITE_URL}/.`);
    expect(file('/cite/thesis.bib')).toMatch(/^@mastersthesis\{PakistaniForeignFighters2019,/);
    expect(file('/cite/thesis.bib')).toContain(`school = {${PUBLISHER}}`);
    expect(file('/cite/thesis.ris')).toMatch(/^TY {2}- THES\r\n/);
  });
});

describe('/cite/', () => {
  const html = readPage('/cite/');
  it('explains how to cite, with the thesis citation and the data version', () => {
    expect(html).toContain('Cite this thesis');
    expect(html).toContain('href="/cite/thesis.bib"');
    expect(html).toMatch(/The thesis names no author/);
    expect(html).toContain('tests/published-urls.txt');
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
