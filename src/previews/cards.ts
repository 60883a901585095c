/**
 * Preview cards: what a reader sees on hovering or focusing a cross-link
 * (an entity mark, a section link, a link to a finding, an author-date
 * citation, a footnote or table on another page) before following it.
 * Computed at build time from the same data as the pages and published as one
 * JSON file (/previews.json) that the preview script fetches on first intent,
 * so no page is ever fetched and parsed to make a card. A footnote on the
 * same page as its marker is read by the browser from that page.
 *
 * Keys are site paths, with the hash for sections, findings, reference
 * entries, footnotes and tables: "/drivers/recruitment/",
 * "/drivers/recruitment/#in-iskp",
 * "/case-studies/kashmir/#412-drivers-of-the-foreign-fighters-in-kashmir",
 * "/references/#bose-1999", "/case-studies/afghanistan/#fn-24",
 * "/chapters/methodology/#table-3".
 */
import type { KnowledgeBase } from '../knowledge/index.ts';
import { rankValue } from '../knowledge/cells.ts';
import { findingKey } from '../knowledge/keys.ts';
import { ENTITY_KINDS, entityPath, findingPath } from '../knowledge/kinds.ts';
import { referenceHref } from '../knowledge/reference-ids.ts';
import { referenceText } from '../knowledge/reference-html.ts';
import { headingAnchor } from '../knowledge/sections.ts';
import type { Reference, TableCell } from '../knowledge/schemas.ts';
import { THESIS_PAGES } from '../source/parts.ts';
import { CARD_TEXT_LENGTH, NOTE_TEXT_LENGTH, shorten } from './shorten.ts';

export interface PreviewCard {
  /** What the target is: "Driver", "Host group", "Section of 4.1. Case study One: Kashmir" … */
  kind: string;
  title: string;
  /** One short passage: a description, or the opening of a section. */
  text: string;
  /** A few facts, one line each (counts for drivers and groups). */
  facts?: string[];
}

export type PreviewCards = Record<string, PreviewCard>;

/** A cell as a card prints it: the count out of 22, or what the table prints instead. */
function cellShort(cell: TableCell): string {
  if (cell === null) return 'blank';
  if (cell === '-') return '"-"';
  return `${cell} of 22`;
}

export function entityCards(kb: KnowledgeBase): PreviewCards {
  const cards: PreviewCards = {};
  const cell = (group: string, driver: string): TableCell => {
    const finding = kb.findings.get(findingKey(group, driver));
    if (!finding) throw new Error(`Preview cards: no content/findings/${findingKey(group, driver)}.yaml`);
    return finding.data.tables.table5;
  };
  for (const d of kb.drivers) {
    cards[entityPath('driver', d.id)] = {
      kind: `${ENTITY_KINDS.driver.label} ${d.data.number} of ${kb.drivers.length}`,
      title: d.data.name,
      text: shorten(d.data.description),
      facts: kb.groups.map((g) => `${g.data.name}: ${cellShort(cell(g.id, d.id))} (Table 5)`),
    };
    for (const g of kb.groups) {
      const finding = kb.findings.get(findingKey(g.id, d.id));
      cards[findingPath(d.id, g.id)] = {
        kind: 'Finding',
        title: `${d.data.name}: ${g.data.name}`,
        text: shorten(finding?.data.statements[0]?.text ?? 'The driver sections of chapter 4 make no statement on this host group.'),
        facts: [`Table 5: ${cellShort(cell(g.id, d.id))}`],
      };
    }
  }
  for (const g of kb.groups) {
    const top = [...kb.drivers]
      .sort((a, b) => rankValue(cell(g.id, b.id)) - rankValue(cell(g.id, a.id)) || a.data.number - b.data.number)
      .slice(0, 3)
      .map((d) => `${d.data.shortName}: ${cellShort(cell(g.id, d.id))}`);
    cards[entityPath('group', g.id)] = {
      kind: ENTITY_KINDS.group.label,
      title: g.data.name,
      text: shorten(g.data.description),
      facts: [`Most reported (Table 5): ${top.join('; ')}`],
    };
  }
  for (const o of kb.organizations) {
    // Not its kind: that is the site's classification, not the thesis's (src/knowledge/schemas.ts).
    cards[entityPath('organization', o.id)] = { kind: ENTITY_KINDS.organization.label, title: o.data.name, text: shorten(o.data.role) };
  }
  for (const t of kb.theories) {
    cards[entityPath('theory', t.id)] = {
      kind: ENTITY_KINDS.theory.label,
      title: t.data.name,
      text: shorten(t.data.summary),
      facts: [`${t.data.authors.join(', ')} (${t.data.year})`],
    };
  }
  for (const i of kb.interviewees) {
    const counted = new Set((kb.countedIn.get(i.data.n) ?? []).map(({ finding }) => finding.id)).size;
    cards[entityPath('interviewee', i.data.n)] = {
      kind: `${ENTITY_KINDS.interviewee.label} ${i.data.n} of ${kb.interviewees.length}`,
      title: i.data.role,
      text: shorten(i.data.entry),
      facts: [`Counted in ${counted} finding${counted === 1 ? '' : 's'} of chapter 4`],
    };
  }
  return cards;
}

/**
 * A card for every entry of the reference list, at its anchor on /references/
 * (where author-date citations link): the entry as that page prints it, in words.
 */
export function referenceCards(references: ReadonlyArray<{ id: string; data: Pick<Reference, 'text' | 'authors' | 'year'> }>): PreviewCards {
  const cards: PreviewCards = {};
  for (const { id, data } of references) {
    cards[referenceHref(id)] = { kind: 'Reference', title: `${data.authors} (${data.year})`, text: shorten(referenceText(data.text), NOTE_TEXT_LENGTH) };
  }
  return cards;
}

/** A line of MDX as the words a reader sees: no components, links or Markdown marks. */
function plainInline(line: string): string {
  return line
    .replace(/<Fn n=\{\d+\} \/>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/^>\s?/, '')
    .replace(/(^|\s)[*_]+|[*_]+(?=\s|[.,;:]|$)/g, '$1');
}

/**
 * A card for every footnote and every numbered table of the thesis, for links
 * from other pages ("footnote 24" on an interviewee's page, the List of Tables):
 * the footnote's words, or the table's caption.
 */
export function noteAndTableCards(docs: ReadonlyArray<{ id: string; body?: string | undefined }>): PreviewCards {
  const cards: PreviewCards = {};
  for (const page of THESIS_PAGES) {
    const body = docs.find((d) => d.id === page.slug)?.body ?? '';
    for (const m of body.matchAll(/<FnItem n=\{(\d+)\}>([\s\S]*?)<\/FnItem>/g)) {
      cards[`/${page.slug}/#fn-${m[1]}`] = {
        kind: `Footnote, ${page.label}`,
        title: `Footnote ${m[1]}`,
        text: shorten(plainInline(m[2] ?? ''), NOTE_TEXT_LENGTH),
      };
    }
    for (const m of body.matchAll(/<table id="table-(\d+)">\s*<caption>([\s\S]*?)<\/caption>/g)) {
      cards[`/${page.slug}/#table-${m[1]}`] = { kind: `Table, ${page.label}`, title: plainInline(m[2] ?? ''), text: '' };
    }
  }
  return cards;
}

/** The MDX of a thesis page as plain text lines: no imports, components, tables or Markdown marks. */
function plainLines(mdx: string): string[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .replace(
      /<(EditorialNote|NotesOnThisText|PrintedHeading|Footnotes|CaseStudyChart|IntervieweesChart|IntervieweeFindingsChart|DriverSectionLink)\b[\s\S]*?(<\/\1>|\/>)/g,
      '',
    )
    .replace(/<div class="thesis-table">[\s\S]*?<\/div>/g, '')
    .split('\n')
    .filter((line) => !line.startsWith('import '))
    .map(plainInline);
}

/**
 * A card for every thesis page and every section heading in it: the page's
 * label (as its table of contents gives it), the heading as printed, and the
 * opening of its text.
 */
export function sectionCards(docs: ReadonlyArray<{ id: string; body?: string | undefined }>): PreviewCards {
  const cards: PreviewCards = {};
  for (const page of THESIS_PAGES) {
    const doc = docs.find((d) => d.id === page.slug);
    if (!doc) throw new Error(`Preview cards: no content/docs/${page.slug}.mdx`);
    let heading: string | undefined;
    let opening = '';
    const flush = () => {
      const key = heading ? `/${page.slug}/#${headingAnchor(heading)}` : `/${page.slug}/`;
      cards[key] = heading
        ? { kind: `Section of ${page.label}`, title: heading, text: shorten(opening) }
        : { kind: `The thesis, ${page.group.toLowerCase()}`, title: page.label, text: shorten(opening) };
    };
    for (const line of plainLines(doc.body ?? '')) {
      const h = /^#{2,6}\s+(.*)$/.exec(line);
      if (h) {
        flush();
        heading = (h[1] ?? '').trim();
        opening = '';
      } else if (opening.length < CARD_TEXT_LENGTH && line.trim() !== '') {
        opening = `${opening} ${line.trim()}`;
      }
    }
    flush();
  }
  return cards;
}
