/**
 * What the components of the thesis's pages show (src/user-components/, used
 * by the MDX that render-mdx.ts writes) and the home page's: each function
 * loads the knowledge base (once per build) and computes what one component
 * renders, and stops the build, naming the file, where the MDX or the home
 * page's findings name what the data does not have. The components render
 * what they are given and never load the data themselves
 * (tests/unit/component-imports.test.ts).
 */
import { caseStudyChart, intervieweeCategoryChart, intervieweeFindingsChart, table9Chart } from '../charts/from-knowledge.ts';
import type { ChartSpec } from '../charts/spec.ts';
import { loadKnowledge } from '../knowledge/index.ts';
import { findingKey } from '../knowledge/keys.ts';
import { ENTITY_KIND_NAMES, entityPath, type EntityKind } from '../knowledge/kinds.ts';
import type { Mention } from '../knowledge/backlinks.ts';
import type { DataNote } from '../knowledge/data-notes/rules.ts';
import { entitiesOfKind } from '../knowledge/views.ts';
import { partOf } from '../source/document.ts';
import { THESIS } from '../source/thesis.ts';
import { HOME_FINDINGS, countsLine, linkedParts, type HomeFinding } from './home-findings.ts';
import { dataNoteMarkerAt, dataNoteMarkers, notesOnPage, unplacedMarkers, type NoteMarker } from './note-markers.ts';

/** <CitedIn ids={…}>: for each entry printed on the line, its name and the sections that cite it (those cited at all). */
export async function citedInView(ids: readonly string[]): Promise<Array<{ name: string; sections: Mention[] }>> {
  const kb = await loadKnowledge();
  return ids
    .map((id) => {
      const entry = kb.references.find((r) => r.id === id);
      if (!entry) throw new Error(`content/docs/references.mdx: <CitedIn> names "${id}", which is no entry of content/references/references.yaml`);
      return { name: `${entry.data.authors} (${entry.data.year})`, sections: kb.citedIn.get(id) ?? [] };
    })
    .filter((e) => e.sections.length > 0);
}

/** <DataNoteMarker>: the marker of the data notes about the section at `anchor` of `page` ('' for the opening), if any. */
export async function dataNoteMarkerView(page: string, anchor: string): Promise<NoteMarker | undefined> {
  return dataNoteMarkerAt((await loadKnowledge()).notes, page, anchor);
}

/**
 * <NotesOnThisText>: the data notes on `page` (a note that quotes several
 * places shows on each of their pages). A note about a section the page does
 * not have stops the build: it would be listed but marked nowhere.
 */
export async function dataNotesOnPage(page: string): Promise<DataNote[]> {
  const { notes } = await loadKnowledge();
  const unplaced = unplacedMarkers(dataNoteMarkers(notes, page), partOf(THESIS, page));
  if (unplaced.length > 0) {
    throw new Error(
      `Data notes on ${page}: no section #${unplaced.map((m) => m.anchor).join(', #')} on the page for ${unplaced.map((m) => m.href).join(', ')}`,
    );
  }
  return notesOnPage(notes, page);
}

/** The charts the MDX and the home page place by name, drawn from the data collections (never from numbers in the MDX). */
export const chartViews = {
  /** <CaseStudyChart table={6|7|8}>: a case study's own table; `where` names the page in the error for another table. */
  async caseStudy(table: number, where: string): Promise<ChartSpec> {
    if (![6, 7, 8].includes(table)) throw new Error(`<CaseStudyChart table={${String(table)}} />: table must be 6, 7 or 8 (the case-study tables) in ${where}`);
    return caseStudyChart(await loadKnowledge(), table);
  },
  /** <DriversChart>: Table 9, the drivers by the five host groups. */
  table9: async (): Promise<ChartSpec> => table9Chart(await loadKnowledge()),
  /** <IntervieweesChart>: the interviewees by category. */
  intervieweeCategories: async (): Promise<ChartSpec> => intervieweeCategoryChart(await loadKnowledge()),
  /** <IntervieweeFindingsChart>: which interviewee is counted for which driver. */
  intervieweeFindings: async (): Promise<ChartSpec> => intervieweeFindingsChart(await loadKnowledge()),
};

/** <KnowledgeBaseCards>: how many entities of each kind the data holds. */
export async function entityCounts(): Promise<Record<EntityKind, number>> {
  const kb = await loadKnowledge();
  return Object.fromEntries(ENTITY_KIND_NAMES.map((kind) => [kind, entitiesOfKind(kb, kind).length])) as Record<EntityKind, number>;
}

export interface HomeFindingView extends HomeFinding {
  /** The words in order, a phrase that names a driver with its page's path. */
  parts: Array<{ text: string; href: string | undefined }>;
  /** Table 5's counts of the first driver the words name, for the groups they speak of. */
  counts: HomeFinding['counts'] & { line: string };
}

/** The home page's findings (home-findings.ts) with their links and Table 5's counts; an unknown driver or group stops the build. */
export async function homeFindingsView(): Promise<HomeFindingView[]> {
  const kb = await loadKnowledge();
  const where = 'src/edition/home-findings.ts';
  const driver = (id: string) => {
    const d = kb.drivers.find((x) => x.id === id);
    if (!d) throw new Error(`${where}: no driver "${id}" in content/drivers/`);
    return d;
  };
  return HOME_FINDINGS.map((f) => ({
    ...f,
    parts: linkedParts(f).map((p) => ({ text: p.text, href: p.driver ? entityPath('driver', driver(p.driver).id) : undefined })),
    counts: {
      ...f.counts,
      line: countsLine(
        f.counts.groups.map((g) => {
          const group = kb.groups.find((x) => x.id === g);
          const finding = kb.findings.get(findingKey(g, f.counts.driver));
          if (!group || !finding) throw new Error(`${where}: no host group "${g}" with a finding for "${f.counts.driver}"`);
          return { group: group.data.name, cell: finding.data.tables.table5 };
        }),
      ),
    },
  }));
}
