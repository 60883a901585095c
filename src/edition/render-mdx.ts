/**
 * Renders the thesis source as one MDX document per page (see scripts/import-thesis.ts).
 * Pure: source text in, MDX text out.
 */
import { THESIS_PAGES, splitIntoPages, type ThesisPage } from '../source/parts.ts';
import { FOOTNOTE_MARKER, collectFootnotes, isHeadingLike, rejoinParagraphs, splitBlocks, superscriptToNumber, type Block } from '../source/blocks.ts';
import GithubSlugger from 'github-slugger';
import { EDITORIAL_NOTES } from './editorial-notes.ts';
import { applyMarks, parseMarkRules, type MarkRule } from './marks.ts';
import { citationWraps, type CitableReference } from './citation-links.ts';
import { holdWraps, type Wrap } from './held-places.ts';
import { entityPath } from '../knowledge/kinds.ts';
import { referenceAnchors } from '../knowledge/reference-ids.ts';

const COMPONENTS = `import { Fn, Footnotes, FnItem, EditorialNote, EditorialNoteItem, NotesOnThisText, PrintedHeading, InterviewEntry, DriverSectionLink, Driver, Group, Theory, Org, Interviewee, CaseStudyChart, IntervieweesChart, IntervieweeFindingsChart, CitedIn } from '~/user-components';`;

/** A driver's printed names, to link the case studies' driver sections to the driver's page. */
export interface DriverNames {
  id: string;
  names: string[];
}

export function renderPages(
  source: string,
  marksYaml = '',
  drivers: readonly DriverNames[] = [],
  references: readonly CitableReference[] = [],
): Map<string, string> {
  const pages = splitIntoPages(source);
  const footnotes = collectFootnotes(source);
  const rules = parseMarkRules(marksYaml);
  const out = new Map<string, string>();
  THESIS_PAGES.forEach((page, index) => {
    const text = pages.get(page.slug) ?? '';
    const body = renderBody(page, text, rules, source, drivers, references);
    const used = [...body.matchAll(/<Fn n=\{(\d+)\} \/>/g)].map((m) => Number(m[1]));
    const notes = used.map((n) => {
      const note = footnotes.get(n);
      if (note === undefined) throw new Error(`Footnote ${n} is referenced on ${page.slug} but has no text in the source`);
      return `<FnItem n={${n}}>${linkIntervieweeList(inlineWithCitations(note, references))}</FnItem>`;
    });
    const { text: marked, notes: editorial } = numberEditorialNotes(body);
    // "Notes on this text": the editorial notes of the page and its computed data notes (none on the title page).
    const notesOnText =
      page.slug === 'front-matter' && editorial.length === 0
        ? ''
        : `\n<NotesOnThisText page="${page.slug}">\n${editorial.map((note, i) => `<EditorialNoteItem n={${i + 1}}>${note}</EditorialNoteItem>`).join('\n')}\n</NotesOnThisText>\n`;
    const footer = `${notesOnText}${notes.length ? `\n<Footnotes>\n${notes.join('\n')}\n</Footnotes>\n` : ''}`;
    out.set(page.slug, `${frontmatter(page, index)}\n${COMPONENTS}\n\n${printedHeading(page, text)}${marked}${footer}`);
  });
  return out;
}

/**
 * An editorial note stays a small numbered marker where it belongs in the
 * text (`<EditorialNote n={1} />`); its words move to the page's "Notes on
 * this text", so that no stack of boxes interrupts the thesis.
 */
function numberEditorialNotes(body: string): { text: string; notes: string[] } {
  const notes: string[] = [];
  const text = body.replace(/<EditorialNote>([\s\S]*?)<\/EditorialNote>/g, (_, note: string) => {
    notes.push(note);
    return `<EditorialNote n={${notes.length}} />`;
  });
  return { text, notes };
}

/**
 * A footnote that is only a list of interviewees ("Interviewees 1-7, 13-19")
 * links each printed number to that interviewee's page; the list stays as
 * printed (a range links its two ends).
 */
export function linkIntervieweeList(note: string): string {
  const list = /^(Interviewees?)(\s[\d\s,\-–]+)([.,]?)$/.exec(note);
  if (!list) return note;
  const [, word, numbers = '', end = ''] = list;
  return `${word}${numbers.replace(/\d+/g, (n) => `<a href="${entityPath('interviewee', n)}">${n}</a>`)}${end}`;
}

/**
 * One clear title per page: its entry in the table of contents (the sidebar's
 * label, the citation's title). Where the heading printed in the text differs
 * ("4. Chapter Four: Results", "4.1. Case study two: Kashmir"), the page shows
 * it as printed under the title (<PrintedHeading>), with the reason.
 */
function frontmatter(page: ThesisPage, index: number): string {
  const lines = ['---', `title: ${JSON.stringify(page.label)}`, `description: ${JSON.stringify(describe(page))}`, `thesisOrder: ${index + 1}`, '---'];
  return lines.join('\n');
}

/** The heading as printed, where it differs from the page's title; none for the title page, which is shown whole. */
function printedHeading(page: ThesisPage, text: string): string {
  const heading =
    text
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? page.label;
  return page.slug === 'front-matter' || heading === page.label ? '' : `<PrintedHeading>${escapeMdx(heading)}</PrintedHeading>\n\n`;
}

function describe(page: ThesisPage): string {
  return `${page.label} — from the 2019 IMSIS thesis "Pakistani Foreign Fighters in Afghanistan, Kashmir and Syria: A Comparative Analysis of Drivers of Radicalization".`;
}

function renderBody(
  page: ThesisPage,
  text: string,
  rules: MarkRule[],
  source: string,
  drivers: readonly DriverNames[],
  references: readonly CitableReference[],
): string {
  switch (page.slug) {
    case 'front-matter':
      return renderFrontMatter(text, source);
    case 'references':
      return renderReferences(text, references);
    case 'questionnaire':
      return renderQuestionnaire(text);
    default:
      return renderProse(page, text, rules, drivers, references);
  }
}

/** Heading level for a section number: on a page that is itself "4.1", "4.1.1" is level 2. */
function headingLevel(page: ThesisPage, heading: string): number {
  if (/^\d+\.\s[A-Z]/.test(heading) && page.group === 'Case studies') return 3; // "1. Recruitment by …"
  return 2;
}

function renderProse(page: ThesisPage, text: string, rules: MarkRule[], drivers: readonly DriverNames[], references: readonly CitableReference[]): string {
  // The page's own heading is its title: take it off before paragraphs are rejoined.
  const [title = '', ...rest] = text.split('\n');
  const { blocks } = rejoinParagraphs(splitBlocks(rest.join('\n')));
  const parts: string[] = [...notesAfter(title.trim())];
  let section = '';
  // Which entities each section has already marked: local to this call, so that
  // rendering is pure (the same source gives the same MDX on every call).
  const markedIn = new Map<string, Set<string>>();
  const seenIn = (key: string) => markedIn.get(key) ?? markedIn.set(key, new Set()).get(key)!;
  for (const block of blocks) {
    if (block.kind === 'footnote') continue; // placed at the foot of the page of its marker
    if (block.kind === 'table') {
      parts.push(renderTable(block, references), ...chartAfterTable(block));
      continue;
    }
    const para = block.text.trim();
    if (isHeadingLike(para)) {
      section = para;
      parts.push(`${'#'.repeat(headingLevel(page, para))} ${escapeMdx(para)}`);
      parts.push(...notesAfter(para), ...driverSectionLink(page, para, drivers));
      continue;
    }
    if (page.slug === 'interviews') {
      const n = /^Interview (\d+),/.exec(para)?.[1];
      if (n) {
        parts.push(`<InterviewEntry n={${n}}>${inline(para)}</InterviewEntry>`);
        continue;
      }
    }
    // Citations link to their entries, entity marks kept where they stand (citation-links.ts).
    const { held, release } = holdWraps(para, citationWraps(para, references));
    const marked = release(applyMarks(inline(held), rules, seenIn(section)));
    parts.push(...splitDisplayQuote(marked), ...notesAfter(para));
  }
  // After the List of Interviews, two charts of this site's, drawn from its data: the interviewees
  // by category, and the findings each is counted in.
  if (page.slug === 'interviews') parts.push('<IntervieweesChart />', '<IntervieweeFindingsChart />');
  return parts.join('\n\n') + '\n';
}

/** A case study's table (6, 7, 8) is followed by the same numbers as a chart, drawn from the data collections. */
function chartAfterTable(table: Extract<Block, { kind: 'table' }>): string[] {
  const n = Number(/^Table (\d+):/.exec(table.caption)?.[1]);
  return n >= 6 && n <= 8 ? [`<CaseStudyChart table={${n}} />`] : [];
}

/**
 * The UN definition in 1.1 is a display quotation followed, in the same
 * extracted paragraph, by the author's next sentences: keep it a block quote.
 */
function splitDisplayQuote(paragraph: string): string[] {
  const m = /^(“[^”]+” \([^)]+\)\.) (.*)$/su.exec(paragraph);
  if (!m || (m[1]?.length ?? 0) < 200) return [startSafe(paragraph)];
  return [`> ${m[1]}`, startSafe(m[2] ?? '')];
}

/**
 * A case study's numbered driver section ("6. Financial Assistance") links to
 * the driver's page, whatever wording the heading uses for it.
 */
function driverSectionLink(page: ThesisPage, heading: string, drivers: readonly DriverNames[]): string[] {
  if (page.group !== 'Case studies' || drivers.length === 0 || !/^\d+\.\s/.test(heading)) return [];
  const title = heading.replace(/^\d+\.\s+/, '').toLowerCase();
  const driver = drivers.find((d) => d.names.some((n) => n.toLowerCase() === title));
  if (!driver) throw new Error(`${page.slug}: the driver section "${heading}" names no driver (add its wording to a driver's aliases in content/drivers/)`);
  return [`<DriverSectionLink id="${driver.id}" />`];
}

/** Editorial notes keyed by a heading, or by the opening words of a paragraph. */
function notesAfter(block: string): string[] {
  return Object.entries(EDITORIAL_NOTES)
    .filter(([key]) => block === key || block.startsWith(key))
    .flatMap(([, notes]) => notes.map((note) => `<EditorialNote>${note}</EditorialNote>`));
}

/** Inline conversion: footnote markers, MDX escapes, stray emphasis markers. */
export function inline(text: string): string {
  let s = text.replace(/\s*\n\s*/g, ' ');
  s = s.replace(/\\\$/g, '$'); // the extraction escaped dollar signs for Markdown
  s = escapeMdx(s);
  s = s.replace(/<(https?:\/\/[^>\s]+)>/g, (_m, url: string) => `[${url}](${url})`);
  s = escapeStrayAsterisks(s);
  s = s.replace(FOOTNOTE_MARKER, (m) => `<Fn n={${superscriptToNumber(m)}} />`);
  return s;
}

/** inline(), with each author-date citation that names exactly one entry of the reference list linked to it (citation-links.ts). */
export function inlineWithCitations(raw: string, references: readonly CitableReference[]): string {
  return inlineWrapped(raw, citationWraps(raw, references));
}

function inlineWrapped(raw: string, wraps: readonly Wrap[]): string {
  const { held, release } = holdWraps(raw, wraps);
  return release(inline(held));
}

function escapeMdx(s: string): string {
  return s.replace(/[{}]/g, (c) => `\\${c}`).replace(/<(?!https?:\/\/)/g, '&lt;');
}

/** Keeps balanced *emphasis*; a lone asterisk from the extraction is shown as written. */
function escapeStrayAsterisks(s: string): string {
  const keep = new Set<number>();
  for (const m of s.matchAll(/\*(?=[^\s*])[^*]*?[^\s*]\*|\*[^\s*]\*/g)) {
    keep.add(m.index);
    keep.add(m.index + m[0].length - 1);
  }
  return [...s].map((c, i) => (c === '*' && !keep.has(i) ? '\\*' : c)).join('');
}

/** A paragraph that starts like a list item or heading is still a paragraph. */
function startSafe(s: string): string {
  return s.replace(/^(\d+)([.)])(\s)/, '$1\\$2$3').replace(/^([-+#>])(\s)/, '\\$1$2');
}

function renderTable(table: Extract<Block, { kind: 'table' }>, references: readonly CitableReference[] = []): string {
  // A row of Table 1 or 2 cites its work across two cells ("Peter R. Neumann | … (2009 p.10)."): the name in the first links to the entry.
  const rowCitation = (row: readonly string[]) => citationWraps(row.join('\t'), references, ['table-row'])[0];
  const cellHtml = (cell: string, i: number, row: readonly string[]) => {
    const link = i === 0 ? rowCitation(row) : undefined;
    return link ? inlineWrapped(cell, [link]) : inlineWithCitations(cell, references);
  };
  const n = /^Table (\d+):/.exec(table.caption)?.[1];
  const width = Math.max(...table.rows.map((r) => r.length));
  const rows = table.rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
  const hasHeader = rows[0] !== undefined && !/^\d+$/.test(rows[0][0] ?? '');
  const twoHeaderRows = hasHeader && rows[1] !== undefined && !/^[1-9]\d*$/.test(rows[1][0] ?? '');
  const head: string[] = [];
  let bodyRows = rows;
  if (twoHeaderRows) {
    const [top = [], second = []] = rows;
    const cells: string[] = [];
    const skipSecond = new Set<number>();
    top.forEach((cell, i) => {
      if (cell === '') return; // merged into the cell before it
      let span = 1;
      while (i + span < top.length && top[i + span] === '') span++;
      const rowspan = span === 1 && second[i] === '' ? 2 : 1;
      if (rowspan === 2) skipSecond.add(i);
      const attrs = `${span > 1 ? ` colspan="${span}" scope="colgroup"` : ' scope="col"'}${rowspan > 1 ? ` rowspan="2"` : ''}`;
      cells.push(`<th${attrs}>${inline(cell)}</th>`);
    });
    head.push(`<tr>${cells.join('')}</tr>`);
    head.push(`<tr>${second.map((c, i, row) => (skipSecond.has(i) ? '' : `<th scope="col">${cellHtml(c, i, row)}</th>`)).join('')}</tr>`);
    bodyRows = rows.slice(2);
  } else if (hasHeader) {
    head.push(`<tr>${(rows[0] ?? []).map((c, i, row) => `<th scope="col">${cellHtml(c, i, row)}</th>`).join('')}</tr>`);
    bodyRows = rows.slice(1);
  }
  const body = bodyRows.map((r) => `<tr>${r.map((c, i) => `<td>${cellHtml(c, i, r)}</td>`).join('')}</tr>`);
  return [
    `<div class="thesis-table">`,
    `<table id="table-${n}">`,
    `<caption>${inline(table.caption)}</caption>`,
    head.length ? `<thead>${head.join('')}</thead>` : '',
    `<tbody>`,
    ...body,
    `</tbody>`,
    `</table>`,
    `</div>`,
  ]
    .filter(Boolean)
    .join('\n');
}

function renderFrontMatter(text: string, source: string): string {
  const blocks = splitBlocks(text);
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    const t = block.text.trim();
    if (t === 'Abstract' || t === 'Acknowledgment') {
      parts.push(`## ${t}`);
    } else if (t.startsWith('No.\tTable of Contents')) {
      parts.push('## Table of Contents', renderContentsTable(t, source));
    } else if (t.startsWith('List of Tables')) {
      parts.push('## List of Tables', renderContentsTable(t, source));
    } else {
      // Bold on the title page may span lines: mark it before the lines are converted.
      const marked = t.replace(/\*\*([\s\S]+?)\*\*/g, '\u0001$1\u0002');
      const lines = marked.split('\n').map((line) => inline(line.trim()));
      parts.push(`<p>${lines.join('<br />').replaceAll('\u0001', '<strong>').replaceAll('\u0002', '</strong>')}</p>`);
    }
  }
  return parts.join('\n\n') + '\n';
}

/** The contents and list of tables, as printed (page numbers of the thesis PDF). */
function renderContentsTable(text: string, source: string): string {
  const [header = '', ...lines] = text.split('\n');
  const cols = header.split('\t').map((c) => c.trim());
  const rows = lines.map((l) => l.split('\t').map((c) => c.trim()));
  return [
    '<div class="thesis-table">',
    '<table>',
    // A column the thesis prints without a heading (the List of Tables' titles)
    // gets an empty <td>: an empty <th> would announce a header with no name.
    `<thead><tr>${cols.map((c) => (c === '' ? '<td></td>' : `<th scope="col">${inline(c)}</th>`)).join('')}</tr></thead>`,
    '<tbody>',
    ...rows.map((r) => {
      const href = contentsHref(r[0] ?? '', r[1] ?? '', source);
      return `<tr>${r.map((c, i) => `<td>${i === 1 && href ? `<a href="${href}">${inline(c)}</a>` : inline(c)}</td>`).join('')}</tr>`;
    }),
    '</tbody>',
    '</table>',
    '</div>',
  ].join('\n');
}

/** Page (by section number) that a row of the contents or the list of tables points to. */
const CONTENTS_PAGES: ReadonlyArray<[RegExp, string]> = [
  [/^Table (1|2)$/, 'chapters/framework'],
  [/^Table (3|4|5)$/, 'chapters/methodology'],
  [/^Table 6$/, 'case-studies/kashmir'],
  [/^Table 7$/, 'case-studies/afghanistan'],
  [/^Table 8$/, 'case-studies/syria'],
  [/^Table 9$/, 'chapters/discussion'],
  [/^1(\.|$)/, 'chapters/introduction'],
  [/^2(\.|$)/, 'chapters/framework'],
  [/^3(\.|$)/, 'chapters/methodology'],
  [/^4\.1\./, 'case-studies/kashmir'],
  [/^4\.2\./, 'case-studies/afghanistan'],
  [/^4\.3\./, 'case-studies/syria'],
  [/^4\.$/, 'chapters/results'],
  [/^5\.$/, 'chapters/discussion'],
  [/^6\.$/, 'chapters/conclusion'],
];

/**
 * Links a contents row to its page, and to the section whose heading has the
 * same title where the text's heading matches the contents (it does not
 * always: see the editorial notes); a table row links to #table-N.
 */
function contentsHref(number: string, title: string, source: string): string | undefined {
  if (number === '') {
    const page = { 'List of Interviews': 'interviews', References: 'references', 'Appendix A': 'questionnaire' }[title];
    return page ? `/${page}/` : undefined;
  }
  const page = CONTENTS_PAGES.find(([pattern]) => pattern.test(number))?.[1];
  if (!page) return undefined;
  if (number.startsWith('Table')) return `/${page}/#table-${number.slice(6)}`;
  if (!/^\d+\.\d/.test(number)) return `/${page}/`;
  const plain = (s: string) => s.toLowerCase().replace(/[“”"]/g, '').trim();
  const heading = source
    .split('\n')
    .map((l) => l.trim())
    .find((l) => isHeadingLike(l) && l.startsWith(number.replace(/\.$/, '')) && plain(l.replace(/^[\d.]+\s?/, '')) === plain(title));
  const opensPage = THESIS_PAGES.some((p) => p.startsAt === heading);
  return heading && !opensPage ? `/${page}/#${new GithubSlugger().slug(heading)}` : `/${page}/`;
}

/**
 * Page breaks cut four bibliography entries into fragments that the
 * extraction scattered; each fragment is put back on its entry (and the page
 * says so). Entries that run together on one line are left as printed.
 */
const REFERENCE_FRAGMENTS: ReadonlyArray<{ fragment: string; belongsTo: string }> = [
  { fragment: 'Academy of International Humanitarian Law and Human Rights (Geneva Academy). P.6.', belongsTo: 'Kraehenmann, S. (2014).' },
  { fragment: 'www.homeoffice.gov.uk/publications/counter-terrorism/counterterrorismstrategy/strategy-contest? view=Binary.', belongsTo: 'Terrorism, p. 36.' },
  { fragment: 'Terrorism, p. 36.', belongsTo: 'U.K. Home Office (2011).' },
  { fragment: 'from <https://www.un.org/sc/ctc/', belongsTo: 'United Nations Counter Terrorism Implementation Task Force (2018).' },
];

export function referenceEntries(text: string): string[] {
  const lines = text
    .split('\n')
    .slice(1)
    .map((l) => l.trim())
    .filter(Boolean);
  let entries = lines.map((l) => l.replace(/^- /, ''));
  for (const { fragment, belongsTo } of REFERENCE_FRAGMENTS) {
    const from = entries.findIndex((e) => e.startsWith(fragment));
    const to = entries.findIndex((e) => e.startsWith(belongsTo));
    if (from < 0 || to < 0) throw new Error(`References: cannot reassemble "${fragment}" with "${belongsTo}"`);
    entries[to] = `${entries[to]} ${entries[from]}`;
    entries = entries.filter((_, i) => i !== from);
  }
  return entries;
}

/**
 * The reference list as printed, each entry of the data (content/references/)
 * wrapped where it stands, with its id as the anchor citations link to
 * (src/knowledge/reference-ids.ts). A second printing of a work has no anchor.
 */
function renderReferences(text: string, references: readonly CitableReference[]): string {
  const printed = referenceEntries(text);
  const anchors = references.length ? referenceAnchors(printed, references) : printed.map(() => []);
  const entries = printed.map((e, i) => {
    const here = anchors[i] ?? [];
    const text = inlineWrapped(
      e,
      here.map((a) => ({ at: a.at, length: a.length, render: (entry: string) => `<span id="${a.id}" class="reference-entry">${entry}</span>` })),
    );
    // After the entry, the sections that cite it (this site's links, computed at build time).
    return here.length ? `${text} <CitedIn ids={${JSON.stringify(here.map((a) => a.id))}} />` : text;
  });
  const note = `<EditorialNote>Page breaks in the source cut four entries into pieces printed apart from them (Kraehenmann 2014; U.K. Home Office 2011, in three pieces; United Nations Counter Terrorism Implementation Task Force 2018). Each piece is shown here on its entry. Some entries are printed twice and four pairs of entries run together on one line (Bay 2017 with BBC News 2019; Bearden 2001 with Carpenter 1994; Crossett & Spitaletta 2010 with Kruglanski & Orehek 2011; Kepel 1997 with Khan 2013); they are left as printed. The [structured bibliography](/data/#references) lists each work once. "Cited in", after an entry, is this site's: the sections whose author-date citations link to that entry (a citation that names no entry, or could name two, is not linked, and not counted).</EditorialNote>`;
  // One JSX item a line, not a Markdown list: MDX reads a line of nothing but elements as blocks and
  // puts a line break between them, which would print a space between two entries the source runs together.
  return [note, ['<ul class="reference-list">', ...entries.map((e) => `<li>${e}</li>`), '</ul>'].join('\n')].join('\n\n') + '\n';
}

function renderQuestionnaire(text: string): string {
  const lines = text
    .split('\n')
    .slice(1)
    .map((l) => l.trim())
    .filter(Boolean);
  const parts: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) parts.push(list.join('\n'));
    list = [];
  };
  for (const line of lines) {
    if (line.startsWith('- ')) {
      list.push(`- ${startSafe(inline(line.slice(2)))}`);
      continue;
    }
    flush();
    parts.push(`${line.startsWith('Semi-') ? '##' : '###'} ${escapeMdx(line)}`);
  }
  flush();
  return parts.join('\n\n') + '\n';
}
