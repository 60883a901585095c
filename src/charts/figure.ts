/**
 * Everything BarChart.astro shows of a chart, computed at build time: its
 * two drawings (a phone's and a desktop's width, switched by CSS), the ids
 * that tie them to the caption and the text alternative, and the number table.
 */
import { createHash } from 'node:crypto';
import { drawChart } from './draw.ts';
import { CHART_WIDTHS, type ChartWidth } from './layout.ts';
import { tableOf, type ChartSpec, type ChartTable } from './spec.ts';
import { chartSvg } from './svg.ts';

export interface ChartFigure {
  /** Unique on a page (one chart per caption): the figure's data-chart, and the prefix of its ids. */
  id: string;
  captionId: string;
  descriptionId: string;
  drawings: Array<{ size: ChartWidth; svg: string }>;
  table: ChartTable;
}

export function chartFigure(spec: ChartSpec): ChartFigure {
  const id = `chart-${createHash('sha256').update(spec.caption).digest('hex').slice(0, 8)}`;
  const ids = { caption: `${id}-caption`, description: `${id}-description` };
  const sizes = Object.keys(CHART_WIDTHS) as ChartWidth[];
  return {
    id,
    captionId: ids.caption,
    descriptionId: ids.description,
    drawings: sizes.map((size) => ({ size, svg: chartSvg(spec, drawChart(spec, size), { ...ids, id: `${id}-${size}` }) })),
    table: tableOf(spec),
  };
}
