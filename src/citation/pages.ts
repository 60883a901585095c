/**
 * Which pages are citable, and under what title: the thesis's pages (from
 * src/source/parts.ts), the entity pages (from the knowledge base) and
 * the index and data pages. The first are parts of the thesis; the others
 * are pages this site composes from its data (isThesisPart).
 * Each gets a "Cite this page" block, citation_* meta tags, JSON-LD and
 * BibTeX/RIS/CSL-JSON downloads at /cite/<file stem>.<ext>.
 *
 * Titles in citations are in sentence case (see sentence-case.ts): chapter
 * labels, driver and host-group names, and table captions are converted;
 * theory names are already written in sentence case, and organization names
 * and interviewees' roles are proper names, kept as printed.
 */
import type { KnowledgeBase } from '../knowledge/index.ts';
import { ENTITY_KINDS, entityPath, type EntityKind } from '../knowledge/kinds.ts';
import type { ThesisDocument } from '../source/document.ts';
import { THESIS_PAGES, type ThesisPage } from '../source/parts.ts';
import { namedPairs } from '../knowledge/evidence/compare.ts';
import { BY_CATEGORY_PATH, BY_CATEGORY_TITLE, EVIDENCE_PATH, EVIDENCE_TITLE, MAP_PATH, MAP_TITLE, compareTitle } from '../knowledge/view-paths.ts';
import { PART_PAGES, type PrintedPages } from './page-ranges.ts';
import { sentenceCase, THESIS_PROPER_NOUNS } from './sentence-case.ts';

export type CitableKind = 'chapter' | 'thesis-part' | EntityKind | 'index' | 'view';

/**
 * Whether a page is a real part of the thesis (cited as a section of it) or a
 * page this site composes from the thesis's data (cited as a web page of the
 * knowledge base, based on the thesis).
 */
export const isThesisPart = (kind: CitableKind): boolean => kind === 'chapter' || kind === 'thesis-part';

/**
 * The index pages and the data page: composed from the thesis's data like the
 * entity pages, and cited like them. Titles as the pages show them (their
 * StarlightPage frontmatter in src/pages/<dir>/index.astro).
 */
export const INDEX_PAGES: ReadonlyArray<{ dir: string; title: string }> = [
  // The entity kinds' indexes, from the registry; interviewees have none of their own (/interviews/ is the thesis's List of Interviews).
  ...(['driver', 'group', 'theory', 'organization'] as const).map((kind) => ({ dir: ENTITY_KINDS[kind].urlFolder, title: ENTITY_KINDS[kind].plural })),
  { dir: 'data', title: 'Open data and data notes' },
];

export interface CitablePage {
  /** Site path with slashes at both ends: "/drivers/recruitment/". */
  path: string;
  kind: CitableKind;
  /** The title as the page shows it. */
  title: string;
  /** The title in sentence case, for CSL. */
  citationTitle: string;
  /** Download path without extension, under /cite/: "drivers/recruitment". */
  fileStem: string;
  /** What an entity page is about, for JSON-LD (entity pages only). */
  facts?: EntityFacts | undefined;
  /** A real part of the thesis: its printed pages, from the thesis's table of contents (none for the front matter). */
  pages?: PrintedPages | undefined;
}

/** The facts JSON-LD states about an entity (src/citation/head.ts). */
export interface EntityFacts {
  description: string;
  /** A theory's authors and year. */
  authors?: string[];
  year?: number;
  /** An organization's other spellings and names (the thesis's and those in wider use). */
  alternateNames?: string[];
  /** An interviewee's role as printed. */
  role?: string;
}

export type EntitySource = Pick<KnowledgeBase, 'drivers' | 'groups' | 'theories' | 'organizations' | 'interviewees' | 'conflicts'>;

/** The proper nouns the knowledge base knows, for sentence case: places, organizations under every name, theory authors. */
export function properNouns(kb: EntitySource): string[] {
  const names = [
    ...THESIS_PROPER_NOUNS,
    ...kb.conflicts.map((c) => c.data.name),
    ...kb.organizations.flatMap((o) => [o.data.name, ...o.data.spellings, ...o.data.otherNames.map((n) => n.value)]),
    ...kb.theories.flatMap((t) => t.data.authors.flatMap((a) => a.split(/[\s,]+/).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w)))),
  ];
  return [...new Set(names)];
}

/** A thesis page's title in citations: its table-of-contents label, number included, as printed ("3. Methodology"). */
export const thesisPageTitle = (page: ThesisPage): string => page.label;

/** Sentence case after the section number: "2. Theoretical and Conceptual Framework" → "2. Theoretical and conceptual framework". */
function numberedSentenceCase(title: string, nouns: readonly string[]): string {
  const m = /^(\d+(?:\.\d+)*\.?\s+)(.+)$/.exec(title);
  return m ? `${m[1]}${sentenceCase(m[2]!, nouns)}` : sentenceCase(title, nouns);
}

export function thesisPages(nouns: readonly string[] = THESIS_PROPER_NOUNS, printed: ReadonlyMap<string, PrintedPages> = PART_PAGES): CitablePage[] {
  return THESIS_PAGES.map((page) => {
    const title = thesisPageTitle(page);
    return {
      path: `/${page.slug}/`,
      kind: page.group === 'Chapters' || page.group === 'Case studies' ? 'chapter' : 'thesis-part',
      title,
      citationTitle: numberedSentenceCase(title, nouns),
      fileStem: page.slug,
      pages: printed.get(page.slug),
    };
  });
}

export function entityPages(kb: EntitySource, nouns: readonly string[] = properNouns(kb)): CitablePage[] {
  const page = (kind: EntityKind, id: string, title: string, citationTitle: string, facts: EntityFacts): CitablePage => {
    const path = entityPath(kind, id);
    // The download mirrors the page's path: /drivers/recruitment/ → /cite/drivers/recruitment.bib.
    return { path, kind, title, citationTitle, fileStem: path.slice(1, -1), facts };
  };
  return [
    ...kb.drivers.map((d) => page('driver', d.id, d.data.name, sentenceCase(d.data.name, nouns), { description: d.data.description })),
    ...kb.groups.map((g) => page('group', g.id, g.data.name, sentenceCase(g.data.name, nouns), { description: g.data.description })),
    ...kb.theories.map((t) => page('theory', t.id, t.data.name, t.data.name, { description: t.data.summary, authors: t.data.authors, year: t.data.year })),
    ...kb.organizations.map((o) =>
      page('organization', o.id, o.data.name, o.data.name, {
        description: o.data.role,
        // JSON-LD names the organization under every name, the thesis's and those in wider use alike.
        alternateNames: [...new Set([...o.data.spellings, ...o.data.otherNames.map((n) => n.value)])].filter((n) => n !== o.data.name),
      }),
    ),
    ...kb.interviewees.map((i) => {
      const title = `Interviewee ${i.data.n}: ${i.data.role}`;
      return page('interviewee', String(i.data.n), title, title, { description: i.data.entry, role: i.data.role });
    }),
  ];
}

export function indexPages(nouns: readonly string[] = THESIS_PROPER_NOUNS): CitablePage[] {
  return INDEX_PAGES.map(({ dir, title }) => ({ path: `/${dir}/`, kind: 'index', title, citationTitle: sentenceCase(title, nouns), fileStem: dir }));
}

/** The views of the evidence across pages: the matrix, who said what, the map, and each comparison of two host groups. */
export function viewPages(kb: Pick<KnowledgeBase, 'groups'>, nouns: readonly string[] = THESIS_PROPER_NOUNS): CitablePage[] {
  const page = (path: string, title: string): CitablePage => ({
    path,
    kind: 'view',
    title,
    citationTitle: sentenceCase(title, nouns),
    fileStem: path.slice(1, -1),
  });
  return [
    page(EVIDENCE_PATH, EVIDENCE_TITLE),
    page(BY_CATEGORY_PATH, BY_CATEGORY_TITLE),
    page(MAP_PATH, MAP_TITLE),
    ...namedPairs(kb).map((p) => page(p.path, compareTitle(p.aName, p.bName))),
  ];
}

/** Every citable page by path; throws if two pages would share a path or a download file. */
export function citablePages(kb: EntitySource): Map<string, CitablePage> {
  const nouns = properNouns(kb);
  const all = [...thesisPages(nouns), ...entityPages(kb, nouns), ...indexPages(nouns), ...viewPages(kb, nouns)];
  const byPath = new Map<string, CitablePage>();
  const stems = new Set<string>();
  for (const p of all) {
    if (byPath.has(p.path)) throw new Error(`Two citable pages at ${p.path}`);
    if (stems.has(p.fileStem) || p.fileStem === THESIS_FILE_STEM) throw new Error(`Two citation downloads named /cite/${p.fileStem}.*`);
    byPath.set(p.path, p);
    stems.add(p.fileStem);
  }
  return byPath;
}

/** Downloads for the thesis as a whole: /cite/thesis.bib and so on. */
export const THESIS_FILE_STEM = 'thesis';

export const DOWNLOADS = [
  { ext: 'bib', label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8' },
  { ext: 'ris', label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8' },
  { ext: 'json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
] as const;
export type DownloadExt = (typeof DOWNLOADS)[number]['ext'];

export const downloadPath = (fileStem: string, ext: DownloadExt): string => `/cite/${fileStem}.${ext}`;

/** A finding (a driver in a host group) on a driver or group page. */
export function findingTitle(driverTitle: string, groupTitle: string): string {
  return `${driverTitle}: ${groupTitle}`;
}

/** The tables a part of the thesis prints, with their captions as printed, in page order (the document model's). */
export function tablesOfPart(doc: ThesisDocument, slug: string): Array<{ n: number; caption: string }> {
  const part = doc.parts.find((p) => p.slug === slug);
  return (part?.blocks ?? []).flatMap((b) => (b.kind === 'table' ? [{ n: b.number, caption: b.caption }] : []));
}
