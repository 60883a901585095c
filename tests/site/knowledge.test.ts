/**
 * The knowledge graph as built: every entity page at its cited URL, the open
 * data equal to the thesis's tables, data notes computed and shown, links
 * between chapters and entities in both directions.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { fileForUrlPath, readPage, textOf } from '../support/dist.ts';
import { htmlText, normalise, tables } from '../support/thesis-source.ts';
import { expandIntervieweeList } from '../../src/knowledge/interviewee-lists.ts';
import { THESIS_URLS } from '../support/thesis-source.ts';

const DRIVERS = [
  'ethnic-identity',
  'sectarian-affiliation',
  'recruitment',
  'geographical-proximity',
  'previous-experience',
  'desire-for-adventure',
  'organizational-credibility',
  'propaganda-and-ideologies',
  'enabling-environment',
  'quest-for-significance',
  'financial-motivations',
];
const GROUPS = ['afghan-taliban', 'iskp', 'kashmiri-fighters', 'is-fighters', 'shia-fighters'];
const ids = (dir: string) =>
  readdirSync(new URL(`../../content/${dir}/`, import.meta.url))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''));
const json = <T>(path: string): T => JSON.parse(readFileSync(fileForUrlPath(path), 'utf8')) as T;
const yaml = <T>(path: string): T => load(readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8')) as T;

describe('entity URLs', () => {
  const urls = [
    '/drivers/',
    ...DRIVERS.map((d) => `/drivers/${d}/`),
    '/groups/',
    ...GROUPS.map((g) => `/groups/${g}/`),
    ...Array.from({ length: 22 }, (_, i) => `/interviews/${i + 1}/`),
    '/theories/',
    ...ids('theories').map((t) => `/theories/${t}/`),
    '/organizations/',
    ...ids('organizations').map((o) => `/organizations/${o}/`),
    '/data/',
    '/related-research/',
  ];
  it.each(urls)('%s is built', (url) => {
    expect(readPage(url)).toContain('<main');
  });
  it('has theories and organizations to show', () => {
    expect(ids('theories').length).toBeGreaterThan(10);
    expect(ids('organizations').length).toBeGreaterThan(30);
  });
});

/** The source tables as the thesis prints them: driver row name → group column → cell text. */
function sourceTable(n: number, columns: string[]) {
  const table = tables().get(n)!;
  const body = table.rows.filter((r) => /^[1-9]\d*$/.test(r[0] ?? ''));
  return body.map((r) => ({ name: r[1] ?? '', cells: Object.fromEntries(columns.map((c, i) => [c, r[i + 2] ?? ''])) }));
}
const cellValue = (text: string) => (text === '' ? null : text === '-' ? '-' : Number(text));

describe('open data', () => {
  it('/data/drivers.json is Table 5: every count, null where the table is blank', () => {
    const data = json<{ groups: string[]; drivers: Array<{ id: string; name: string; counts: Record<string, number | null> }> }>('/data/drivers.json');
    expect(data.groups).toEqual(GROUPS);
    const rows = sourceTable(5, GROUPS);
    expect(data.drivers.map((d) => d.id)).toEqual(DRIVERS);
    data.drivers.forEach((d, i) => {
      expect(normalise(d.name)).toBe(normalise(rows[i]!.name));
      expect(d.counts).toEqual(Object.fromEntries(GROUPS.map((g) => [g, cellValue(rows[i]!.cells[g] ?? '')])));
    });
  });

  it('/data/findings.json keeps every cell of Tables 6-9 as printed (blank, 0 and "-" apart)', () => {
    const findings = json<Array<{ driver: string; group: string; tables: Record<string, number | '-' | null> }>>('/data/findings.json');
    const names = new Map<string, string>();
    for (const id of DRIVERS) {
      const d = yaml<{ name: string; aliases: string[] }>(`drivers/${id}.yaml`);
      for (const name of [d.name, ...d.aliases]) names.set(normalise(name).toLowerCase(), id);
    }
    const layouts: Array<[number, string[]]> = [
      [6, ['kashmiri-fighters']],
      [7, ['afghan-taliban', 'iskp']],
      [8, ['is-fighters', 'shia-fighters']],
      [9, GROUPS],
    ];
    for (const [n, columns] of layouts) {
      for (const row of sourceTable(n, columns)) {
        const driver = names.get(normalise(row.name).toLowerCase());
        expect(driver, `Table ${n} row "${row.name}" names a driver`).toBeDefined();
        for (const group of columns) {
          const f = findings.find((x) => x.driver === driver && x.group === group)!;
          expect(f.tables[`table${n}`], `Table ${n}, ${row.name}, ${group}`).toEqual(cellValue(row.cells[group] ?? ''));
        }
      }
    }
  });

  it('/data/drivers.csv has the same counts as drivers.json', () => {
    const csv = readFileSync(fileForUrlPath('/data/drivers.csv'), 'utf8').trim().split('\r\n');
    // Headers in snake_case, as /data/ says: the host-group ids with "_" for "-".
    expect(csv[0]).toBe(['driver', 'driver_name', ...GROUPS.map((g) => g.replace(/-/g, '_'))].join(','));
    const data = json<{ drivers: Array<{ id: string; counts: Record<string, number | null> }> }>('/data/drivers.json');
    data.drivers.forEach((d, i) => {
      const cells = csv[i + 1]!.split(',');
      expect(cells[0]).toBe(d.id);
      expect(cells.slice(-5)).toEqual(GROUPS.map((g) => (d.counts[g] === null ? '' : String(d.counts[g]))));
    });
  });
});

interface Note {
  id: string;
  kind: string;
  driver?: string;
  group?: string;
  interviewee?: number;
  organization?: string;
  sources: Array<{ source: string; says: string; section?: { page: string; heading?: string } }>;
  sectionUrl: string;
}

describe('data notes', () => {
  const notes = json<Note[]>('/data/notes.json');

  it('is an array of notes that name what each source says and the section', () => {
    expect(Array.isArray(notes)).toBe(true);
    for (const note of notes) {
      expect(note.sources.length).toBeGreaterThanOrEqual(2);
      expect(note.sectionUrl).toMatch(/^\/[a-z-/]+\/(#.+)?$/);
    }
  });

  // Disagreements read off the thesis by hand, each a different rule.
  it('finds "Eighteen interviewees (36%)" in Kashmir 3 (the percentage is not 18 of 22)', () => {
    expect(notes).toContainEqual(expect.objectContaining({ kind: 'percentage-vs-count', driver: 'enabling-environment', group: 'kashmiri-fighters' }));
  });
  it('finds footnote 9 listing 17 interviewees for "Eighteen"', () => {
    const note = notes.find((n) => n.kind === 'footnote-list-vs-count' && n.sources.some((s) => s.source === 'Footnote 9'));
    expect(note).toMatchObject({ driver: 'enabling-environment', group: 'kashmiri-fighters' });
  });
  it('finds the Afghan Taliban sectarian count (seventeen in the text, 12 in Tables 5 and 7)', () => {
    expect(notes).toContainEqual(expect.objectContaining({ kind: 'narrative-vs-table', driver: 'sectarian-affiliation', group: 'afghan-taliban' }));
  });
  it('finds interview 10 dated 15 May in the text and 15 April in the List of Interviews', () => {
    expect(notes).toContainEqual(expect.objectContaining({ kind: 'interview-date', interviewee: 10 }));
  });

  it('shows each driver-and-group note on that driver page and that group page', () => {
    for (const note of notes.filter((n) => n.driver && n.group)) {
      expect(readPage(`/drivers/${note.driver}/`), note.id).toContain(`id="note-${note.id}"`);
      expect(readPage(`/groups/${note.group}/`), note.id).toContain(`id="note-${note.id}"`);
    }
  });

  it('shows each note on the thesis page of its section, and on /data/', () => {
    for (const note of notes) {
      const page = note.sectionUrl.replace(/#.*$/, '');
      expect(readPage(page), `${note.id} on ${page}`).toContain(`id="note-${note.id}"`);
      expect(readPage('/data/'), note.id).toContain(`id="note-${note.id}"`);
    }
  });

  it('finds ISKP founded "in 2015" in the introduction and "in 2014" in the Afghanistan case study', () => {
    const note = notes.find((n) => n.kind === 'event-year' && n.organization === 'islamic-state-khorasan');
    expect(note?.sources.map((s) => [s.section?.page, /\b(2014|2015)\b/.exec(s.says)?.[1]])).toEqual([
      ['chapters/introduction', '2015'],
      ['case-studies/afghanistan', '2014'],
    ]);
    // Both sides are the thesis's own words.
    const source = readFileSync(new URL('../../content/source/thesis.txt', import.meta.url), 'utf8')
      .replace(/[“”]/g, '"')
      .replace(/\s+/g, ' ');
    for (const s of note!.sources) expect(source).toContain(s.says.replace(/[“”]/g, '"'));
  });

  it('shows each event-year note on the organization page and on the thesis page of every place it quotes', () => {
    const eventNotes = notes.filter((n) => n.kind === 'event-year');
    expect(eventNotes.length).toBeGreaterThan(0);
    for (const note of eventNotes) {
      expect(readPage(`/organizations/${note.organization}/`), note.id).toContain(`id="note-${note.id}"`);
      for (const s of note.sources) expect(readPage(`/${s.section!.page}/`), `${note.id} on ${s.section!.page}`).toContain(`id="note-${note.id}"`);
    }
  });

  it('shows each interview-date note on the interviewee page', () => {
    for (const note of notes.filter((n) => n.kind === 'interview-date')) {
      expect(readPage(`/interviews/${note.interviewee}/`)).toContain(`id="note-${note.id}"`);
    }
  });
});

describe('pages built from the data', () => {
  it('a driver page shows the count for each host group, out of 22', () => {
    const drivers = json<{ drivers: Array<{ id: string; counts: Record<string, number | null> }> }>('/data/drivers.json').drivers;
    for (const d of drivers) {
      const text = textOf(readPage(`/drivers/${d.id}/`));
      for (const g of GROUPS) {
        const count = d.counts[g];
        if (count !== null) expect(text).toContain(`${count} of 22`);
      }
    }
  });

  it('an interviewee page lists every finding the interviewee is counted in', () => {
    const findings = json<Array<{ driver: string; group: string; statements: Array<{ interviewees: string | null }> }>>('/data/findings.json');
    for (let n = 1; n <= 22; n++) {
      const html = readPage(`/interviews/${n}/`);
      const expected = findings.filter((f) => f.statements.some((s) => s.interviewees && expandIntervieweeList(s.interviewees).includes(n)));
      for (const f of expected) expect(html, `interviewee ${n}: ${f.driver} in ${f.group}`).toContain(`href="/drivers/${f.driver}/#in-${f.group}"`);
    }
  });

  it('every statement on a driver page links its interviewees and the exact section', () => {
    const html = readPage('/drivers/recruitment/');
    const section = /<section aria-labelledby="in-kashmiri-fighters">([^]*?)<\/section>/.exec(html)?.[1] ?? '';
    for (const n of expandIntervieweeList('1-9, 11, 14-19, 21, 22')) expect(section).toContain(`href="/interviews/${n}/"`);
    expect(section).toContain('href="/case-studies/kashmir/#1-recruitment-by-individuals-or-organizations"');
  });
});

describe('links between chapters and entities', () => {
  const chapterLinks = (url: string, prefix: string) => new Set([...readPage(url).matchAll(new RegExp(`href="(${prefix}[^"#]+)`, 'g'))].map((m) => m[1]));

  it.each([
    '/case-studies/kashmir/',
    '/case-studies/afghanistan/',
    '/case-studies/syria/',
    '/chapters/discussion/',
    '/chapters/conclusion/',
    '/chapters/methodology/',
  ])('%s links to the drivers it discusses', (url) => {
    expect(chapterLinks(url, '/drivers/').size).toBeGreaterThanOrEqual(4);
  });

  it('chapter 2 links to its theories', () => {
    expect(chapterLinks('/chapters/framework/', '/theories/').size).toBeGreaterThanOrEqual(8);
  });

  it('every "mentioned in" link of an entity page points at a section that exists', () => {
    const pages = [...DRIVERS.map((d) => `/drivers/${d}/`), ...GROUPS.map((g) => `/groups/${g}/`)];
    let checked = 0;
    for (const page of pages) {
      const list = /<h2 id="mentioned-in">[^]*?<ul class="mentioned-in">([^]*?)<\/ul>/.exec(readPage(page))?.[1] ?? '';
      for (const [, path, anchor] of list.matchAll(/href="([^"#]+)#?([^"]*)"/g)) {
        const target = readPage(path!);
        if (anchor) expect(target, `${page} → ${path}#${anchor}`).toContain(`id="${anchor}"`);
        expect(htmlText(target).length).toBeGreaterThan(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('mentioned in', () => {
  it('lists sections in the reading order of the thesis', () => {
    // The thesis pages in reading order.
    const order: readonly string[] = THESIS_URLS;
    for (const page of ['/organizations/lashkar-e-taiba/', '/drivers/geographical-proximity/', '/groups/iskp/']) {
      const list = /<ul class="mentioned-in">([^]*?)<\/ul>/.exec(readPage(page))?.[1] ?? '';
      const pages = [...list.matchAll(/href="([^"#]+)/g)].map((m) => order.indexOf(m[1]!));
      expect(pages.length, page).toBeGreaterThan(1);
      expect(pages, page).toEqual([...pages].sort((a, b) => a - b));
    }
  });
});
