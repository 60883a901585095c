/**
 * Author-date citations as built: on every page, each link to /references/#…
 * lands on an entry of the reference list whose first author and year are
 * the ones the link's printed words name (read from the page: the link's
 * text, the entity mark on the author's name just before it, or a table
 * row's first and last cells), and each page has as many such links as the
 * self-audit's reader finds citations there that name exactly one entry.
 * A citation the audit notes (no entry, year, spelling) is never linked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { checkCitations, citedEntry, type ReferenceEntry } from '../../src/knowledge/data-notes/citations.ts';
import { findAuthorDateCitations } from '../../src/source/audit-text.ts';
import { listPages, readPage } from '../support/dist.ts';
import { source } from '../support/thesis-source.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const references = load(readFileSync(new URL('../../content/references/references.yaml', import.meta.url), 'utf8')) as ReferenceEntry[];
const byId = new Map(references.map((r) => [r.id, r]));

const isElement = (node: Node | undefined): node is Element => node !== undefined && 'tagName' in node;
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  for (const child of 'childNodes' in node ? node.childNodes : []) yield* elements(child);
}
const text = (node: Node): string =>
  'value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(text).join('') : '';

/** A citation link and the words that cite: its own, with an entity mark on the name before it, or its table row. */
interface CitationLink {
  page: string;
  id: string;
  words: string;
  /** Where the year is printed: the words, or the rest of the table row. */
  yearIn: string;
}

function citationLinks(page: string, html: string): CitationLink[] {
  const found: CitationLink[] = [];
  const visit = (node: Node, parent?: Node) => {
    if (!('childNodes' in node)) return;
    node.childNodes.forEach((child, i) => {
      if (!isElement(child)) return;
      const href = attr(child, 'href') ?? '';
      // A theory page's authors link to their entry too: tested apart, below (they are no citation of the text).
      if (child.tagName === 'a' && href.startsWith('/references/#') && !(attr(child, 'class') ?? '').includes('theory-reference')) {
        let words = text(child);
        // "<mark>Krueger</mark> (2006)", "<mark>Sageman</mark>'s (2004)", "<mark>Sageman</mark>, 2004".
        const between = node.childNodes[i - 1];
        const before = between && !isElement(between) && /^(?:['’]s)?[\s,]*$/.test(text(between)) ? node.childNodes[i - 2] : between;
        if (isElement(before) && (attr(before, 'class') ?? '').includes('entity-mark'))
          words = `${text(before)}${between === before ? '' : text(between!)}${words}`;
        const row = isElement(node) && ['td', 'th'].includes(node.tagName) && isElement(parent) && parent.tagName === 'tr' ? text(parent) : undefined;
        found.push({ page, id: href.slice('/references/#'.length), words, yearIn: row ?? words });
      }
      visit(child, node);
    });
  };
  visit(parse(html));
  return found;
}

const pages = listPages();
const links = pages.flatMap((page) => citationLinks(page, readPage(page)));
const entryIds = new Set(
  [...elements(parse(readPage('/references/')))].filter((el) => (attr(el, 'class') ?? '').includes('reference-entry')).map((el) => attr(el, 'id')),
);

/** The words of an entry's first author as the reference list prints them ("Bose, S." → ["bose"]; "R. Hussein & Z. Omer" → ["hussein"]). */
const firstAuthorWords = (authors: string) =>
  (authors.split(/\s*(?:,|&)\s*/)[0] ?? '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 3 && w !== 'the');

describe('author-date citation links', () => {
  it('exist, on the thesis pages', () => {
    expect(links.length).toBeGreaterThan(50);
  });

  it('each land on an entry of /references/ whose first author and year the linked words print', () => {
    const wrong = links.filter((link) => {
      const entry = byId.get(link.id);
      if (!entry || !entryIds.has(link.id)) return true;
      const words = link.words.toLowerCase();
      // The surname as printed, or its first five letters ("Khosrokhava" for Khosrokhavar): the audit's rules allow no more.
      const named = firstAuthorWords(entry.authors).some((w) => words.includes(w.slice(0, 5)));
      return !named || !link.yearIn.includes(entry.year);
    });
    expect(wrong).toEqual([]);
  });

  it('are on each page as many as the citations the audit’s reader finds there that name exactly one entry', () => {
    const citations = findAuthorDateCitations(source);
    const expected = new Map<string, number>();
    for (const c of citations) if (citedEntry(c, references)) expected.set(`/${c.section.page}/`, (expected.get(`/${c.section.page}/`) ?? 0) + 1);
    const built = new Map<string, number>();
    for (const link of links) built.set(link.page, (built.get(link.page) ?? 0) + 1);
    expect(built).toEqual(expected);
    // Fewer than the reader finds: some name no entry, or not one.
    expect(links.length).toBeLessThan(citations.length);
  });

  it('are listed under each entry of /references/: "Cited in" names every page whose citations link to it, and no other', () => {
    const citedIn = new Map<string, Set<string>>();
    for (const li of elements(parse(readPage('/references/')))) {
      if (li.tagName !== 'li') continue;
      const ids = li.childNodes.filter(isElement).flatMap((el) => ((attr(el, 'class') ?? '').includes('reference-entry') ? [attr(el, 'id')!] : []));
      const list = li.childNodes.filter(isElement).find((el) => (attr(el, 'class') ?? '').includes('cited-in'));
      if (!list) continue;
      // One entry on the line: all its links; two (the source runs some together): each entry's links follow its name.
      let current = ids.length === 1 ? ids[0] : undefined;
      for (const node of list.childNodes) {
        if (!isElement(node)) {
          current = ids.find((id) => text(node).includes(`${byId.get(id)?.authors} (${byId.get(id)?.year}):`)) ?? current;
        } else if (node.tagName === 'a') {
          expect(current, `a "Cited in" link of ${ids.join(' and ')} that follows no entry's name`).toBeDefined();
          citedIn.set(current!, (citedIn.get(current!) ?? new Set()).add(new URL(attr(node, 'href')!, 'http://x').pathname));
        }
      }
    }
    const linkedFrom = new Map<string, Set<string>>();
    for (const link of links) linkedFrom.set(link.id, (linkedFrom.get(link.id) ?? new Set()).add(link.page));
    expect(citedIn).toEqual(linkedFrom);
  });

  it('leave every citation the audit notes (no entry, another year, another spelling) unlinked', () => {
    const notes = checkCitations(findAuthorDateCitations(source), references, () => '').filter((n) => n.kind !== 'citation-page');
    const noted = notes.flatMap((n) => n.sources.filter((s) => s.source.startsWith('Citation in the text')).map((s) => s.says));
    expect(noted.length).toBeGreaterThan(0);
    const linkedWords = new Set(links.map((l) => l.words));
    expect(noted.filter((words) => linkedWords.has(words))).toEqual([]);
  });
});

describe("a theory's authors and year", () => {
  const theoryFiles = readdirSync(new URL('../../content/theories/', import.meta.url)).filter((f) => f.endsWith('.yaml'));
  const theories = theoryFiles.map((file) => ({
    page: `/theories/${file.replace(/\.yaml$/, '')}/`,
    ...(load(readFileSync(new URL(`../../content/theories/${file}`, import.meta.url), 'utf8')) as { authors: string[]; year: number }),
  }));
  const linkOf = (page: string) =>
    [...elements(parse(readPage(page)))].find((el) => el.tagName === 'a' && (attr(el, 'class') ?? '').includes('theory-reference'));

  it('link to the entry of /references/ with the same first author and year, where exactly one entry has them', () => {
    const surname = (author: string) => author.split(',')[0]!.trim().toLowerCase();
    const expected = theories.flatMap((t) => {
      const same = references.filter((r) => r.year === String(t.year) && surname(r.authors).startsWith(surname(t.authors[0]!)));
      return same.length === 1 ? [[t.page, same[0]!.id] as const] : [];
    });
    const linked = theories.flatMap((t) => {
      const link = linkOf(t.page);
      return link ? [[t.page, attr(link, 'href')!.slice('/references/#'.length)] as const] : [];
    });
    expect(expected.length).toBeGreaterThan(10);
    expect(new Map(linked)).toEqual(new Map(expected));
    for (const [, id] of linked) expect(entryIds).toContain(id);
  });
});
