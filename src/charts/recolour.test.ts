import { describe, expect, it } from 'vitest';
import { INK, barInk } from './ink.ts';
import { recolour, type BarInk } from './recolour.ts';

const BARS = new Map<number, BarInk>([[3, { colour: '#0072B2', series: 1, category: 0 }]]);
const svg = (body: string) =>
  `<?xml version="1.0" encoding="utf-8" ?><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">${body}</svg>`;

describe('recolour', () => {
  it('keeps the shapes, each placeholder replaced by its theme class, each bar by its colour, series and category', () => {
    const out = recolour(
      svg(
        `<rect fill-opacity="0" width="10" height="10"/><path fill="none" stroke="${INK.grid}" d="M0 0L1 1"/>` +
          `<clipPath id="cl_5"><rect width="5" height="5"/></clipPath><g clip-path="url(#cl_5)"><path fill="${INK.outline}" d="M0 0Z"/><path fill="${barInk(3)}" d="M1 1Z"/></g>`,
      ),
      BARS,
      'c',
    );
    expect(out).toBe(
      '<path fill="none" class="chart-grid" d="M0 0L1 1"/><g><path class="chart-outline" d="M0 0Z"/>' +
        '<path class="chart-bar" fill="#0072B2" data-series="1" data-category="0" d="M1 1Z"/></g>',
    );
  });

  it('stops on a colour that is no placeholder, or a placeholder where it does not belong, naming the chart', () => {
    expect(() => recolour(svg('<path fill="none" stroke="black" d="M0 0"/>'), BARS, 'Table 9')).toThrow(
      'Chart "Table 9": the SVG canvas drew a stroke of black, which is no placeholder of ink.ts for a stroke',
    );
    expect(() => recolour(svg(`<path fill="${INK.grid}" d="M0 0"/>`), BARS, 'c')).toThrow('a fill of #FE0001');
    expect(() => recolour(svg(`<path fill="${barInk(4)}" d="M0 0"/>`), BARS, 'c')).toThrow('bar placeholder #FD0004, which stands for no bar');
  });

  it('stops on text or images drawn by the canvas, and on a document that is no SVG', () => {
    expect(() => recolour(svg('<text x="0">1</text>'), BARS, 'c')).toThrow('wrote text or an image');
    expect(() => recolour('<html></html>', BARS, 'c')).toThrow('wrote no <svg> element');
  });
});
