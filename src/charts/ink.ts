/**
 * The colours chart.js draws with at build time are placeholders: each
 * stands for a role (grid, tick labels, a bar) and is replaced in the SVG by
 * a class (recolour.ts) whose colour is one of the site's theme properties
 * (BarChart.astro's CSS), so the light and dark themes and print recolour a
 * chart with no redraw. Each bar has a placeholder of its own, so the SVG
 * knows which bar is which (its series and category) and gives it its
 * palette colour.
 *
 * Placeholders are opaque colours no chart uses, written as the SVG canvas
 * writes them (#RRGGBB, upper case).
 */

/** Lines and fills of the drawing, by role. */
export const INK = {
  /** The value axis's grid lines. */
  grid: '#FE0001',
  /** The axes' own lines. */
  axis: '#FE0002',
  /** The edge around each bar (chart.js fills it under the bar): dark in the light theme, none in the dark. */
  outline: '#FE0003',
} as const;
export type InkRole = keyof typeof INK;

/** Text, by role: drawn by chart.js only to be read back (draw.ts), never as glyphs in the SVG. */
export const TEXT_INK = {
  /** The value axis's tick labels (0, 2 … 22). */
  tick: '#FE0101',
  /** The value axis's title. */
  title: '#FE0102',
  /** The category labels: chart.js makes room for them and places them; the SVG writes them as links. */
  category: '#FE0103',
} as const;
export type TextRole = keyof typeof TEXT_INK;

/** The SVG attribute each role is drawn with, and the class that replaces its placeholder there. */
export const INK_CLASSES: Readonly<Record<InkRole, { attribute: 'fill' | 'stroke'; className: string }>> = {
  grid: { attribute: 'stroke', className: 'chart-grid' },
  axis: { attribute: 'stroke', className: 'chart-axis' },
  outline: { attribute: 'fill', className: 'chart-outline' },
};

/** Bars: #FD followed by the bar's number in four hex digits (up to 65,536 bars a chart). */
const BAR_PREFIX = '#FD';
const MAX_BARS = 0x10000;

/** The placeholder of bar number `n` (series × categories + category). */
export function barInk(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= MAX_BARS) throw new Error(`Charts: no placeholder colour for bar ${n} (0 to ${MAX_BARS - 1})`);
  return `${BAR_PREFIX}${n.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The bar number a placeholder stands for, or undefined if it is not a bar's. */
export function barOfInk(colour: string): number | undefined {
  const match = /^#FD([0-9A-F]{4})$/i.exec(colour);
  return match ? Number.parseInt(match[1]!, 16) : undefined;
}

/** The role of a placeholder colour, if it is one of INK's. */
export function inkRole(colour: string): InkRole | undefined {
  return (Object.keys(INK) as InkRole[]).find((role) => INK[role] === colour.toUpperCase());
}

/** The role of a text placeholder, as the canvas reports its fillStyle (lower case "#fe0101"), if it is one of TEXT_INK's. */
export function textRole(colour: string): TextRole | undefined {
  return (Object.keys(TEXT_INK) as TextRole[]).find((role) => TEXT_INK[role] === colour.toUpperCase());
}
