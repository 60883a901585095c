/**
 * Pure helpers of the benchmark (scripts/bench.ts): page kinds, statistics,
 * formatting and the growth verdict. Unit-tested in tests/unit/bench.test.ts.
 */
import { THESIS_PAGES } from '../../src/thesis/structure.ts';

export const PAGE_KINDS = [
  'home',
  'chapter',
  'case study',
  'driver',
  'group',
  'organization',
  'theory',
  'interviewee',
  'data',
  'index',
  'other',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

const thesisSlugs = new Set(THESIS_PAGES.map((page) => page.slug));

/** Entity collections whose /<segment>/<id>/ pages are one kind each. */
const ENTITY_KINDS: Record<string, PageKind> = {
  drivers: 'driver',
  groups: 'group',
  organizations: 'organization',
  theories: 'theory',
  interviews: 'interviewee',
};

/**
 * The kind of a page, from its URL path. Thesis pages (src/thesis/structure.ts)
 * are chapters, except the three case studies; '/drivers/' and the like are
 * indexes; '/interviews/' is the thesis's List of Interviews, '/interviews/3/'
 * an interviewee.
 */
export function pageKind(urlPath: string): PageKind {
  if (urlPath === '/') return 'home';
  const slug = urlPath.replace(/^\/|\/$/g, '');
  if (thesisSlugs.has(slug)) return slug.startsWith('case-studies/') ? 'case study' : 'chapter';
  const [first = '', second] = slug.split('/');
  if (first === 'data') return 'data';
  const entity = ENTITY_KINDS[first];
  if (entity) return second === undefined ? 'index' : entity;
  return 'other';
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** 1234 → '1.2 kB', 1234567 → '1.23 MB' (decimal units, as browsers' devtools show). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '–';
  if (bytes < 1000) return `${Math.round(bytes)} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

export function formatSeconds(ms: number): string {
  return Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : '–';
}

/** A Markdown table; cells are escaped for '|'. */
export function markdownTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

export interface ScalePoint {
  factor: number;
  pages: number;
  buildMs: number;
}

export interface Growth {
  /** Build time per extra page between consecutive points, in ms. */
  marginalMsPerPage: number[];
  /** Build time per extra page in the lower and the upper half of the range, in ms. */
  lowerMsPerPage: number;
  upperMsPerPage: number;
  /** upper / lower: 1 for linear growth, above 1 for growth that speeds up. */
  curvature: number;
  linear: boolean;
}

/**
 * Does build time grow no faster than linearly with the pages built? A build
 * has a fixed cost, so what matters is the time each extra page adds. The
 * range is split at the point nearest its middle (by pages): if an extra page
 * in the upper half costs more than 1.5 times one in the lower half, growth is
 * faster than linear (a quadratic cost gives about 2.5 with factors 1, 2, 5
 * and 10). Each half spans hundreds of pages, so a second of noise in one
 * build moves the ratio by little; 1.5 leaves room for that noise.
 */
export function growth(points: readonly ScalePoint[]): Growth {
  const sorted = [...points].sort((a, b) => a.pages - b.pages);
  const perPage = (a: ScalePoint | undefined, b: ScalePoint | undefined) =>
    a && b && b.pages > a.pages ? (b.buildMs - a.buildMs) / (b.pages - a.pages) : Number.NaN;
  const marginalMsPerPage: number[] = [];
  for (let i = 1; i < sorted.length; i++) marginalMsPerPage.push(perPage(sorted[i - 1], sorted[i]));
  const first = sorted[0];
  const last = sorted.at(-1);
  let middle: ScalePoint | undefined;
  if (first && last && sorted.length >= 3) {
    const halfway = (first.pages + last.pages) / 2;
    middle = sorted.slice(1, -1).reduce((best, point) => (Math.abs(point.pages - halfway) < Math.abs(best.pages - halfway) ? point : best));
  }
  const lowerMsPerPage = perPage(first, middle);
  const upperMsPerPage = perPage(middle, last);
  const curvature = lowerMsPerPage > 0 ? upperMsPerPage / lowerMsPerPage : Number.NaN;
  return { marginalMsPerPage, lowerMsPerPage, upperMsPerPage, curvature, linear: !(curvature > 1.5) };
}
