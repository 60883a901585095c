/**
 * The views that explore the evidence across pages, computed from the
 * knowledge base (route files call these in getStaticPaths; components only
 * render): the driver × host-group matrix of Tables 5-9 (/evidence/), two host
 * groups side by side (/compare/<a>-vs-<b>/), who said what by interviewee
 * category (/evidence/by-category/), and how the ideas connect (/map/).
 *
 * Cells are read as printed (a count, 0, "-" or blank); every id followed must
 * resolve, or the build stops naming it (see `lookup` in views.ts).
 */
import type { DataNote } from './consistency.ts';
import type { Entry } from './entry.ts';
import type { KnowledgeBase } from './index.ts';
import { cellLabel } from './cells.ts';
import { expandIntervieweeList } from './interviewee-lists.ts';
import { entityPath, findingPath } from './kinds.ts';
import { findingKey } from './keys.ts';
import { INTERVIEWEE_CATEGORIES, INTERVIEWEE_COUNT, type Finding, type TableCell } from './schemas.ts';
import { evidence, lookup, type EvidenceView } from './views.ts';
import { nameKey } from '../knowledge/names.ts';
import { FOOTNOTE_MARKER, isHeadingLike, rejoinParagraphs, splitBlocks } from '../source/blocks.ts';
import { splitIntoPages } from '../source/parts.ts';

export { BY_CATEGORY_PATH, EVIDENCE_PATH, MAP_PATH, comparePath, isViewPath } from './view-paths.ts';
import { comparePath } from './view-paths.ts';

/** Where the thesis prints each table (the importer's `#table-N` anchors). Tables 6-8 are their conflict's case study. */
const TABLE_PAGES: Readonly<Record<3 | 4 | 5 | 9, string>> = {
  3: 'chapters/methodology',
  4: 'chapters/methodology',
  5: 'chapters/methodology',
  9: 'chapters/discussion',
};

type KB = Pick<KnowledgeBase, 'drivers' | 'groups' | 'conflicts' | 'findings' | 'interviewees' | 'notes'>;

/** Link to Table `n` where the thesis prints it. */
export function tableHref(kb: Pick<KnowledgeBase, 'conflicts'>, n: number): string {
  if (n === 3 || n === 4 || n === 5 || n === 9) return `/${TABLE_PAGES[n]}/#table-${n}`;
  const conflict = kb.conflicts.find((c) => c.data.table === n);
  if (!conflict) throw new Error(`Evidence views: no conflict in content/conflicts/ prints Table ${n}`);
  return `/${conflict.data.caseStudy}/#table-${n}`;
}

function findingOf(kb: Pick<KnowledgeBase, 'findings'>, driverId: string, groupId: string, askedBy: string): Entry<'findings'> {
  const finding = kb.findings.get(findingKey(groupId, driverId));
  if (!finding) throw new Error(`${askedBy}: no content/findings/${findingKey(groupId, driverId)}.yaml`);
  return finding;
}

// ---------------------------------------------------------------- the matrix

export const MATRIX_TABLES = [5, 6, 7, 8, 9] as const;
export type MatrixTableNumber = (typeof MATRIX_TABLES)[number];
type TableKey = keyof Finding['tables'];

/** Steps of the cell shading: 0 for a count of 0, 1-4 for counts up to a quarter, half, three quarters and all of 22. */
export const SHADE_STEPS = 5;
export function shadeOf(cell: TableCell): number | null {
  return typeof cell === 'number' ? Math.ceil((cell / INTERVIEWEE_COUNT) * (SHADE_STEPS - 1)) : null;
}

export interface NoteMarker {
  id: string;
  message: string;
  /** The note beside the finding's evidence on the driver page. */
  href: string;
}

export interface MatrixCell {
  group: string;
  /** As printed: a count, 0, "-" or null (blank). */
  cell: TableCell;
  /** How the cell reads: "15 of 22", "blank in the table (not reported)". */
  label: string;
  /** The finding's evidence on its driver page: /drivers/<driver>/#in-<group>. */
  href: string;
  /** Shading step (0 … SHADE_STEPS-1), null for blank and "-". */
  shade: number | null;
  notes: NoteMarker[];
}

export interface MatrixRow {
  driver: string;
  /** The row's name as this table prints it (case-study tables may name it differently). */
  name: string;
  href: string;
  cells: MatrixCell[];
}

export interface MatrixTable {
  n: MatrixTableNumber;
  /** Anchor of this table on /evidence/. */
  id: string;
  caption: string;
  /** The table where the thesis prints it. */
  source: string;
  columns: Array<{ id: string; name: string; href: string }>;
  rows: MatrixRow[];
}

const noteMarkers = (notes: readonly DataNote[], driverId: string, groupId: string): NoteMarker[] =>
  notes
    .filter((n) => n.driver === driverId && n.group === groupId)
    .map((n) => ({ id: n.id, message: n.message, href: `${entityPath('driver', driverId)}#note-${n.id}` }));

/**
 * One of Tables 5-9 as a matrix: Tables 5 and 9 have every driver and host
 * group; a case-study table (6-8) only its conflict's groups and the rows it
 * prints. Rows follow Table 5's order in every table, so that switching tables
 * keeps each driver in its place.
 */
export function matrixTable(kb: KB, n: MatrixTableNumber): MatrixTable {
  const key = `table${n}` as TableKey;
  const conflict = n === 5 || n === 9 ? undefined : kb.conflicts.find((c) => c.data.table === n);
  if (n !== 5 && n !== 9 && !conflict) throw new Error(`Evidence matrix: no conflict in content/conflicts/ prints Table ${n}`);
  const groups = conflict ? kb.groups.filter((g) => g.data.conflict === conflict.id) : kb.groups;
  const askedBy = `Evidence matrix, Table ${n}`;
  const rows = kb.drivers.flatMap((d): MatrixRow[] => {
    const findings = groups.map((g) => findingOf(kb, d.id, g.id, askedBy));
    if (findings.every((f) => f.data.tables[key] === undefined)) return []; // not a row of this table
    const name = (conflict && findings.find((f) => f.data.caseStudyRowName)?.data.caseStudyRowName) || d.data.name;
    return [
      {
        driver: d.id,
        name,
        href: entityPath('driver', d.id),
        cells: findings.map((f) => {
          const cell = f.data.tables[key] ?? null;
          return {
            group: f.data.group,
            cell,
            label: cellLabel(cell),
            href: findingPath(d.id, f.data.group),
            shade: shadeOf(cell),
            notes: noteMarkers(kb.notes, d.id, f.data.group),
          };
        }),
      },
    ];
  });
  const where = conflict ? `Pakistani fighters in ${conflict.data.name}` : 'all host groups';
  return {
    n,
    id: `table-${n}`,
    caption: `Table ${n}: interviewees (of ${INTERVIEWEE_COUNT}) reporting each driver, ${where}`,
    source: tableHref(kb, n),
    columns: groups.map((g) => ({ id: g.id, name: g.data.name, href: entityPath('group', g.id) })),
    rows,
  };
}

export function matrixView(kb: KB): MatrixTable[] {
  return MATRIX_TABLES.map((n) => matrixTable(kb, n));
}

// ---------------------------------------------------------------- two groups side by side

export interface GroupPair {
  a: string;
  b: string;
  path: string;
}

/** Every pair of host groups, each once, ids in Table 5's column order: afghan-taliban-vs-iskp … is-fighters-vs-shia-fighters. */
export function groupPairs(kb: Pick<KnowledgeBase, 'groups'>): GroupPair[] {
  return kb.groups.flatMap((a, i) => kb.groups.slice(i + 1).map((b) => ({ a: a.id, b: b.id, path: comparePath(a.id, b.id) })));
}

export type NamedPair = GroupPair & { aName: string; bName: string };

/** The pairs with both groups' names, for link text. */
export function namedPairs(kb: Pick<KnowledgeBase, 'groups'>): NamedPair[] {
  const name = (id: string) => lookup(kb.groups, id, 'host group', 'comparisons').data.name;
  return groupPairs(kb).map((p) => ({ ...p, aName: name(p.a), bName: name(p.b) }));
}

/** The pairs a group is part of, with the other group named: for "compare with …" links. */
export function pairsOf(kb: Pick<KnowledgeBase, 'groups'>, groupId: string): Array<{ other: Entry<'groups'>; path: string }> {
  return groupPairs(kb)
    .filter((p) => p.a === groupId || p.b === groupId)
    .map((p) => ({ other: lookup(kb.groups, p.a === groupId ? p.b : p.a, 'host group', 'compare links'), path: p.path }));
}

/** A evidence view with anchors unique on a page that shows two groups for every driver. */
function compareEvidence(kb: KnowledgeBase, driverId: string, groupId: string): EvidenceView {
  const view = evidence(kb, driverId, groupId, 'driver');
  const anchor = `${driverId}-in-${groupId}`;
  return { ...view, anchor, statements: view.statements.map((s, i) => ({ ...s, anchor: `${anchor}-${i + 1}` })) };
}

export interface CompareRow {
  driver: Entry<'drivers'>;
  a: EvidenceView;
  b: EvidenceView;
  /** a − b where both cells are numbers; null where either is blank or "-". */
  difference: number | null;
}

export interface DiscussionPassage {
  /** The paragraph of the Discussion chapter, word for word. */
  text: string;
  /** The names it was found by, as they appear in the data (group or conflict names). */
  matched: string[];
}

export interface CompareView {
  a: Entry<'groups'>;
  b: Entry<'groups'>;
  path: string;
  rows: CompareRow[];
  discussion: DiscussionPassage[];
  /** The other comparisons each of the two groups is in. */
  others: NamedPair[];
}

export const difference = (a: TableCell, b: TableCell): number | null => (typeof a === 'number' && typeof b === 'number' ? a - b : null);

export function compareView(kb: KnowledgeBase, pair: GroupPair, discussionParagraphs: readonly string[]): CompareView {
  const askedBy = `comparison ${pair.path}`;
  const a = lookup(kb.groups, pair.a, 'host group', askedBy);
  const b = lookup(kb.groups, pair.b, 'host group', askedBy);
  return {
    a,
    b,
    path: pair.path,
    rows: kb.drivers.map((d) => {
      const ea = compareEvidence(kb, d.id, a.id);
      const eb = compareEvidence(kb, d.id, b.id);
      return { driver: d, a: ea, b: eb, difference: difference(ea.cell, eb.cell) };
    }),
    discussion: discussionOf(kb, a, b, discussionParagraphs),
    others: namedPairs(kb).filter((p) => p.path !== pair.path && [p.a, p.b].some((id) => id === a.id || id === b.id)),
  };
}

/** The names a paragraph is searched for, longest first, so that "Islamic State Khorasan Province" is not read as "Islamic State". */
function namesOf(kb: Pick<KnowledgeBase, 'groups' | 'conflicts'>): Array<{ key: string; name: string; ref: string }> {
  const names = [
    ...kb.groups.flatMap((g) => [g.data.name, ...g.data.aliases].map((name) => ({ name, ref: `group:${g.id}` }))),
    ...kb.conflicts.map((c) => ({ name: c.data.name, ref: `conflict:${c.id}` })),
  ];
  return names
    .map((n) => ({ ...n, key: nameKey(n.name) }))
    .filter((n) => n.key !== '')
    .sort((x, y) => y.key.length - x.key.length);
}

/** Which groups and conflicts a paragraph names, each name matched as whole words and only once (the longest name wins). */
export function namedIn(kb: Pick<KnowledgeBase, 'groups' | 'conflicts'>, paragraph: string): Map<string, string[]> {
  let text = ` ${nameKey(paragraph)} `;
  const found = new Map<string, string[]>();
  for (const { key, name, ref } of namesOf(kb)) {
    const needle = ` ${key} `;
    if (!text.includes(needle)) continue;
    text = text.split(needle).join(' \u0000 ');
    found.set(ref, [...(found.get(ref) ?? []), name]);
  }
  return found;
}

/**
 * The paragraphs of the Discussion chapter that name both groups; for two
 * groups in different conflicts, a paragraph that names each group or its
 * conflict (the chapter compares the conflicts more often than the groups).
 */
export function discussionOf(
  kb: Pick<KnowledgeBase, 'groups' | 'conflicts'>,
  a: Entry<'groups'>,
  b: Entry<'groups'>,
  paragraphs: readonly string[],
): DiscussionPassage[] {
  const sameConflict = a.data.conflict === b.data.conflict;
  const refs = (g: Entry<'groups'>) => (sameConflict ? [`group:${g.id}`] : [`group:${g.id}`, `conflict:${g.data.conflict}`]);
  return paragraphs.flatMap((text) => {
    const named = namedIn(kb, text);
    const hit = (g: Entry<'groups'>) => refs(g).flatMap((r) => named.get(r) ?? []);
    const ma = hit(a);
    const mb = hit(b);
    return ma.length && mb.length ? [{ text, matched: [...new Set([...ma, ...mb])] }] : [];
  });
}

// ---------------------------------------------------------------- who said what

export type IntervieweeCategory = (typeof INTERVIEWEE_CATEGORIES)[number];

export interface CategoryCell {
  category: IntervieweeCategory;
  /** The interviewees of this category the finding's footnotes list. */
  interviewees: number[];
}

export interface WhoRow {
  driver: Entry<'drivers'>;
  /** Table 5's cell, as printed, for comparison. */
  cell: TableCell;
  /** Every interviewee the finding's footnotes list (union over its statements), ascending. */
  listed: number[];
  byCategory: CategoryCell[];
  /** Anchor of the row's list of interviewees on the page. */
  anchor: string;
  /** The finding's evidence on its driver page. */
  href: string;
}

export interface WhoView {
  /** The categories in the methodology's order, with their members. */
  categories: Array<{ category: IntervieweeCategory; members: number[] }>;
  groups: Array<{ group: Entry<'groups'>; rows: WhoRow[] }>;
}

/** Who said what: for each finding, the interviewees its footnotes list, by the methodology's categories. A re-tabulation, not a finding of the thesis. */
export function whoSaidWhat(kb: KB): WhoView {
  const categoryOf = new Map(kb.interviewees.map((i) => [i.data.n, i.data.category]));
  return {
    categories: INTERVIEWEE_CATEGORIES.map((category) => ({
      category,
      members: kb.interviewees.filter((i) => i.data.category === category).map((i) => i.data.n),
    })),
    groups: kb.groups.map((group) => ({
      group,
      rows: kb.drivers.map((driver) => {
        const finding = findingOf(kb, driver.id, group.id, 'who said what');
        const listed = [...new Set(finding.data.statements.flatMap((s) => (s.interviewees ? expandIntervieweeList(s.interviewees) : [])))].sort(
          (x, y) => x - y,
        );
        for (const n of listed) {
          if (!categoryOf.has(n))
            throw new Error(`who said what: content/findings/${finding.id}.yaml lists interviewee ${n}, who has no content/interviewees/ file`);
        }
        return {
          driver,
          cell: finding.data.tables.table5,
          listed,
          byCategory: INTERVIEWEE_CATEGORIES.map((category) => ({ category, interviewees: listed.filter((n) => categoryOf.get(n) === category) })),
          anchor: `who-${group.id}-${driver.id}`,
          href: findingPath(driver.id, group.id),
        };
      }),
    })),
  };
}

// ---------------------------------------------------------------- the map

export type MapNodeKind = 'theory' | 'literature' | 'new' | 'driver' | 'group' | 'organization';

export interface MapNode {
  /** Unique on the map: "theory:precht-model", "literature:3", "new:1", "driver:recruitment" … */
  key: string;
  kind: MapNodeKind;
  label: string;
  href: string;
}

export type MapEdgeKind = 'cited-by' | 'consolidated-into' | 'reported-for' | 'hosts';

export interface MapEdge {
  from: string;
  to: string;
  kind: MapEdgeKind;
  /** True where the relation is this site's reading, not the thesis's statement. */
  editorial: boolean;
  /** What the relation rests on, in words. */
  basis: string;
  /** Table 5's count for driver → group edges. */
  weight?: number;
}

export interface MapView {
  nodes: MapNode[];
  edges: MapEdge[];
}

/** One citation of Table 3: the name as printed and its year, if printed. */
export interface Citation {
  name: string;
  year: number | null;
}

/**
 * The citations of a Table 3 row as printed, e.g. "Hafiz & Mullins, 2015;
 * Schmid, 2013, Roy 2002" or "Hegghammer) (Asad Hashim, 2013": names each
 * followed by a year where one is printed.
 */
export function parseCitations(printed: string): Citation[] {
  const out: Citation[] = [];
  for (const raw of printed.split(/[;,()]/)) {
    const token = raw.trim();
    if (!token) continue;
    const m = /^(.*?)\s*(\d{4})$/.exec(token);
    if (m && m[1] === '') {
      const last = out.at(-1);
      if (last && last.year === null) last.year = Number(m[2]);
      continue;
    }
    out.push(m ? { name: m[1]!.trim(), year: Number(m[2]) } : { name: token, year: null });
  }
  return out;
}

const citationKey = (name: string) => nameKey(name.replace(/&/g, ' and '));

/** The theory a printed citation names: by the theory's aliases (the spellings the thesis uses) and its authors' surnames. */
export function theoryCited(theories: KnowledgeBase['theories'], citation: Citation): Entry<'theories'> | undefined {
  const key = citationKey(citation.name);
  return theories.find((t) => {
    const names = [...t.data.aliases, ...t.data.authors.map((a) => a.split(',')[0] ?? a), t.data.authors.map((a) => a.split(',')[0]).join(' and ')];
    return names.some((n) => citationKey(n) === key);
  });
}

export function mapView(kb: Pick<KnowledgeBase, 'theories' | 'candidateDrivers' | 'drivers' | 'groups' | 'organizations' | 'findings' | 'conflicts'>): MapView {
  const methodology = (n: 3 | 4) => tableHref(kb, n);
  const nodes: MapNode[] = [
    ...kb.theories.map((t) => ({ key: `theory:${t.id}`, kind: 'theory' as const, label: t.data.name, href: entityPath('theory', t.id) })),
    ...kb.candidateDrivers.map((c) => ({
      key: `${c.data.table === 3 ? 'literature' : 'new'}:${c.data.number}`,
      kind: c.data.table === 3 ? ('literature' as const) : ('new' as const),
      label: c.data.name,
      href: methodology(c.data.table),
    })),
    ...kb.drivers.map((d) => ({ key: `driver:${d.id}`, kind: 'driver' as const, label: d.data.name, href: entityPath('driver', d.id) })),
    ...kb.groups.map((g) => ({ key: `group:${g.id}`, kind: 'group' as const, label: g.data.name, href: entityPath('group', g.id) })),
  ];
  const edges: MapEdge[] = [];
  for (const c of kb.candidateDrivers) {
    const key = `${c.data.table === 3 ? 'literature' : 'new'}:${c.data.number}`;
    if (c.data.table === 3 && c.data.citations) {
      const cited = new Map<string, { theory: Entry<'theories'>; citations: Citation[] }>();
      for (const citation of parseCitations(c.data.citations)) {
        const theory = theoryCited(kb.theories, citation);
        if (theory) cited.set(theory.id, { theory, citations: [...(cited.get(theory.id)?.citations ?? []), citation] });
      }
      for (const { theory, citations } of cited.values()) {
        const printed = citations.map((x) => `“${x.name}${x.year ? `, ${x.year}` : ''}”`).join(', ');
        // Only another year printed for the author: perhaps another work of theirs, so the link is this site's reading.
        const otherYear = citations.every((x) => x.year !== null && x.year !== theory.data.year);
        edges.push({
          from: `theory:${theory.id}`,
          to: key,
          kind: 'cited-by',
          editorial: otherYear,
          basis: otherYear ? `Table 3 cites ${printed}; the theory is dated ${theory.data.year}: editorial, same author` : `Table 3 cites ${printed}`,
        });
      }
    }
    for (const d of c.data.consolidatedInto) {
      lookup(kb.drivers, d, 'driver', `content/candidate-drivers/t${c.data.table}-${String(c.data.number).padStart(2, '0')}.yaml`);
      edges.push({
        from: key,
        to: `driver:${d}`,
        kind: 'consolidated-into',
        editorial: c.data.basis !== 'stated',
        basis: c.data.basis === 'stated' ? 'the methodology states the merge' : 'editorial reading: the methodology does not state this merge',
      });
    }
  }
  for (const d of kb.drivers) {
    for (const g of kb.groups) {
      const cell = findingOf(kb, d.id, g.id, 'map').data.tables.table5;
      if (typeof cell === 'number' && cell > 0)
        edges.push({ from: `driver:${d.id}`, to: `group:${g.id}`, kind: 'reported-for', editorial: false, basis: `Table 5: ${cellLabel(cell)}`, weight: cell });
    }
  }
  for (const g of kb.groups) {
    for (const id of g.data.organizations) {
      const o = lookup(kb.organizations, id, 'organization', `content/groups/${g.id}.yaml`);
      if (!nodes.some((n) => n.key === `organization:${o.id}`))
        nodes.push({ key: `organization:${o.id}`, kind: 'organization', label: o.data.name, href: entityPath('organization', o.id) });
      edges.push({ from: `organization:${o.id}`, to: `group:${g.id}`, kind: 'hosts', editorial: false, basis: `host organization of ${g.data.name}` });
    }
  }
  return { nodes, edges };
}

/** The paragraphs of a thesis page as printed (page breaks rejoined, footnote markers left out), from the source text. */
export function pageParagraphs(source: string, slug: string): string[] {
  const text = splitIntoPages(source).get(slug);
  if (text === undefined) throw new Error(`Evidence views: no thesis page "${slug}" in content/source/thesis.txt`);
  return rejoinParagraphs(splitBlocks(text))
    .blocks.flatMap((b) => (b.kind === 'paragraph' && !isHeadingLike(b.text) ? [b.text.replace(FOOTNOTE_MARKER, '').replace(/\s+/g, ' ').trim()] : []))
    .filter((t) => t !== '');
}
