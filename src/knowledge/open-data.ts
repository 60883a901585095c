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

export function driversCsv(kb: KnowledgeBase): string {
  const t = driversTable(kb);
  return toCsv(
    ['id', 'name', ...t.groups],
    t.drivers.map((d) => [d.id, d.name, ...t.groups.map((g) => d.counts[g] ?? null)]),
  );
}

export function findingsCsv(kb: KnowledgeBase): string {
  const rows = findingsData(kb).flatMap((f) =>
    f.statements.map((s) => [
      f.driver,
      f.group,
      s.text,
      s.count?.asWritten ?? null,
      s.count?.value ?? null,
      s.percent,
      s.footnote,
      s.interviewees,
      s.intervieweesExpanded.join(' '),
      s.aspect,
      s.sectionUrl,
    ]),
  );
  return toCsv(
    ['driver', 'group', 'text', 'count_as_written', 'count', 'percent', 'footnote', 'interviewees_as_printed', 'interviewees_expanded', 'aspect', 'section'],
    rows,
  );
}

export function intervieweesCsv(kb: KnowledgeBase): string {
  return toCsv(
    ['n', 'role', 'category', 'date', 'date_as_written', 'place', 'mode', 'entry'],
    kb.interviewees.map((i) => [i.data.n, i.data.role, i.data.category, i.data.date, i.data.dateAsWritten, i.data.place, i.data.mode, i.data.entry]),
  );
}
