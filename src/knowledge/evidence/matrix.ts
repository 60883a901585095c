/**
 * The driver × host-group matrix of Tables 5-9 (/evidence/), computed from the
 * knowledge base: cells read as printed (a count, 0, "-" or blank), every id
 * followed resolved or the build stops naming it (see `lookup` in views.ts).
 */
import type { DataNote } from '../data-notes/rules.ts';
import type { KnowledgeBase } from '../index.ts';
import { cellLabel } from '../cells.ts';
import { entityPath, findingPath } from '../kinds.ts';
import { INTERVIEWEE_COUNT, type Finding, type GroupId, type TableCell } from '../schemas.ts';
import { caseStudyTable, tableHref } from '../table-pages.ts';
import { findingOf } from './finding-of.ts';

type KB = Pick<KnowledgeBase, 'drivers' | 'groups' | 'conflicts' | 'findings' | 'notes'>;

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
  // A case-study table's columns are the groups whose case-study table it is (table-pages.ts); its conflict is theirs.
  const groups = n === 5 || n === 9 ? kb.groups : kb.groups.filter((g) => caseStudyTable(g.id as GroupId) === n);
  const conflict = n === 5 || n === 9 ? undefined : kb.conflicts.find((c) => c.id === groups[0]?.data.conflict);
  if (n !== 5 && n !== 9 && !conflict) throw new Error(`Evidence matrix: Table ${n} has no host group of content/groups/ among its columns`);
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
    source: tableHref(n),
    columns: groups.map((g) => ({ id: g.id, name: g.data.name, href: entityPath('group', g.id) })),
    rows,
  };
}

export function matrixView(kb: KB): MatrixTable[] {
  return MATRIX_TABLES.map((n) => matrixTable(kb, n));
}
