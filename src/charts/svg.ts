/**
 * The page's SVG of a drawn chart (draw.ts), written at build time:
 *
 * 1. what a reader sees and a screen reader skips (the table beside it says
 *    the same): the shapes chart.js drew, the value axis's text, and each
 *    bar's value label (the cell as printed: "blank", never 0);
 * 2. per category, what a reader can point at, tab to and follow: its label,
 *    a link to its page (or, without one, a focusable label), and over each
 *    of its bars a target (focusable by a tap, not by Tab); pointing at
 *    either, focusing or tapping it shows the category's tip: each of its
 *    cells as printed, with what Table 5 prints where that differs.
 *
 * The tips show by CSS alone (:hover, :focus; BarChart.astro): no script.
 * Each lies right of the label column, where nothing after it in the
 * document is painted but transparent targets, so whichever tip shows is on
 * top. Positions all come from chart.js's layout. Text is real text in the
 * page's font, coloured by class (the theme's custom properties).
 *
 * Before writing, the labels are checked: none overlaps another, none leaves
 * the drawing. A chart that fails stops the build, naming its labels.
 */
import type { DrawnChart, PlacedText } from './draw.ts';
import { FONT_SIZE, inside, labelSize, overlappingPairs, valueText, type Box } from './layout.ts';
import { categoryValues, type ChartSpec } from './spec.ts';
import { withBase } from '../base-path.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r = (n: number) => String(Math.round(n * 10) / 10);

/** Tips: padding, line height and the gap to what they describe (px). */
const TIP = { padding: 6, line: 16, gap: 2 } as const;

type TextSpot = Pick<PlacedText, 'x' | 'y' | 'align' | 'baseline' | 'size' | 'width'>;

/**
 * A <text> at its anchor. What most text shares is left to the SVG element
 * (font-size) and BarChart.astro's CSS (dominant-baseline: central; bold for
 * a tip's first line), so the page carries only what differs.
 */
function textElement(spot: TextSpot, content: string, className: string, data = ''): string {
  const attributes = [
    `x="${r(spot.x)}"`,
    `y="${r(spot.y)}"`,
    spot.align === 'start' ? '' : `text-anchor="${spot.align}"`,
    spot.baseline === 'central' ? '' : `dominant-baseline="${spot.baseline}"`,
    spot.size === FONT_SIZE ? '' : `font-size="${spot.size}"`,
    className ? `class="${className}"` : '',
    data,
  ];
  return `<text ${attributes.filter(Boolean).join(' ')}>${escape(content)}</text>`;
}

/**
 * A category label: one <text>, a <tspan> for each line after the first, at
 * the place chart.js gave it. Each such line starts with a space, so the
 * label reads as its words ("Sectarian affiliation", its accessible name,
 * which must contain what it shows: WCAG 2.5.3), and right-aligned lines
 * still end at their anchor (the space falls at their start).
 */
function labelText(lines: readonly PlacedText[]): string {
  const [first, ...rest] = lines;
  if (!first) return '';
  const more = rest.map((line) => `<tspan x="${r(line.x)}" y="${r(line.y)}"> ${escape(line.text)}</tspan>`).join('');
  return textElement(first, first.text, '').replace(/<\/text>$/, `${more}</text>`);
}

/**
 * The height of a line of text's glyphs, as a multiple of its size: the
 * ascent and descent of the common sans-serif fonts (about 1.12 to 1.16),
 * without the leading that LINE_HEIGHT adds between lines.
 */
export const GLYPH_HEIGHT = 1.16;

/** The box a piece of text's glyphs take, from its anchor, alignment and measured width. */
export function textBox(spot: TextSpot): Box {
  const height = spot.size * GLYPH_HEIGHT;
  const left = spot.align === 'start' ? spot.x : spot.align === 'end' ? spot.x - spot.width : spot.x - spot.width / 2;
  const top =
    spot.baseline === 'central'
      ? spot.y - height / 2
      : spot.baseline === 'text-before-edge'
        ? spot.y
        : spot.baseline === 'text-after-edge'
          ? spot.y - height
          : spot.y - spot.size * 0.9;
  const hundredth = (n: number) => Math.round(n * 100) / 100;
  return { left: hundredth(left), top: hundredth(top), width: hundredth(spot.width), height: hundredth(height) };
}

/** Splits `text` into lines no wider than `max` px, at spaces (a longer word keeps a line of its own). */
export function wrapToWidth(text: string, max: number, width: (line: string) => number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && width(`${last} ${word}`) <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

interface TipLine {
  text: string;
  bold: boolean;
}

/**
 * A tip beside `anchor`: below it where it fits in the drawing, else above;
 * from the plot's left edge rightwards, its lines wrapped to the room there.
 */
export function tipElement(
  lines: readonly TipLine[],
  anchor: Box,
  drawn: Pick<DrawnChart, 'width' | 'height' | 'layout' | 'measure'>,
  attributes: string,
): string {
  const left = drawn.layout.plot.left + TIP.gap;
  const room = drawn.width - TIP.gap - left - 2 * TIP.padding;
  const wrapped = lines.flatMap((line) =>
    wrapToWidth(line.text, room, (t) => drawn.measure(t, FONT_SIZE, line.bold)).map((text) => ({ text, bold: line.bold })),
  );
  const width = Math.min(room, Math.max(...wrapped.map((l) => drawn.measure(l.text, FONT_SIZE, l.bold)))) + 2 * TIP.padding;
  const height = wrapped.length * TIP.line + 2 * TIP.padding;
  const x = Math.max(left, Math.min(anchor.left, drawn.width - TIP.gap - width));
  const below = anchor.top + anchor.height + TIP.gap;
  const y = below + height <= drawn.height ? below : Math.max(0, anchor.top - TIP.gap - height);
  const texts = wrapped.map((line, k) =>
    textElement(
      { x: x + TIP.padding, y: y + TIP.padding + (k + 0.5) * TIP.line, align: 'start', baseline: 'central', size: FONT_SIZE, width: 0 },
      line.text,
      line.bold ? 'chart-tip-name' : '',
    ),
  );
  return `<g class="chart-tip" ${attributes}><rect class="chart-tip-box" x="${r(x)}" y="${r(y)}" width="${r(width)}" height="${r(height)}" rx="4"/>${texts.join('')}</g>`;
}

const union = (a: Box, b: Box): Box => {
  const left = Math.min(a.left, b.left);
  const top = Math.min(a.top, b.top);
  return { left, top, width: Math.max(a.left + a.width, b.left + b.width) - left, height: Math.max(a.top + a.height, b.top + b.height) - top };
};
const isDrawn = (box: Box) => [box.left, box.top, box.width, box.height].every(Number.isFinite) && box.width > 0 && box.height > 0;

/** Each value label: where it goes, what it says, and whether it is a number or words ("blank", "-"). */
function valueLabels(spec: ChartSpec, drawn: DrawnChart) {
  const size = labelSize(spec);
  return drawn.layout.values.map((value) => {
    const text = valueText(spec, value);
    const spot: TextSpot = { x: value.x, y: value.y, align: 'start', baseline: 'central', size, width: drawn.measure(text, size) };
    const cell = value.series === null ? undefined : spec.series[value.series]?.cells[value.category];
    return { value, text, spot, words: cell !== undefined && cell.value === null };
  });
}

/** Fails the build if any two labels overlap or one leaves the drawing. */
function checkLabels(spec: ChartSpec, drawn: DrawnChart, labels: Array<{ text: string; box: Box }>): void {
  const frame = { left: 0, top: 0, width: drawn.width, height: drawn.height };
  const where = `Chart "${spec.caption}" at ${drawn.width} px`;
  const pairs = overlappingPairs(labels.map((l) => l.box));
  if (pairs.length > 0) throw new Error(`${where}: labels overlap: ${pairs.map(([a, b]) => `"${labels[a]!.text}" / "${labels[b]!.text}"`).join('; ')}`);
  const outside = labels.filter((l) => !inside(l.box, frame));
  if (outside.length > 0) throw new Error(`${where}: labels outside the drawing: ${outside.map((l) => `"${l.text}"`).join(', ')}`);
}

/** Ids the SVG needs: its own, unique on the page (it prefixes the tips' ids), and those of the chart's caption and text alternative. */
export interface SvgIds {
  id: string;
  caption: string;
  description: string;
}

/** The SVG of `spec` as drawn. */
export function chartSvg(spec: ChartSpec, drawn: DrawnChart, ids: SvgIds): string {
  const { layout } = drawn;
  const values = valueLabels(spec, drawn);
  const categoryLines = drawn.categoryLines.map((lines) => lines.map((line) => ({ line, box: textBox(line) })));
  checkLabels(spec, drawn, [
    ...drawn.axisTexts.map((t) => ({ text: t.text, box: textBox(t) })),
    ...categoryLines.flat().map(({ line, box }) => ({ text: line.text, box })),
    ...values.map((v) => ({ text: v.text, box: textBox(v.spot) })),
  ]);

  const seen = [
    drawn.shapes,
    ...drawn.axisTexts.map((t) => textElement(t, t.text, t.role === 'title' ? 'chart-title' : 'chart-tick')),
    ...values.map((v) =>
      textElement(
        v.spot,
        v.text,
        v.words ? 'chart-value chart-value-words' : 'chart-value',
        `${v.value.series === null ? '' : `data-series="${v.value.series}" `}data-category="${v.value.category}"`,
      ),
    ),
  ];

  const categories = spec.categories.map((category, j) => {
    const band = layout.categories[j]!;
    const name = { text: category.name, bold: true };
    // A bar and its value label are one target; a cell without a bar, its label alone.
    const targets = layout.bars
      .filter((bar) => bar.category === j && (!spec.stacked || isDrawn(bar.box)))
      .map((bar) => {
        const label = values.find((v) => v.value.series === bar.series && v.value.category === j);
        const box = label && !spec.stacked ? (isDrawn(bar.box) ? union(bar.box, textBox(label.spot)) : textBox(label.spot)) : bar.box;
        return `<rect class="chart-hit" x="${r(box.left)}" y="${r(box.top)}" width="${r(box.width)}" height="${r(box.height)}" data-series="${bar.series}" data-category="${j}" tabindex="-1" aria-hidden="true"/>`;
      });
    const tipId = `${ids.id}-tip-${j}`;
    const texts = labelText(categoryLines[j]!.map(({ line }) => line));
    const attributes = `aria-describedby="${tipId}" data-category="${j}"`;
    const label = category.href
      ? `<a class="chart-label" href="${escape(withBase(category.href))}" ${attributes}>${texts}</a>`
      : `<g class="chart-label" role="button" tabindex="0" ${attributes}>${texts}</g>`;
    const bandBox = { left: layout.plot.left, top: band.top, width: 0, height: band.bottom - band.top };
    const tip = tipElement(
      [name, ...categoryValues(spec, j).map((line) => ({ text: `${line.label}: ${line.text}`, bold: false }))],
      bandBox,
      drawn,
      `id="${tipId}" role="tooltip"`,
    );
    return `<g class="chart-category">${targets.join('')}${label}${tip}</g>`;
  });

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg chart-svg-${drawn.size}" id="${ids.id}" viewBox="0 0 ${drawn.width} ${drawn.height}" width="${drawn.width}" height="${drawn.height}" font-size="${FONT_SIZE}" ` +
    `role="group" aria-labelledby="${ids.caption}" aria-describedby="${ids.description}">` +
    `<g aria-hidden="true">${seen.join('')}</g>${categories.join('')}</svg>`
  );
}
