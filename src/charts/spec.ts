/**
 * A chart spec: everything a chart shows, computed at build time from the
 * data collections. The drawing (draw.ts), its value tips, its HTML table and
 * its text alternative all come from one spec, so they cannot disagree.
 */
import { cellAsPrinted } from '../knowledge/cells.ts';
import type { TableCell } from '../knowledge/schemas.ts';

/** One bar (or the absence of one) and how the table prints it. */
export interface ChartCell {
  /** Length of the bar; null where there is no number (blank or "-" in the thesis). */
  value: number | null;
  /** The cell as the chart's table, bar label and tooltip show it: as printed, "15", "0", "blank", "\"-\"" (cellAsPrinted). */
  text: string;
  colour: string;
  /** Where Table 5 prints the same cell otherwise (a chart of Tables 6–9): "Table 5 prints 0", for the tooltip. */
  note?: string;
}

export interface ChartSeries {
  /** A host group id, or another stable key. */
  key: string;
  /** Legend and table column heading. */
  label: string;
  /** The legend's colour (cells carry their own). */
  colour: string;
  /** One cell per category, in category order. */
  cells: ChartCell[];
}

export interface ChartCategory {
  /** Full name, for the table's row heading. */
  name: string;
  /** Axis label, wrapped into short lines for narrow screens. */
  lines: string[];
  /** Page the table's row heading links to. */
  href?: string;
  /** Text for the table's last column, if the spec has one (see `detailHeading`). */
  detail?: string;
}

export interface ChartSpec {
  /** The figure's caption. */
  caption: string;
  /** The main finding, computed from the numbers: the drawing's text alternative. */
  alt: string;
  /** Heading of the table's first column ("Driver", "Host group" …). */
  categoryHeading: string;
  categories: ChartCategory[];
  series: ChartSeries[];
  /** The value axis: its title, its end, and the step between ticks (default: 2 above 12, else 1). */
  axis: { title: string; max: number; step?: number };
  /** Stack the series into one bar per category, labelled with its total (default: bars side by side). */
  stacked?: boolean;
  /** Heading of an extra last column of the table (e.g. who is in each category); omit for none. */
  detailHeading?: string;
  /** Show a legend (one entry per series). */
  legend: boolean;
  /** Where the numbers come from, e.g. "Table 9 of the thesis". */
  source: string;
}

/** A cell of Tables 5–9 as a bar: its number (none for blank or "-"), labelled as the table prints it (cells.ts). */
export function chartCell(cell: TableCell, colour: string): ChartCell {
  return { value: typeof cell === 'number' ? cell : null, text: cellAsPrinted(cell), colour };
}

/** The table beside a chart: one row per category, one column per series. */
export interface ChartTable {
  caption: string;
  columns: string[];
  rows: Array<{ name: string; href?: string; cells: string[] }>;
}

export function tableOf(spec: ChartSpec): ChartTable {
  return {
    caption: `${spec.caption} (${spec.axis.title.toLowerCase()}; source: ${spec.source})`,
    columns: [spec.categoryHeading, ...spec.series.map((s) => s.label), ...(spec.detailHeading ? [spec.detailHeading] : [])],
    rows: spec.categories.map((category, i) => ({
      name: category.name,
      ...(category.href ? { href: category.href } : {}),
      // A cell that Table 5 prints otherwise says so here too, as the tooltip does: "blank (Table 5 prints 0)".
      cells: [...spec.series.map((s) => cellWithNote(s.cells[i])), ...(spec.detailHeading ? [category.detail ?? ''] : [])],
    })),
  };
}

/** Splits a label into lines of at most `width` characters (a longer word keeps its own line). */
export function wrapLabel(label: string, width = 18): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** "A", "A and B", "A, B and C". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A cell as the value tips and the number table show it: as printed, with what Table 5 prints where that differs ("blank (Table 5 prints 0)"). */
export const cellWithNote = (cell: Pick<ChartCell, 'text' | 'note'> | undefined): string =>
  cell ? (cell.note ? `${cell.text} (${cell.note})` : cell.text) : '';

/** A stacked bar's total: the sum of the category's numbers, or null if none of its cells has one. */
export function stackTotal(spec: Pick<ChartSpec, 'series'>, category: number): number | null {
  const values = spec.series.map((s) => s.cells[category]?.value).filter((v): v is number => typeof v === 'number');
  return values.length ? values.reduce((a, b) => a + b, 0) : null;
}

/** The lines a category's tip shows: each series's cell as printed, with what Table 5 prints where it differs (and a stacked chart's total). */
export function categoryValues(spec: ChartSpec, category: number): Array<{ label: string; text: string }> {
  const lines = spec.series.map((s) => ({ label: s.label, text: cellWithNote(s.cells[category]) }));
  if (spec.stacked) lines.push({ label: 'Total', text: String(stackTotal(spec, category) ?? '') });
  return lines;
}
