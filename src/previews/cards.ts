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
import type { Reference, TableCell } from '../knowledge/schemas.ts';
import { FOOTNOTE_MARKER } from '../source/blocks.ts';
import { partOf, type DocumentBlock, type Heading, type Table, type ThesisDocument } from '../source/document.ts';
import { inlineText } from '../source/inline.ts';
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
    cards[referenceHref(id)] = { kind: 'Reference', title: `${data.authors} (${data.year})`, text: shorten(inlineText(data.text), NOTE_TEXT_LENGTH) };
  }
  return cards;
}

/** The words of a block as a reader sees them: no footnote markers, no markup; none for a table or a heading. */
function blockWords(block: DocumentBlock): string | undefined {
  const words = (text: string) => inlineText(text.replace(FOOTNOTE_MARKER, ''));
  switch (block.kind) {
    case 'paragraph':
    case 'quotation':
    case 'interview':
      return words(block.text);
    case 'lines':
      return block.lines.map(words).join(' ');
    case 'list':
      return block.items.map(words).join(' ');
    case 'references':
      return block.entries.map(words).join(' ');
    default:
      return undefined;
  }
}

/** The opening words of a run of blocks, up to a card's length. */
function openingOf(blocks: readonly DocumentBlock[]): string {
  let opening = '';
  for (const block of blocks) {
    if (opening.length >= CARD_TEXT_LENGTH) break;
    const words = blockWords(block);
    if (words) opening = `${opening} ${words}`;
  }
  return shorten(opening);
}

/** A table's size as a reader counts it: its rows and columns under the header. */
const tableSize = (t: Table) =>
  `${t.rows.length} rows and ${t.width} columns${t.header.length ? `, under the header ${t.header.at(-1)!.filter(Boolean).map(inlineText).join(' | ')}` : ''}`;

/**
 * A card for every footnote and every numbered table of the thesis, for links
 * from other pages ("footnote 24" on an interviewee's page, the List of Tables):
 * the footnote's words, or the table's caption and size.
 */
export function noteAndTableCards(doc: ThesisDocument): PreviewCards {
  const cards: PreviewCards = {};
  for (const note of doc.footnotes.values()) {
    const label = partOf(doc, note.section.page).label;
    cards[`/${note.section.page}/#fn-${note.n}`] = {
      kind: `Footnote, ${label}`,
      title: `Footnote ${note.n}`,
      text: shorten(inlineText(note.text), NOTE_TEXT_LENGTH),
    };
  }
  for (const table of doc.tables.values()) {
    cards[`/${table.part}/#table-${table.number}`] = {
      kind: `Table, ${partOf(doc, table.part).label}`,
      title: inlineText(table.caption),
      text: shorten(tableSize(table)),
    };
  }
  return cards;
}

/**
 * A card for every part of the thesis and every section heading in it: the
 * part's label (as its table of contents gives it) and the opening of its
 * text; a section's heading as printed and the opening of its text. A part
 * that opens straight on a heading (a case study opens on its history) shows
 * the opening of its first section.
 */
export function sectionCards(doc: ThesisDocument): PreviewCards {
  const cards: PreviewCards = {};
  for (const part of doc.parts) {
    const headings = part.blocks.flatMap((b, i) => (b.kind === 'heading' ? [i] : []));
    const before = part.blocks.slice(0, headings[0] ?? part.blocks.length);
    cards[`/${part.slug}/`] = {
      kind: `The thesis, ${part.group.toLowerCase()}`,
      title: part.label,
      text: openingOf(before) || openingOf(part.blocks),
    };
    headings.forEach((at, k) => {
      const heading = part.blocks[at] as Heading;
      const text = part.blocks.slice(at + 1, headings[k + 1] ?? part.blocks.length);
      cards[`/${part.slug}/#${heading.anchor}`] = { kind: `Section of ${part.label}`, title: heading.text, text: openingOf(text) };
    });
  }
  return cards;
}

/**
 * A card for every paragraph and quotation of the thesis, at its address
 * ("/chapters/introduction/#11-foreign-fighters-in-historical-perspective-p2"),
 * for the links readers make to a passage: its section and its opening words.
 */
export function paragraphCards(doc: ThesisDocument): PreviewCards {
  const cards: PreviewCards = {};
  for (const part of doc.parts) {
    for (const block of part.blocks) {
      if (block.kind !== 'paragraph' && block.kind !== 'quotation') continue;
      cards[`/${part.slug}/#${block.id}`] = {
        kind: `${block.kind === 'quotation' ? 'Quotation' : 'Paragraph'}, ${part.label}`,
        title: block.section.heading ?? part.label,
        text: openingOf([block]),
      };
    }
  }
  return cards;
}
