/**
 * The open-data downloads of /data/, generated from the collections.
 * Pure: knowledge base in, JSON-ready objects or CSV text out.
 */
import { entityPath } from './kinds.ts';
import type { KnowledgeBase } from './index.ts';
import { findingKey } from './keys.ts';
import { expandIntervieweeList } from './interviewee-lists.ts';
import { sectionHref } from './sections.ts';

export interface DriversTable {
  groups: string[];
  drivers: Array<{ id: string; name: string; counts: Record<string, number | null> }>;
}

/** Table 5: each driver's count for each host group; null where the table leaves the cell blank. */
export function driversTable(kb: KnowledgeBase): DriversTable {
  return {
    groups: kb.groups.map((g) => g.id),
    drivers: kb.drivers.map((d) => ({
      id: d.id,
      name: d.data.name,
      counts: Object.fromEntries(
        kb.groups.map((g) => {
          const cell = kb.findings.get(findingKey(g.id, d.id))?.data.tables.table5;
          return [g.id, typeof cell === 'number' ? cell : null];
        }),
      ),
    })),
  };
}

export function findingsData(kb: KnowledgeBase) {
  return [...kb.findings.values()].map((f) => ({
    id: f.id,
    driver: f.data.driver,
    group: f.data.group,
    tables: f.data.tables,
    statements: f.data.statements.map((s) => ({
      ...s,
      intervieweesExpanded: s.interviewees ? expandIntervieweeList(s.interviewees) : [],
      sectionUrl: sectionHref(s.section),
    })),
    quotes: f.data.quotes.map((q) => ({ ...q, sectionUrl: sectionHref(q.section) })),
  }));
}

export function intervieweesData(kb: KnowledgeBase) {
  return kb.interviewees.map((i) => ({ ...i.data, url: entityPath('interviewee', i.data.n) }));
}

/** RFC 4180 CSV: fields with a comma, quote or line break are quoted. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  const field = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
