/**
 * Chart specs computed from the data collections: Table 9, a driver across
 * the host groups, a host group's drivers ranked, a case study's own table,
 * the interviewees by category, and the findings each interviewee is counted in. Pure: the knowledge base in, a spec out.
 *
 * Cells are read as printed (cellAsPrinted in src/knowledge/cells.ts): a
 * blank cell is "blank" (no bar, never 0, and not "not reported": Table 9
 * leaves blank cells that Table 5 prints as 0), "-" stays "-", 0 is a bar of
 * length 0 labelled 0. A cell missing
 * from the data where the chart needs it stops the build, naming the file.
 */
import { cellAsPrinted, rankValue } from '../knowledge/cells.ts';
import { entityPath } from '../knowledge/kinds.ts';
import type { Entry, KnowledgeBase } from '../knowledge/index.ts';
import { INTERVIEWEE_CATEGORIES, INTERVIEWEE_COUNT, type Finding, type TableCell } from '../knowledge/schemas.ts';
import { NEUTRAL_COLOUR, groupColour } from './palette.ts';
import { chartCell, listOf, wrapLabel, type ChartSeries, type ChartSpec } from './spec.ts';

/** What the chart builders read; a subset of the knowledge base, so tests can pass small fixtures. */
export type ChartKnowledge = Pick<KnowledgeBase, 'drivers' | 'groups' | 'conflicts' | 'findings' | 'interviewees' | 'countedIn'>;

type TableKey = keyof Finding['tables'];

const AXIS = { title: 'Interviewees (of 22)', max: INTERVIEWEE_COUNT } as const;

function findingOf(kb: ChartKnowledge, driverId: string, groupId: string): Entry<'findings'> {
  for (const finding of kb.findings.values()) {
    if (finding.data.driver === driverId && finding.data.group === groupId) return finding;
  }
  throw new Error(`Charts: no finding for driver "${driverId}" in host group "${groupId}" in content/findings/`);
}

/** A cell the chart needs: missing data is an error, never an empty bar. */
function requiredCell(kb: ChartKnowledge, driverId: string, groupId: string, table: TableKey): TableCell {
  const finding = findingOf(kb, driverId, groupId);
  const cell = finding.data.tables[table];
  if (cell === undefined) throw new Error(`Charts: content/findings/${finding.id}.yaml has no ${table} cell, which the ${table} chart needs`);
  return cell;
}

function driverEntry(kb: ChartKnowledge, id: string): Entry<'drivers'> {
  const driver = kb.drivers.find((d) => d.id === id);
  if (!driver) throw new Error(`Charts: unknown driver "${id}" (no content/drivers/${id}.yaml)`);
  return driver;
}

function groupEntry(kb: ChartKnowledge, id: string): Entry<'groups'> {
  const group = kb.groups.find((g) => g.id === id);
  if (!group) throw new Error(`Charts: unknown host group "${id}" (no content/groups/${id}.yaml)`);
  return group;
}

/** Numbers first (largest first), then "-" and blank cells: the order of GroupView's ranking. */

const driverCategory = (d: Entry<'drivers'>, name = d.data.name) => ({ name, lines: wrapLabel(d.data.shortName), href: entityPath('driver', d.id) });
const groupCategory = (g: Entry<'groups'>) => ({ name: g.data.name, lines: wrapLabel(g.data.name), href: entityPath('group', g.id) });

function groupSeries(group: Entry<'groups'>, cells: TableCell[], table5?: TableCell[]): ChartSeries {
  const colour = groupColour(group.id);
  return {
    key: group.id,
    label: group.data.name,
    colour,
    cells: cells.map((c, i) => {
      const cell = chartCell(c, colour);
      const printed = table5?.[i];
      // Tables 6-9 leave blank some cells that Table 5 prints as 0: the tooltip says both, as printed.
      return printed !== undefined && cellAsPrinted(printed) !== cell.text ? { ...cell, note: `Table 5 prints ${cellAsPrinted(printed)}` } : cell;
    }),
  };
}

/**
 * Counts in words, largest first, equal counts together:
 * "22 of 22 interviewees for A and B; 15 for C; 0 for D; blank in the table for E".
 */
export function describeCounts(items: ReadonlyArray<{ name: string; cell: TableCell }>): string {
  const byValue = new Map<number, string[]>();
  for (const { name, cell } of items) if (typeof cell === 'number') byValue.set(cell, [...(byValue.get(cell) ?? []), name]);
  const phrases = [...byValue.entries()]
    .sort(([a], [b]) => b - a)
    .map(([value, names], i) => `${value}${i === 0 ? ` of ${INTERVIEWEE_COUNT} interviewees` : ''} for ${listOf(names)}`);
  const blank = items.filter((i) => i.cell === null).map((i) => i.name);
  const dash = items.filter((i) => i.cell === '-').map((i) => i.name);
  if (blank.length) phrases.push(`blank in the table for ${listOf(blank)}`);
  if (dash.length) phrases.push(`"-" in the table for ${listOf(dash)}`);
  return phrases.join('; ');
}

/** "most reported A and B (22 of 22 interviewees each); least reported C (5)". */
export function describeExtremes(items: ReadonlyArray<{ name: string; cell: TableCell }>): string {
  const numbers = items.flatMap((i) => (typeof i.cell === 'number' && i.cell > 0 ? [{ name: i.name, value: i.cell }] : []));
  if (numbers.length === 0) return `no driver has a count above 0`;
  const max = Math.max(...numbers.map((n) => n.value));
  const min = Math.min(...numbers.map((n) => n.value));
  const top = numbers.filter((n) => n.value === max).map((n) => n.name);
  const bottom = numbers.filter((n) => n.value === min).map((n) => n.name);
  const each = (names: string[]) => (names.length > 1 ? ' each' : '');
  let text = `most reported: ${listOf(top)} (${max} of ${INTERVIEWEE_COUNT} interviewees${each(top)})`;
  if (min < max) text += `; least reported: ${listOf(bottom)} (${min}${each(bottom)})`;
  const zero = items.filter((i) => i.cell === 0).map((i) => i.name);
  const blank = items.filter((i) => i.cell === null).map((i) => i.name);
  if (zero.length) text += `; 0 for ${listOf(zero)}`;
  if (blank.length) text += `; blank in the table for ${listOf(blank)}`;
  return text;
}

/** One driver's Table 5 count in each host group, in Table 5's column order; each bar in its group's colour. */
export function driverChart(kb: ChartKnowledge, driverId: string): ChartSpec {
  const driver = driverEntry(kb, driverId);
  const items = kb.groups.map((g) => ({ group: g, cell: requiredCell(kb, driverId, g.id, 'table5') }));
  return {
    caption: `${driver.data.name}: interviewees reporting it for each host group`,
    alt: `Bar chart. ${driver.data.name}, by host group: ${describeCounts(items.map((i) => ({ name: i.group.data.name, cell: i.cell })))}.`,
    categoryHeading: 'Host group',
    categories: items.map((i) => groupCategory(i.group)),
    series: [
      {
        key: driverId,
        label: 'Interviewees (of 22)',
        colour: NEUTRAL_COLOUR,
        cells: items.map((i) => chartCell(i.cell, groupColour(i.group.id))),
      },
    ],
    axis: AXIS,
    legend: false,
    source: 'Table 5 of the thesis',
  };
}

/** A host group's drivers, ranked as on its page: by Table 5's count, "-" and blank last, ties in Table 5's order. */
export function groupChart(kb: ChartKnowledge, groupId: string): ChartSpec {
  const group = groupEntry(kb, groupId);
  const ranked = kb.drivers
    .map((d) => ({ driver: d, cell: requiredCell(kb, d.id, groupId, 'table5') }))
    .sort((a, b) => rankValue(b.cell) - rankValue(a.cell) || a.driver.data.number - b.driver.data.number);
  return {
    caption: `Drivers of ${group.data.name}, ranked by interviewees reporting each`,
    alt: `Bar chart. Drivers of ${group.data.name}: ${describeExtremes(ranked.map((r) => ({ name: r.driver.data.name, cell: r.cell })))}.`,
    categoryHeading: 'Driver',
    categories: ranked.map((r) => driverCategory(r.driver)),
    series: [
      groupSeries(
        group,
        ranked.map((r) => r.cell),
      ),
    ],
    axis: AXIS,
    legend: false,
    source: 'Table 5 of the thesis',
  };
}

/**
 * Table 9, the drivers across all five host groups. Drivers are ordered by
 * their total count over the groups (largest first, ties in Table 5's order),
 * so the drivers common to every conflict come first and the ones particular
 * to one come last.
 */
export function table9Chart(kb: ChartKnowledge): ChartSpec {
  const rows = kb.drivers.map((d) => {
    const cells = kb.groups.map((g) => requiredCell(kb, d.id, g.id, 'table9'));
    const total = cells.reduce<number>((sum, c) => sum + (typeof c === 'number' ? c : 0), 0);
    return { driver: d, cells, total };
  });
  rows.sort((a, b) => b.total - a.total || a.driver.data.number - b.driver.data.number);
  const reportedIn = (r: (typeof rows)[number]) => kb.groups.filter((_, i) => (r.cells[i] ?? 0) !== 0 && typeof r.cells[i] === 'number');
  const everywhere = rows.filter((r) => reportedIn(r).length === kb.groups.length).map((r) => r.driver.data.name);
  const once = rows.filter((r) => reportedIn(r).length === 1).map((r) => `${r.driver.data.name} (${reportedIn(r)[0]?.data.name})`);
  const blank = rows.reduce((n, r) => n + r.cells.filter((c) => c === null).length, 0);
  const sentences = [
    `Grouped bar chart of Table 9, drivers of Pakistani foreign fighters by host group.`,
    everywhere.length ? `Reported for all ${kb.groups.length} host groups: ${listOf(everywhere)}.` : '',
    once.length ? `Reported for one host group only: ${listOf(once)}.` : '',
    `${blank} of the ${rows.length * kb.groups.length} cells are blank.`,
  ];
  return {
    caption: 'Drivers of Pakistani foreign fighters by host group (Table 9)',
    alt: sentences.filter(Boolean).join(' '),
    categoryHeading: 'Driver',
    categories: rows.map((r) => driverCategory(r.driver)),
    series: kb.groups.map((g, i) =>
      groupSeries(
        g,
        rows.map((r) => r.cells[i] ?? null),
        rows.map((r) => requiredCell(kb, r.driver.id, g.id, 'table5')),
      ),
    ),
    axis: AXIS,
    legend: true,
    source: 'Table 9 of the thesis',
  };
}

/**
 * A case study's own table (6 Kashmir, 7 Afghanistan, 8 Syria): the rows the
 * table prints (a driver with a cell for any of the conflict's groups),
 * ranked by the first group's count, then the next group's, ties in Table 5's order.
 */
export function caseStudyChart(kb: ChartKnowledge, table: number): ChartSpec {
  const conflict = kb.conflicts.find((c) => c.data.table === table);
  if (!conflict) throw new Error(`Charts: no conflict in content/conflicts/ has table ${table} (case-study tables are 6, 7 and 8)`);
  const key = `table${table}` as TableKey;
  const groups = kb.groups.filter((g) => g.data.conflict === conflict.id);
  if (groups.length === 0) throw new Error(`Charts: no host group in content/groups/ is in conflict "${conflict.id}"`);
  const rows = kb.drivers.flatMap((d) => {
    const findings = groups.map((g) => findingOf(kb, d.id, g.id));
    if (findings.every((f) => f.data.tables[key] === undefined)) return []; // not a row of this table
    const cells = findings.map((f) => f.data.tables[key] ?? null);
    const name = findings.find((f) => f.data.caseStudyRowName)?.data.caseStudyRowName ?? d.data.name;
    return [{ driver: d, name, cells }];
  });
  if (rows.length === 0) throw new Error(`Charts: no finding in content/findings/ has a ${key} cell for conflict "${conflict.id}"`);
  rows.sort((a, b) => {
    for (let i = 0; i < groups.length; i++) {
      const diff = rankValue(b.cells[i] ?? null) - rankValue(a.cells[i] ?? null);
      if (diff !== 0) return diff;
    }
    return a.driver.data.number - b.driver.data.number;
  });
  const perGroup = groups.map((g, i) => {
    const text = describeExtremes(rows.map((r) => ({ name: r.name, cell: r.cells[i] ?? null })));
    return groups.length > 1 ? `for ${g.data.name}, ${text}` : text;
  });
  return {
    caption: `Table ${table} as a chart: drivers of Pakistani fighters in ${conflict.data.name}`,
    alt: `${groups.length > 1 ? 'Grouped bar chart' : 'Bar chart'} of Table ${table}, drivers of Pakistani fighters in ${conflict.data.name}: ${perGroup.join('. ')}.`,
    categoryHeading: 'Driver',
    categories: rows.map((r) => driverCategory(r.driver, r.name)),
    series: groups.map((g, i) =>
      groupSeries(
        g,
        rows.map((r) => r.cells[i] ?? null),
        rows.map((r) => requiredCell(kb, r.driver.id, g.id, 'table5')),
      ),
    ),
    axis: AXIS,
    legend: groups.length > 1,
    source: `Table ${table} of the thesis`,
  };
}

/** The methodology's five categories of interviewee (3.1): the axis label, and the words for a count of them. */
export const CATEGORY_WORDS: Readonly<Record<(typeof INTERVIEWEE_CATEGORIES)[number], { label: string; one: string; many: string }>> = {
  nacta: { label: 'NACTA officials', one: 'official', many: 'officials' },
  journalist: { label: 'Journalists', one: 'journalist', many: 'journalists' },
  police: { label: 'Police and counter-terrorism officers', one: 'police or counter-terrorism officer', many: 'police and counter-terrorism officers' },
  researcher: { label: 'Researchers', one: 'researcher', many: 'researchers' },
  religious: { label: 'Religious organizations', one: 'member of a religious organization', many: 'members of religious organizations' },
};

const counted = (n: number, category: (typeof INTERVIEWEE_CATEGORIES)[number]) => {
  const words = CATEGORY_WORDS[category];
  const noun = n === 1 ? words.one : words.many;
  return `${n} ${category === 'nacta' ? `${noun} of the National Counter Terrorism Authority (NACTA)` : noun}`;
};

/** The interviewees by category, largest category first (ties in the methodology's order), with who is in each. */
export function intervieweeCategoryChart(kb: ChartKnowledge): ChartSpec {
  const counts = INTERVIEWEE_CATEGORIES.map((category) => ({
    category,
    members: kb.interviewees.filter((i) => i.data.category === category).map((i) => i.data.n),
  })).sort((a, b) => b.members.length - a.members.length);
  const total = kb.interviewees.length;
  return {
    caption: `The ${total} interviewees, by category`,
    alt: `Bar chart. The ${total} interviewees by category: ${listOf(counts.map((c) => counted(c.members.length, c.category)))}.`,
    categoryHeading: 'Category',
    categories: counts.map((c) => ({
      name: CATEGORY_WORDS[c.category].label,
      lines: wrapLabel(CATEGORY_WORDS[c.category].label),
      detail: c.members.length ? `Interviewee${c.members.length > 1 ? 's' : ''} ${listOf(c.members.map(String))}` : 'none',
    })),
    detailHeading: 'Who',
    series: [
      {
        key: 'interviewees',
        label: 'Interviewees',
        colour: NEUTRAL_COLOUR,
        cells: counts.map((c) => ({ value: c.members.length, text: String(c.members.length), colour: NEUTRAL_COLOUR })),
      },
    ],
    axis: { title: 'Interviewees', max: total },
    legend: false,
    source: 'the List of Interviews, in the categories of section 3.1',
  };
}

/**
 * Which interviewee is counted for which driver: for each interviewee, in
 * the List of Interviews' order, the findings (a driver for a host group)
 * whose chapter-4 footnote lists them, stacked by host group. A 22 × 11 grid
 * in five colours does not read as bars; one bar per interviewee does, and
 * the table beside it names the drivers. Statements whose count has no
 * footnote list name no one, so they count for no interviewee.
 */
export function intervieweeFindingsChart(kb: ChartKnowledge): ChartSpec {
  const rows = [...kb.interviewees]
    .sort((a, b) => a.data.n - b.data.n)
    .map((interviewee) => {
      const findings = new Map<string, { driver: string; group: string }>();
      for (const { finding } of kb.countedIn.get(interviewee.data.n) ?? []) {
        findings.set(finding.id, { driver: finding.data.driver, group: finding.data.group });
      }
      const perGroup = kb.groups.map((g) => [...findings.values()].filter((f) => f.group === g.id).length);
      const drivers = kb.drivers.flatMap((d) => {
        const groups = [...findings.values()].filter((f) => f.driver === d.id).length;
        return groups ? [`${d.data.shortName} (${groups})`] : [];
      });
      return { interviewee, perGroup, total: findings.size, drivers };
    });
  const totals = rows.map((r) => r.total);
  const max = Math.max(0, ...totals);
  const min = Math.min(...totals);
  const named = (value: number) => listOf(rows.filter((r) => r.total === value).map((r) => `interviewee ${r.interviewee.data.n}`));
  const findingCount = kb.drivers.length * kb.groups.length;
  return {
    caption: 'Findings each interviewee is counted in, by host group',
    alt:
      `Stacked bar chart of the ${rows.length} interviewees, in the order of the List of Interviews: for each, the findings ` +
      `(a driver for a host group, of ${findingCount}) whose footnote in chapter 4 lists them. ` +
      (max > 0 ? `Most: ${named(max)} (${max}). Fewest: ${named(min)} (${min}).` : 'No footnote lists an interviewee.'),
    categoryHeading: 'Interviewee',
    categories: rows.map((r) => ({
      name: `Interviewee ${r.interviewee.data.n}`,
      lines: [`Interviewee ${r.interviewee.data.n}`],
      href: entityPath('interviewee', r.interviewee.data.n),
      detail: r.drivers.length ? r.drivers.join(', ') : 'none',
    })),
    detailHeading: 'Drivers counted for (number of host groups)',
    series: kb.groups.map((g) => {
      const colour = groupColour(g.id);
      return {
        key: g.id,
        label: g.data.name,
        colour,
        cells: rows.map((r) => {
          const value = r.perGroup[kb.groups.indexOf(g)] ?? 0;
          return { value, text: String(value), colour };
        }),
      };
    }),
    axis: { title: `Findings (driver for a host group, of ${findingCount})`, max: Math.max(5, Math.ceil(max / 5) * 5), step: 5 },
    stacked: true,
    legend: true,
    source: 'the footnotes of chapter 4 that list the interviewees behind each statement',
  };
}

/** Two host groups side by side (/compare/<a>-vs-<b>/): each driver's Table 5 count for both, in Table 5's order, each group in its colour. */
export function compareChart(kb: ChartKnowledge, aId: string, bId: string): ChartSpec {
  const groups = [groupEntry(kb, aId), groupEntry(kb, bId)];
  const rows = kb.drivers.map((d) => ({ driver: d, cells: groups.map((g) => requiredCell(kb, d.id, g.id, 'table5')) }));
  const names = groups.map((g) => g.data.name).join(' and ');
  return {
    caption: `${names}: interviewees reporting each driver`,
    alt: `Grouped bar chart of Table 5 for ${names}. ${groups
      .map((g, i) => `${g.data.name}: ${describeExtremes(rows.map((r) => ({ name: r.driver.data.name, cell: r.cells[i] ?? null })))}`)
      .join('. ')}.`,
    categoryHeading: 'Driver',
    categories: rows.map((r) => driverCategory(r.driver)),
    series: groups.map((g, i) =>
      groupSeries(
        g,
        rows.map((r) => r.cells[i] ?? null),
      ),
    ),
    axis: AXIS,
    legend: true,
    source: 'Table 5 of the thesis',
  };
}
