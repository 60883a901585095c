/**
 * The page's SVG, from real drawings of the fixture's charts (draw.ts),
 * parsed as a browser parses the page (parse5).
 */
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { drawChart, type DrawnChart } from './draw.ts';
import { fixture } from './fixture.ts';
import { driverChart, intervieweeCategoryChart, intervieweeFindingsChart, table9Chart } from './from-knowledge.ts';
import { inside } from './layout.ts';
import { categoryValues, type ChartSpec } from './spec.ts';
import { chartSvg, textBox, wrapToWidth } from './svg.ts';

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.Node;
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
function all(node: Node, test: (el: Element) => boolean, out: Element[] = []): Element[] {
  if ('tagName' in node && test(node)) out.push(node);
  for (const child of 'childNodes' in node ? node.childNodes : []) all(child, test, out);
  return out;
}
const text = (node: Node): string =>
  node.nodeName === '#text' && 'value' in node ? node.value : ('childNodes' in node ? node.childNodes : []).map(text).join('');
const byClass = (root: Node, name: string) => all(root, (el) => (attr(el, 'class') ?? '').split(' ').includes(name));
/** A tip's lines, its wrapped lines joined again. */
const tipText = (tip: Element) => all(tip, (el) => el.tagName === 'text').map(text);

const IDS = { id: 'chart-test-narrow', caption: 'chart-test-caption', description: 'chart-test-description' };
const kb = fixture();

function render(spec: ChartSpec, size: 'narrow' | 'wide' = 'narrow') {
  const drawn = drawChart(spec, size);
  const svg = chartSvg(spec, drawn, IDS);
  return { drawn, svg, root: parseFragment(svg).childNodes[0] as Element };
}

describe('chartSvg', () => {
  const spec = table9Chart(kb);
  const { drawn, svg, root } = render(spec);

  it('is an SVG of the drawing’s size, labelled by the caption and described by the text alternative', () => {
    expect(root.tagName).toBe('svg');
    expect([attr(root, 'width'), attr(root, 'height'), attr(root, 'viewBox')]).toEqual([
      `${drawn.width}`,
      `${drawn.height}`,
      `0 0 ${drawn.width} ${drawn.height}`,
    ]);
    expect([attr(root, 'aria-labelledby'), attr(root, 'aria-describedby'), attr(root, 'class')]).toEqual([
      IDS.caption,
      IDS.description,
      'chart-svg chart-svg-narrow',
    ]);
  });

  it('has no placeholder colour left, and text in no font of its own', () => {
    expect(svg).not.toMatch(/#F[DE][0-9A-F]{4}/i);
    expect(svg).not.toMatch(/font-family|clip-path/);
    // Every piece of text has a role the page's CSS colours: by its class, or as a label's or tip's.
    const within = (el: Element, name: string): boolean =>
      (attr(el, 'class') ?? '').split(' ').includes(name) || (el.parentNode !== null && 'tagName' in el.parentNode && within(el.parentNode, name));
    for (const t of all(root, (el) => el.tagName === 'text'))
      expect(attr(t, 'class') !== undefined || within(t, 'chart-label') || within(t, 'chart-tip'), text(t)).toBe(true);
    expect(attr(root, 'font-size')).toBe('12');
  });

  it('labels every bar with its cell as printed', () => {
    const values = byClass(root, 'chart-value');
    expect(values.map(text).toSorted()).toEqual(spec.series.flatMap((s) => s.cells.map((c) => c.text)).toSorted());
    // Words ("blank") look unlike numbers.
    expect(byClass(root, 'chart-value-words').map(text).toSorted()).toEqual(
      spec.series.flatMap((s) => s.cells.filter((c) => c.value === null).map((c) => c.text)).toSorted(),
    );
  });

  it('makes every category label a link to its page, named by its words, described by a tip of all its values', () => {
    const labels = byClass(root, 'chart-label');
    // Named by their words, as they show them: a line after the first starts with a space (WCAG 2.5.3).
    expect(labels.map((a) => [a.tagName, attr(a, 'href'), text(a)])).toEqual(spec.categories.map((c) => ['a', c.href, c.lines.join(' ')]));
    expect(spec.categories.some((c) => c.lines.length > 1)).toBe(true);
    for (const [j, label] of labels.entries()) {
      // One <text>: its first line, then a <tspan> for each other line.
      const [labelText] = all(label, (el) => el.tagName === 'text');
      expect(labelText!.childNodes.map((node) => text(node).trim())).toEqual(spec.categories[j]!.lines);
      const tip = all(root, (el) => attr(el, 'id') === attr(label, 'aria-describedby'));
      expect(tip).toHaveLength(1);
      expect(attr(tip[0]!, 'role')).toBe('tooltip');
      expect(tipText(tip[0]!).join(' ')).toBe([spec.categories[j]!.name, ...categoryValues(spec, j).map((l) => `${l.label}: ${l.text}`)].join(' '));
    }
  });

  it('puts a target over every bar, focusable by a tap but not by Tab, before its category’s tip', () => {
    const hits = byClass(root, 'chart-hit');
    expect(hits).toHaveLength(spec.series.length * spec.categories.length);
    for (const hit of hits) {
      expect([attr(hit, 'tabindex'), attr(hit, 'aria-hidden')]).toEqual(['-1', 'true']);
      // The tip that follows it among its siblings (BarChart.astro's CSS: .chart-hit:hover ~ .chart-tip) is its category's.
      const siblings = (hit.parentNode as Element).childNodes as Element[];
      const tip = siblings.slice(siblings.indexOf(hit)).find((el) => attr(el, 'class') === 'chart-tip')!;
      const label = siblings.find((el) => attr(el, 'class') === 'chart-label')!;
      expect([attr(label, 'data-category'), attr(tip, 'id')]).toEqual([attr(hit, 'data-category'), attr(label, 'aria-describedby')]);
    }
  });

  it('keeps every tip inside the drawing, right of the category labels', () => {
    const frame = { left: 0, top: 0, width: drawn.width, height: drawn.height };
    const boxes = byClass(root, 'chart-tip-box');
    expect(boxes.length).toBe(spec.categories.length);
    for (const box of boxes) {
      const b = { left: Number(attr(box, 'x')), top: Number(attr(box, 'y')), width: Number(attr(box, 'width')), height: Number(attr(box, 'height')) };
      expect(inside(b, frame)).toBe(true);
      expect(b.left).toBeGreaterThan(drawn.layout.plot.left);
    }
  });

  it('gives every id once', () => {
    const ids = all(root, (el) => attr(el, 'id') !== undefined).map((el) => attr(el, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('chartSvg, other charts', () => {
  it('makes a category without a page a focusable label, not a link', () => {
    const { root } = render(intervieweeCategoryChart(kb));
    const labels = byClass(root, 'chart-label');
    expect(labels.map((l) => [l.tagName, attr(l, 'role'), attr(l, 'tabindex')])).toEqual(labels.map(() => ['g', 'button', '0']));
  });

  it('labels a stacked bar with its total, and puts targets only over segments that have a length', () => {
    const spec = intervieweeFindingsChart(kb);
    const { root } = render(spec, 'wide');
    const totals = spec.categories.map((_, j) => spec.series.reduce((sum, s) => sum + (s.cells[j]!.value ?? 0), 0));
    expect(byClass(root, 'chart-value').map(text)).toEqual(totals.map(String));
    const segments = spec.series.flatMap((s, i) => s.cells.flatMap((c, j) => (c.value ? [`${i}/${j}`] : [])));
    expect(
      byClass(root, 'chart-hit')
        .map((h) => `${attr(h, 'data-series')}/${attr(h, 'data-category')}`)
        .toSorted(),
    ).toEqual(segments.toSorted());
  });
});

describe('the label check', () => {
  const spec = driverChart(kb, 'ethnic-identity');
  const drawn = drawChart(spec, 'narrow');
  const withText = (extra: DrawnChart['axisTexts'][number]): DrawnChart => ({ ...drawn, axisTexts: [...drawn.axisTexts, extra] });
  const tick = drawn.axisTexts.find((t) => t.role === 'tick')!;

  it('passes the chart as drawn (control: the same chart with one label more fails)', () => {
    expect(() => chartSvg(spec, drawn, IDS)).not.toThrow();
    expect(() => chartSvg(spec, withText({ ...tick, text: 'ticked twice', x: tick.x + 2 }), IDS)).toThrow(
      `Chart "${spec.caption}" at 360 px: labels overlap: "0" / "ticked twice"`,
    );
  });

  it('stops on a label outside the drawing', () => {
    expect(() => chartSvg(spec, withText({ ...tick, text: 'far', x: drawn.width + 5, y: 20 }), IDS)).toThrow('labels outside the drawing: "far"');
  });
});

describe('textBox', () => {
  it('is where the anchor and alignment put the glyphs', () => {
    const spot = { x: 100, y: 50, size: 10, width: 40, baseline: 'central' as const };
    expect(textBox({ ...spot, align: 'start' })).toEqual({ left: 100, top: 44.2, width: 40, height: 11.6 });
    expect(textBox({ ...spot, align: 'end' }).left).toBe(60);
    expect(textBox({ ...spot, align: 'middle' }).left).toBe(80);
  });
});

describe('wrapToWidth', () => {
  const width = (line: string) => line.length * 5;
  it('wraps at spaces within the width, a longer word on a line of its own', () => {
    expect(wrapToWidth('Afghan Taliban: blank (Table 5 prints 0)', 100, width)).toEqual(['Afghan Taliban:', 'blank (Table 5', 'prints 0)']);
    expect(wrapToWidth('Counterterrorismdepartment x', 50, width)).toEqual(['Counterterrorismdepartment', 'x']);
  });
});
