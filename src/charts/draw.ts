/**
 * Draws a chart at build time: chart.js 4 on @napi-rs/canvas's SVG canvas,
 * with chart.js's BasicPlatform (no DOM, no animation, no events). What it
 * returns is everything svg.ts needs to write the page's SVG:
 *
 * - the shapes the canvas wrote (grid, axes, bars), recoloured (recolour.ts);
 * - the text chart.js laid out (tick labels, axis title, category labels),
 *   read from its fillText calls rather than drawn: the SVG canvas would
 *   write each glyph at a position measured in the build machine's font, and
 *   the page's text is real text in the reader's font;
 * - the layout (layout.ts), and a measure of text for the tips and checks.
 *
 * Runs in the build only (BarChart.astro): no chart code reaches the browser.
 */
import { createCanvas, SvgExportFlag, type SKRSContext2D } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { barNumber, chartConfig } from './config.ts';
import { textRole, type TextRole } from './ink.ts';
import { CHART_WIDTHS, chartHeight, chartLayout, type ChartLayout, type ChartWidth } from './layout.ts';
import { recolour, type BarInk } from './recolour.ts';
import type { ChartSpec } from './spec.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/**
 * The font chart.js measures with. The page draws the text in its own font
 * (Starlight's system font stack), which differs from reader to reader;
 * DejaVu Sans is wider than the common system fonts (Segoe UI, Roboto, San
 * Francisco, Helvetica, Arial, Liberation Sans), so text laid out for it has
 * room in any of them.
 */
export const MEASURING_FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

/** A piece of text as chart.js placed it: anchor point, alignment and font. */
export interface PlacedText {
  role: TextRole;
  text: string;
  x: number;
  y: number;
  align: 'start' | 'middle' | 'end';
  baseline: 'central' | 'text-before-edge' | 'text-after-edge' | 'alphabetic';
  size: number;
  bold: boolean;
  width: number;
}

export type Measure = (text: string, size: number, bold?: boolean) => number;

export interface DrawnChart {
  size: ChartWidth;
  width: number;
  height: number;
  /** The shapes, as markup for inside the page's <svg>. */
  shapes: string;
  /** Tick labels and the axis title. */
  axisTexts: PlacedText[];
  /** Per category, its label's lines as chart.js placed them. */
  categoryLines: PlacedText[][];
  layout: ChartLayout;
  measure: Measure;
}

const ALIGN: Record<string, PlacedText['align']> = { left: 'start', start: 'start', center: 'middle', right: 'end', end: 'end' };
const BASELINE: Record<string, PlacedText['baseline']> = {
  middle: 'central',
  top: 'text-before-edge',
  hanging: 'text-before-edge',
  bottom: 'text-after-edge',
  ideographic: 'text-after-edge',
  alphabetic: 'alphabetic',
};

const fontOf = (size: number, bold = false) => `${bold ? 'bold ' : ''}${size}px ${MEASURING_FONT}`;

/**
 * The canvas's 2D context, but fillText reads where chart.js puts its text
 * instead of drawing it. Everything else goes to the canvas.
 */
function readingText(context: SKRSContext2D, chart: string, texts: PlacedText[]): SKRSContext2D {
  const fillText = (text: string, x: number, y: number) => {
    const role = textRole(String(context.fillStyle));
    if (!role) throw new Error(`Chart "${chart}": chart.js wrote "${text}" in ${String(context.fillStyle)}, which is no text placeholder of ink.ts`);
    const m = context.getTransform();
    if (Math.abs(m.b) > 1e-9 || Math.abs(m.c) > 1e-9) throw new Error(`Chart "${chart}": "${text}" is rotated; chart text is horizontal`);
    const font = /(?:(bold|[6-9]00)\s+)?(\d+(?:\.\d+)?)px/.exec(context.font);
    const size = Number(font?.[2] ?? 12);
    texts.push({
      role,
      text,
      x: m.a * x + m.e,
      y: m.d * y + m.f,
      align: ALIGN[context.textAlign] ?? 'start',
      baseline: BASELINE[context.textBaseline] ?? 'alphabetic',
      size,
      bold: font?.[1] !== undefined,
      width: context.measureText(text).width,
    });
  };
  return new Proxy(context, {
    get(target, property) {
      if (property === 'fillText') return fillText;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
    set: (target, property, value) => Reflect.set(target, property, value, target),
  });
}

/** The category labels' lines, in the order chart.js wrote them: each category's lines, category by category. */
function linesByCategory(spec: ChartSpec, texts: readonly PlacedText[]): PlacedText[][] {
  const queue = texts.filter((t) => t.role === 'category');
  const byCategory = spec.categories.map((category) => category.lines.map(() => queue.shift()));
  const expected = spec.categories.flatMap((c) => c.lines);
  const written = texts.filter((t) => t.role === 'category').map((t) => t.text);
  if (queue.length > 0 || written.join('\n') !== expected.join('\n'))
    throw new Error(`Chart "${spec.caption}": chart.js wrote the category labels ${JSON.stringify(written)}, expected ${JSON.stringify(expected)}`);
  return byCategory as PlacedText[][];
}

/** Draws `spec` at one of its two widths. */
export function drawChart(spec: ChartSpec, size: ChartWidth): DrawnChart {
  const width = CHART_WIDTHS[size];
  const height = chartHeight(spec);
  const canvas = createCanvas(width, height, SvgExportFlag.NoPrettyXML);
  const context = canvas.getContext('2d');
  const texts: PlacedText[] = [];
  // chart.js asks the item it is given for its 2D context (BasicPlatform), and takes the canvas from that context.
  const chart = new Chart({ getContext: () => readingText(context, spec.caption, texts) } as unknown as HTMLCanvasElement, chartConfig(spec, MEASURING_FONT));
  try {
    const layout = chartLayout(chart, spec);
    const bars = new Map<number, BarInk>();
    spec.series.forEach((series, i) => series.cells.forEach((cell, j) => bars.set(barNumber(spec, i, j), { colour: cell.colour, series: i, category: j })));
    const shapes = recolour(canvas.getContent().toString('utf8'), bars, spec.caption);
    const measure: Measure = (text, fontSize, bold = false) => {
      context.font = fontOf(fontSize, bold);
      return context.measureText(text).width;
    };
    return {
      size,
      width,
      height,
      shapes,
      axisTexts: texts.filter((t) => t.role !== 'category'),
      categoryLines: linesByCategory(spec, texts),
      layout,
      measure,
    };
  } finally {
    // The SVG is read: the chart is not drawn again (destroy() clears the canvas, which only text measures use from here on).
    chart.destroy();
  }
}
