/**
 * Data notes of the text family: the text against itself (totals and their
 * parts, references to tables, the table of contents, the years of an
 * organization's history). See rules.ts for what each kind means.
 */
import type { NumberedHeading, StatedTotal, TableReference } from '../../source/audit-text.ts';
import type { DatedEvent } from '../schemas.ts';
import type { DataNote, SectionLabel } from './rules.ts';

/** Notes each event of an organization that the text dates to more than one year; one note per event. */
export function checkEventYears(
  organizations: ReadonlyArray<{ id: string; data: { name: string; datedEvents: readonly DatedEvent[] } }>,
  label: SectionLabel,
): DataNote[] {
  const notes: DataNote[] = [];
  for (const org of organizations) {
    const byEvent = new Map<string, DatedEvent[]>();
    for (const dated of org.data.datedEvents) byEvent.set(dated.event, [...(byEvent.get(dated.event) ?? []), dated]);
    for (const [event, dates] of byEvent) {
      const years = [...new Set(dates.map((d) => d.year))];
      if (years.length < 2) continue;
      notes.push({
        id: `${org.id}-${event
          .replace(/[^a-z0-9]+/gi, '-')
          .replace(/^-|-$/g, '')
          .toLowerCase()}`,
        kind: 'event-year',
        organization: org.id,
        message:
          years.length === 2
            ? `The text dates ${event} of ${org.data.name} to ${years[0]} in one place and to ${years[1]} in another.`
            : `The text dates ${event} of ${org.data.name} to ${years.join(', ')} in different places.`,
        sources: dates.map((d) => ({ source: label(d.section), says: d.asWritten, section: d.section })),
        section: dates[0]!.section,
      });
    }
  }
  return notes;
}

/** Totals stated with their parts, where the parts do not add up to the total. */
export function checkStatedTotals(totals: readonly StatedTotal[]): DataNote[] {
  return totals.flatMap((t) => {
    const sum = t.parts.reduce((a, p) => a + p.value, 0);
    if (sum === t.total) return [];
    const fmt = (n: number) => n.toLocaleString('en-US');
    return [
      {
        id: `stated-total-${t.total}`,
        kind: 'stated-total' as const,
        message: `The text gives a total of ${fmt(t.total)} and parts that add up to ${fmt(sum)} (${t.parts.map((p) => fmt(p.value)).join(' + ')}).`,
        sources: [
          { source: 'Total in the text', says: t.totalAsWritten },
          { source: 'Parts in the text', says: t.parts.map((p) => p.asWritten).join(', ') },
          { source: 'Sum of the parts', says: fmt(sum) },
        ],
        section: t.section,
      },
    ];
  });
}

/** A sentence that sends the reader to one table, followed directly by another. */
export function checkTableReferences(refs: readonly TableReference[]): DataNote[] {
  return refs.flatMap((r) =>
    r.nextCaption && r.nextCaption.table !== r.table
      ? [
          {
            id: `cross-reference-table-${r.table}`,
            kind: 'cross-reference' as const,
            message: `The text says "${r.asWritten}", and the table printed right after it is Table ${r.nextCaption.table}.`,
            sources: [
              { source: 'The text', says: r.asWritten },
              { source: 'The table that follows', says: r.nextCaption.asWritten },
            ],
            section: r.section,
          },
        ]
      : [],
  );
}

const ORDINALS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10' };
const TITLE_STOP = new Set(['the', 'of', 'in', 'and', 'a']);
function titleWords(title: string): string[] {
  return title
    .toLowerCase()
    .replace(/[“”"'’:&.,]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !TITLE_STOP.has(w))
    .map((w) => ORDINALS[w] ?? w);
}
function overlap(a: readonly string[], b: readonly string[]): number {
  const A = new Set(a.filter((w) => !/^\d+$/.test(w)));
  const B = new Set(b.filter((w) => !/^\d+$/.test(w)));
  const both = [...A].filter((w) => B.has(w)).length;
  return both / (new Set([...A, ...B]).size || 1);
}

/**
 * Section numbering that differs between the table of contents and the body:
 * a heading whose title the table of contents gives under another number, or
 * whose number in words differs ("Case study One" / "Case study two").
 * Headings only worded differently (Issue / Conflict) are not numbering.
 */
export function checkTocNumbering(toc: readonly NumberedHeading[], body: readonly NumberedHeading[]): DataNote[] {
  const notes: DataNote[] = [];
  const bodyNumbers = new Set(body.map((b) => b.number));
  for (const b of body) {
    const words = titleWords(b.title);
    let best: NumberedHeading | undefined;
    let bestScore = 0;
    for (const t of toc) {
      const score = overlap(words, titleWords(t.title));
      if (score > bestScore || (score === bestScore && score > 0 && t.number === b.number)) {
        best = t;
        bestScore = score;
      }
    }
    if (!best || bestScore < 0.6) continue;
    const tocWords = titleWords(best.title);
    const numeralsDiffer =
      tocWords.length === words.length &&
      tocWords.some((w, i) => w !== words[i]) &&
      tocWords.every((w, i) => w === words[i] || (/^\d+$/.test(w) && /^\d+$/.test(words[i] ?? '')));
    if (best.number === b.number && !numeralsDiffer) continue;
    const missing = best.number !== b.number && !bodyNumbers.has(best.number) ? ` The text has no section ${best.number}.` : '';
    notes.push({
      id: `toc-${b.number.replace(/\./g, '-')}`,
      kind: 'toc-numbering',
      message:
        best.number !== b.number
          ? `The table of contents numbers this section ${best.number}; the heading in the text numbers it ${b.number}.${missing}`
          : `The table of contents and the heading in the text number this section differently in words: "${best.title}" and "${b.title}".`,
      sources: [
        { source: 'Table of contents', says: best.asWritten },
        { source: 'Heading in the text', says: b.asWritten },
      ],
      section: b.section ?? { page: 'front-matter' },
    });
  }
  return notes;
}
