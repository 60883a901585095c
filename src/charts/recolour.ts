/**
 * What the SVG canvas wrote, made part of the page's chart (svg.ts): the
 * shapes only (grid, axes, bars), each placeholder colour (ink.ts) replaced
 * by its theme class, each bar given its palette colour and marked with its
 * series and category, coordinates to a tenth of a pixel. The canvas's clip paths go: a chart's shapes never
 * leave its plot (config.ts refuses a value beyond the axis), and their ids
 * would repeat on a page with several drawings.
 *
 * A colour that is no placeholder means chart.js drew something the
 * configuration did not colour: the build stops rather than print it.
 */
import { INK_CLASSES, barOfInk, inkRole } from './ink.ts';

/** A bar by its placeholder number (config.ts, barNumber): its palette colour, series and category. */
export interface BarInk {
  colour: string;
  series: number;
  category: number;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The shapes of `svg` (the canvas's whole document) as markup for inside
 * another <svg>. `bars` gives each bar placeholder its bar; `chart` names the
 * chart in errors.
 */
export function recolour(svg: string, bars: ReadonlyMap<number, BarInk>, chart: string): string {
  const body = /<svg\b[^>]*>([\s\S]*)<\/svg>\s*$/.exec(svg)?.[1];
  if (body === undefined) throw new Error(`Chart "${chart}": the SVG canvas wrote no <svg> element`);
  const shapes = body
    // The canvas's clearing of the whole surface, drawn as an invisible rectangle.
    .replace(/<rect fill-opacity="0"[^>]*\/>/g, '')
    .replace(/<clipPath\b[^>]*>[\s\S]*?<\/clipPath>/g, '')
    .replace(/ clip-path="url\(#[^)]*\)"/g, '');
  if (/<(text|image|use)\b/.test(shapes))
    throw new Error(`Chart "${chart}": the SVG canvas wrote text or an image; the chart's text is the SVG's own (svg.ts)`);
  return (
    shapes
      // A width of 1 is SVG's default; a miter limit applies only where lines join, and each stroke here is one line.
      .replace(/ stroke-width="1"| stroke-miterlimit="10"/g, '')
      // Coordinates to a tenth of a pixel (the canvas writes six decimals): half-pixel lines stay crisp.
      .replace(/ d="([^"]*)"/g, (_, d: string) => ` d="${d.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`)
      .replace(/ (fill|stroke)="([^"]*)"/g, (_, attribute: 'fill' | 'stroke', colour: string) => {
        if (colour === 'none') return ` ${attribute}="none"`;
        const bar = barOfInk(colour);
        if (bar !== undefined && attribute === 'fill') {
          const ink = bars.get(bar);
          if (!ink) throw new Error(`Chart "${chart}": the SVG canvas drew bar placeholder ${colour}, which stands for no bar`);
          return ` class="chart-bar" fill="${escapeAttribute(ink.colour)}" data-series="${ink.series}" data-category="${ink.category}"`;
        }
        const role = inkRole(colour);
        const ink = role && INK_CLASSES[role];
        if (!ink || ink.attribute !== attribute)
          throw new Error(`Chart "${chart}": the SVG canvas drew a ${attribute} of ${colour}, which is no placeholder of ink.ts for a ${attribute}`);
        return ` class="${ink.className}"`;
      })
  );
}
