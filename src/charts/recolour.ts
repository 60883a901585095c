/**
 * What the SVG canvas wrote, made part of the page's chart (svg.ts): the
 * shapes only (grid, axes, bars), each placeholder colour (ink.ts) replaced
 * by its theme class, each bar given its palette colour and marked with its
 * series and category, coordinates to a tenth of a pixel. The canvas's clip
 * paths go: a chart's shapes never leave its plot (config.ts refuses a value
 * beyond the axis), and their ids would repeat on a page with several
 * drawings.
 *
 * The canvas's document is parsed and written back by SVGO (the SVG parser
 * and writer Astro already installs), running only the edits below as its
 * plugin: no other optimisation, so what is drawn is what chart.js drew.
 *
 * A colour that is no placeholder means chart.js drew something the
 * configuration did not colour: the build stops rather than print it.
 */
import { optimize, type CustomPlugin, type XastElement, type XastParent } from 'svgo';
import { INK_CLASSES, barOfInk, inkRole } from './ink.ts';

/** A bar by its placeholder number (config.ts, barNumber): its palette colour, series and category. */
export interface BarInk {
  colour: string;
  series: number;
  category: number;
}

/** Attributes that say nothing here: a width of 1 is SVG's default; a miter limit applies only where lines join, and each stroke is one line. */
const DEFAULT_ATTRIBUTES: Readonly<Record<string, string>> = { 'stroke-width': '1', 'stroke-miterlimit': '10' };

/** Coordinates to a tenth of a pixel (the canvas writes six decimals): half-pixel lines stay crisp. */
const roundPath = (d: string) => d.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));

/**
 * The shapes of `svg` (the canvas's whole document) as markup for inside
 * another <svg>. `bars` gives each bar placeholder its bar; `chart` names the
 * chart in errors.
 */
export function recolour(svg: string, bars: ReadonlyMap<number, BarInk>, chart: string): string {
  const fail = (problem: string) => new Error(`Chart "${chart}": the SVG canvas ${problem}`);

  /** The attributes of a shape, in their order, with each colour replaced by what stands for it. */
  const themed = (attributes: Record<string, string>): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(attributes)) {
      if (DEFAULT_ATTRIBUTES[name] === value) continue;
      if (name === 'clip-path') continue;
      if (name === 'd') out.d = roundPath(value);
      else if ((name === 'fill' || name === 'stroke') && value !== 'none') Object.assign(out, colourOf(name, value));
      else out[name] = value;
    }
    return out;
  };

  const colourOf = (attribute: 'fill' | 'stroke', colour: string): Record<string, string> => {
    const bar = barOfInk(colour);
    if (bar !== undefined && attribute === 'fill') {
      const ink = bars.get(bar);
      if (!ink) throw fail(`drew bar placeholder ${colour}, which stands for no bar`);
      return { class: 'chart-bar', fill: ink.colour, 'data-series': String(ink.series), 'data-category': String(ink.category) };
    }
    const role = inkRole(colour);
    const ink = role && INK_CLASSES[role];
    if (!ink || ink.attribute !== attribute) throw fail(`drew a ${attribute} of ${colour}, which is no placeholder of ink.ts for a ${attribute}`);
    return { class: ink.className };
  };

  const remove = (node: XastElement, parent: XastParent) => {
    parent.children = parent.children.filter((child) => child !== node);
  };

  let drawing: XastElement | undefined;
  const shapesOnly: CustomPlugin = {
    name: 'chartShapes',
    fn: (root) => ({
      element: {
        enter(node, parent) {
          if (parent === root) {
            if (node.name === 'svg') drawing = node;
            return;
          }
          if (node.name === 'text' || node.name === 'image' || node.name === 'use')
            throw fail(`wrote text or an image; the chart's text is the SVG's own (svg.ts)`);
          // The canvas's clearing of the whole surface, drawn as an invisible rectangle.
          const clearing = node.name === 'rect' && node.attributes['fill-opacity'] === '0';
          if (clearing || node.name === 'clipPath') remove(node, parent);
          else node.attributes = themed(node.attributes);
        },
      },
      root: {
        // The page's <svg> is svg.ts's: what is written is the drawing's content.
        exit: (root) => {
          if (!drawing) throw fail('wrote no <svg> element');
          root.children = drawing.children;
        },
      },
    }),
  };

  let parsed: string;
  try {
    parsed = optimize(svg, { plugins: [shapesOnly], js2svg: { pretty: false } }).data;
  } catch (error) {
    if (error instanceof Error && error.message.startsWith(`Chart "${chart}"`)) throw error;
    throw fail(`wrote no <svg> element that parses (${error instanceof Error ? error.message : String(error)})`);
  }
  return parsed;
}
