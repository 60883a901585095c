/**
 * The views that explore the evidence, as built: /evidence/ (Tables 5-9 as a
 * matrix), the ten /compare/<a>-vs-<b>/ pages, /evidence/by-category/ (who
 * said what) and /map/. Expected values are read from the YAML in content/,
 * not from the site's code; footnote lists are expanded here independently.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { fileForUrlPath, listPages, readPage, textOf } from '../support/dist.ts';

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.Node;
type Cell = number | '-' | null;
interface FindingYaml {
  tables: Record<string, Cell | undefined>;
  statements?: Array<{ interviewees: string | null }>;
}

const yaml = <T>(path: string) => load(readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8')) as T;
const ids = (dir: string) => readdirSync(new URL(`../../content/${dir}/`, import.meta.url)).map((f) => f.replace(/\.yaml$/, ''));
const finding = (group: string, driver: string) => yaml<FindingYaml>(`findings/${group}/${driver}.yaml`);
// Table 5's columns, in its order (the issue names them; compare URLs follow it).
const GROUPS = ['afghan-taliban', 'iskp', 'kashmiri-fighters', 'is-fighters', 'shia-fighters'];
const DRIVERS = ids('drivers');
const THEORIES = ids('theories');
const name = (dir: string, id: string) => yaml<{ name: string }>(`${dir}/${id}.yaml`).name;

const attr = (el: Element, n: string) => el.attrs.find((a) => a.name === n)?.value;
function all(node: Node, test: (el: Element) => boolean, out: Element[] = []): Element[] {
  if ('tagName' in node && test(node)) out.push(node);
  for (const child of 'childNodes' in node ? node.childNodes : []) all(child, test, out);
  if ('content' in node && node.content) all(node.content as unknown as Node, test, out);
  return out;
}
const text = (node: Node): string =>
  node.nodeName === '#text' && 'value' in node ? node.value : ('childNodes' in node ? node.childNodes : []).map(text).join('');
/** Visible text: without the screen-reader-only additions. */
const visible = (node: Node): string =>
  node.nodeName === '#text' && 'value' in node
    ? node.value
    : 'tagName' in node && attr(node, 'class')?.split(' ').includes('sr-only')
      ? ''
      : ('childNodes' in node ? node.childNodes : []).map(visible).join('');

const pages = new Map<string, Node>();
const page = (path: string) => {
  let doc = pages.get(path);
  if (!doc) {
    doc = parse(readPage(path));
    pages.set(path, doc);
  }
  return doc;
};
const idsOf = (path: string) => new Set(all(page(path), (el) => attr(el, 'id') !== undefined).map((el) => attr(el, 'id')!));

/** A link resolves: its page was built, and its #fragment is an element id there. */
function resolves(href: string, from: string): boolean {
  const url = new URL(href, `http://site${from}`);
  if (!existsSync(fileForUrlPath(url.pathname))) return false;
  if (!url.hash) return true;
  return idsOf(url.pathname).has(decodeURIComponent(url.hash.slice(1)));
}

const PAIRS = GROUPS.flatMap((a, i) => GROUPS.slice(i + 1).map((b) => [a, b] as const));

describe('/compare/<a>-vs-<b>/', () => {
  it('exists for every pair of host groups, once, in Table 5’s column order, and for no other', () => {
    expect(PAIRS).toHaveLength(10);
    const built = listPages().filter((p) => p.startsWith('/compare/'));
    expect(new Set(built)).toEqual(new Set(PAIRS.map(([a, b]) => `/compare/${a}-vs-${b}/`)));
  });

  it.each(PAIRS)('%s vs %s: both counts and their difference equal Table 5', (a, b) => {
    const path = `/compare/${a}-vs-${b}/`;
    const table = all(page(path), (el) => el.tagName === 'table').find((t) => text(t).includes('Difference'))!;
    const rows = all(table, (el) => el.tagName === 'tr').slice(1);
    const read = (c: Cell) => (c === null ? 'blank' : String(c));
    const expected = DRIVERS.map((d) => {
      const ca = finding(a, d).tables['table5'] ?? null;
      const cb = finding(b, d).tables['table5'] ?? null;
      const diff = typeof ca === 'number' && typeof cb === 'number' ? ca - cb : null;
      return [name('drivers', d), read(ca), read(cb), diff === null ? 'none' : diff > 0 ? `+${diff}` : diff < 0 ? `−${-diff}` : '0'];
    });
    const got = rows.map((tr) => all(tr, (el) => el.tagName === 'th' || el.tagName === 'td').map((c) => visible(c).trim()));
    expect(new Set(got.map((r) => JSON.stringify(r)))).toEqual(new Set(expected.map((r) => JSON.stringify(r))));
    // Each count links to that finding's evidence on the driver page.
    for (const link of all(table, (el) => el.tagName === 'a')) expect(resolves(attr(link, 'href')!, path), attr(link, 'href')).toBe(true);
  });

  // Paragraphs chosen by reading chapters 5 and 6, by their opening words.
  const NAMES_ALL_GROUPS = [
    'Somewhat predictably, the significance of ethnic and sectarian identities', // Discussion: Afghan Taliban, Kashmir(i), IS, pro-Assad militias, ISKP
    'Previous Experience as Foreign Fighters is another driver unique to my data set', // Discussion: Afghan Taliban, Kashmiri jihad, IS/ISKP, Shia … pro-Assad Militias
    'The combination of motivating factors is somewhat unique', // Conclusion: Afghan Taliban, Kashmir jihad, Pro-Assad Shia fighters, IS/ISKP
  ];
  const passages = (a: string, b: string) =>
    all(page(`/compare/${a}-vs-${b}/`), (el) => el.tagName === 'blockquote' && attr(el, 'data-passage') !== undefined).map((q) => ({
      by: attr(q, 'data-passage'),
      text: text(all(q, (el) => el.tagName === 'p')[0]!).trim(),
    }));

  it.each(PAIRS)('%s vs %s: quotes the paragraphs that name every group, group paragraphs before conflict-only ones', (a, b) => {
    const found = passages(a, b);
    const byGroups = found.filter((p) => p.by === 'groups').map((p) => p.text);
    for (const opening of NAMES_ALL_GROUPS)
      expect(
        byGroups.some((t) => t.startsWith(opening)),
        opening,
      ).toBe(true);
    const firstConflict = found.findIndex((p) => p.by === 'conflicts');
    if (firstConflict >= 0) expect(found.slice(firstConflict).every((p) => p.by === 'conflicts')).toBe(true);
    expect(textOf(readPage(`/compare/${a}-vs-${b}/`))).not.toContain('No paragraph of');
  });

  it('finds each paragraph by the words its chapter uses: IS and the Shia fighters in the Discussion, a group named only by its conflict after', () => {
    const shia = passages('is-fighters', 'shia-fighters');
    expect(shia.length).toBeGreaterThan(0);
    expect(shia.every((p) => p.by === 'groups')).toBe(true); // one conflict: never found by it
    // The Conclusion names IS, the Afghan Taliban, ISKP and the pro-Assad militias, and Kashmir only as a place.
    const results = 'The results of this study show that the decision of foreign fighters';
    expect(passages('afghan-taliban', 'iskp').find((p) => p.text.startsWith(results))?.by).toBe('groups');
    expect(passages('kashmiri-fighters', 'is-fighters').find((p) => p.text.startsWith(results))?.by).toBe('conflicts');
    // "Kashmir jihadists" (Discussion), with Syria named as a place.
    expect(passages('kashmiri-fighters', 'shia-fighters').find((p) => p.text.startsWith('Still, the question of why a quest for significance'))?.by).toBe(
      'conflicts',
    );
    // Paragraphs naming only conflicts never stand for two groups of one conflict.
    expect(passages('afghan-taliban', 'iskp').some((p) => p.text.startsWith('Set side by side'))).toBe(false);
  });

  it('is linked from both groups’ pages', () => {
    for (const [a, b] of PAIRS) {
      for (const g of [a, b]) {
        const hrefs = all(page(`/groups/${g}/`), (el) => el.tagName === 'a').map((l) => attr(l, 'href'));
        expect(hrefs, `/groups/${g}/`).toContain(`/compare/${a}-vs-${b}/`);
      }
    }
  });
});

describe('/evidence/', () => {
  const tables = () => all(page('/evidence/'), (el) => el.tagName === 'table' && (attr(el, 'class') ?? '').includes('matrix'));

  it('holds Tables 5-9, each cell as the YAML has it, blank, "-" and 0 apart', () => {
    const sections = all(page('/evidence/'), (el) => attr(el, 'data-table') !== undefined);
    expect(sections.map((s) => attr(s, 'data-table'))).toEqual(['table-5', 'table-6', 'table-7', 'table-8', 'table-9']);
    for (const section of sections) {
      const key = attr(section, 'data-table')!.replace('-', '');
      let cells = 0;
      for (const tr of all(section, (el) => el.tagName === 'tr').slice(1)) {
        for (const td of all(tr, (el) => el.tagName === 'td')) {
          const href = attr(all(td, (el) => el.tagName === 'a')[0]!, 'href')!;
          const [, driver, group] = /^\/drivers\/([^/]+)\/#in-(.+)$/.exec(href)!;
          const c = finding(group!, driver!).tables[key];
          expect(c, `${key} ${group}/${driver}`).not.toBeUndefined();
          const shown = visible(all(td, (el) => el.tagName === 'a')[0]!).trim();
          expect(shown, `${key} ${group}/${driver}`).toBe(c === null ? 'blank' : String(c));
          cells++;
        }
      }
      // Every cell of the table in the YAML is in the matrix.
      const expected = GROUPS.flatMap((g) => DRIVERS.filter((d) => finding(g, d).tables[key] !== undefined)).length;
      expect(cells, key).toBe(expected);
    }
  });

  it('links every cell (and every data-note marker) to an anchor that exists', () => {
    const links = tables().flatMap((t) =>
      all(t, (el) => el.tagName === 'a' && all(t, (c) => c.tagName === 'td').some((td) => all(td, (x) => x === el).length > 0)),
    );
    expect(links.length).toBeGreaterThanOrEqual(DRIVERS.length * GROUPS.length);
    const broken = links.map((l) => attr(l, 'href')!).filter((href) => !resolves(href, '/evidence/'));
    expect(broken).toEqual([]);
  });

  it('is a real table with row and column headers, and links to every comparison', () => {
    for (const t of tables()) {
      expect(all(t, (el) => el.tagName === 'caption')).toHaveLength(1);
      expect(all(t, (el) => el.tagName === 'th' && attr(el, 'scope') === 'col').length).toBeGreaterThan(1);
      expect(all(t, (el) => el.tagName === 'th' && attr(el, 'scope') === 'row').length).toBeGreaterThan(0);
    }
    const hrefs = all(page('/evidence/'), (el) => el.tagName === 'a').map((l) => attr(l, 'href'));
    for (const [a, b] of PAIRS) expect(hrefs).toContain(`/compare/${a}-vs-${b}/`);
  });
});

/** Footnote lists expanded independently of the site: "1-9, 11, 14-19" → 1 … 9, 11, 14 … 19. */
function expand(list: string): number[] {
  const out = new Set<number>();
  for (const part of list.match(/\d+\s*[-–]\s*\d+|\d+/g) ?? []) {
    const [from, to = from] = part.split(/[-–]/).map((s) => Number(s.trim()));
    for (let n = from!; n <= to!; n++) out.add(n);
  }
  return [...out];
}

describe('/evidence/by-category/', () => {
  const categoryOf = new Map(ids('interviewees').map((i) => [Number(i), yaml<{ category: string }>(`interviewees/${i}.yaml`).category]));

  it('says plainly that it re-tabulates the footnotes', () => {
    expect(text(page('/evidence/by-category/'))).toContain("This is a re-tabulation of the thesis's footnotes by this site, not a finding of the thesis.");
  });

  it.each(GROUPS)('%s: the interviewees listed for each driver, by category, equal the expanded footnote lists', (g) => {
    const doc = page('/evidence/by-category/');
    for (const d of DRIVERS) {
      const listed = new Set((finding(g, d).statements ?? []).flatMap((s) => (s.interviewees ? expand(s.interviewees) : [])));
      const anchor = `who-${g}-${d}`;
      const item = all(doc, (el) => attr(el, 'id') === anchor)[0];
      if (listed.size === 0) {
        expect(item, anchor).toBeUndefined();
        continue;
      }
      const byCategory = new Map<string, Set<number>>();
      for (const n of listed) byCategory.set(categoryOf.get(n)!, (byCategory.get(categoryOf.get(n)!) ?? new Set()).add(n));
      for (const [category, members] of byCategory) {
        const li = all(doc, (el) => attr(el, 'id') === `${anchor}-${category}`)[0]!;
        const linked = all(li, (el) => el.tagName === 'a').map((a) => Number(/^\/interviews\/(\d+)\/$/.exec(attr(a, 'href')!)![1]));
        expect(new Set(linked), `${anchor}-${category}`).toEqual(members);
      }
      // And the table's count links to that list.
      const cellLinks = all(doc, (el) => el.tagName === 'a' && (attr(el, 'href') ?? '').startsWith(`#${anchor}-`));
      expect(new Set(cellLinks.map((a) => `${attr(a, 'href')}=${visible(a).trim()}`))).toEqual(
        new Set([...byCategory].map(([c, m]) => `#${anchor}-${c}=${m.size}`)),
      );
    }
  });
});

describe('/map/', () => {
  // The map's pictures (two since issue 22: theories to drivers, drivers to groups and organizations).
  const svgs = () => all(page('/map/'), (el) => el.tagName === 'svg' && all(el, (a) => a.tagName === 'a').length > 0);
  const nodeLinks = () => svgs().flatMap((svg) => all(svg, (el) => el.tagName === 'a').map((a) => attr(a, 'href') ?? attr(a, 'xlink:href') ?? ''));

  it('has a node with a working link for every driver, host group and theory', () => {
    const links = new Set(nodeLinks());
    const expected = [...DRIVERS.map((d) => `/drivers/${d}/`), ...GROUPS.map((g) => `/groups/${g}/`), ...THEORIES.map((t) => `/theories/${t}/`)];
    for (const href of expected) {
      expect(links.has(href), href).toBe(true);
      expect(resolves(href, '/map/'), href).toBe(true);
    }
    for (const href of links) expect(resolves(href, '/map/'), href).toBe(true);
  });

  it('lists the same relations as text: every Table 5 count above 0, every host organization', () => {
    const doc = text(page('/map/'));
    for (const g of GROUPS) {
      for (const d of DRIVERS) {
        const c = finding(g, d).tables['table5'];
        if (typeof c === 'number' && c > 0) expect(doc).toContain(`${name('groups', g)} (Table 5: ${c} of 22)`);
      }
      const org = yaml<{ organization?: string }>(`groups/${g}.yaml`).organization;
      if (org) expect(nodeLinks()).toContain(`/organizations/${org}/`);
    }
  });
});
