/**
 * Pure helpers of the benchmark (scripts/bench.ts): page kinds, statistics,
 * formatting, budgets and the growth verdict. Unit-tested in
 * tests/unit/bench.test.ts.
 */
import { ENTITY_KIND_NAMES, type EntityKind } from '../../src/knowledge/kinds.ts';
import { pageOfPath } from '../../src/knowledge/page-of-path.ts';
import type { Budget } from '../../bench/budgets.ts';
import type { LighthousePage } from './lighthouse.ts';

/**
 * The kinds of page the benchmark reports on: the thesis's own pages (home,
 * chapters, case studies), one kind per kind of entity (src/knowledge/kinds.ts,
 * so a new kind of entity is measured without a change here), the open-data
 * page, the views that compare the evidence (issue 16: /evidence/,
 * /compare/<a>-vs-<b>/, /map/), the entity indexes, and the rest.
 */
export type PageKind = 'home' | 'chapter' | 'case study' | EntityKind | 'data' | 'view' | 'index' | 'other';
export const PAGE_KINDS: readonly PageKind[] = ['home', 'chapter', 'case study', ...ENTITY_KIND_NAMES, 'data', 'view', 'index', 'other'];

/** The kind of a page, from what its URL is (src/knowledge/page-of-path.ts). */
export function pageKind(urlPath: string): PageKind {
  const page = pageOfPath(urlPath);
  switch (page.kind) {
    case 'home':
    case 'data':
    case 'view':
    case 'index':
    case 'other':
      return page.kind;
    case 'thesis-part':
      return page.isCaseStudy ? 'case study' : 'chapter';
    case 'entity':
      return page.entity;
  }
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
  return [`| ${header.map(cell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join(
    '\n',
  );
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

export type Verdict = { status: 'pass' | 'over'; value: number; limit: number } | { status: 'not measured'; missing: string };

/**
 * A figure against its budget (bench/budgets.ts). `figures` holds what this
 * run measured; a limit given as another figure is read from it too. A
 * figure that was not measured (section skipped, no page of that kind) is
 * said to be so, never counted as a pass.
 */
export function judge(budget: Budget, figures: ReadonlyMap<string, number>): Verdict {
  const value = figures.get(budget.figure);
  if (value === undefined || Number.isNaN(value)) return { status: 'not measured', missing: budget.figure };
  let limit: number;
  if (typeof budget.limit === 'number') limit = budget.limit;
  else {
    const other = figures.get(budget.limit.figure);
    if (other === undefined || Number.isNaN(other)) return { status: 'not measured', missing: budget.limit.figure };
    limit = other + (budget.limit.plus ?? 0);
  }
  const within = budget.rule === '<' ? value < limit : budget.rule === '<=' ? value <= limit : value >= limit;
  return { status: within ? 'pass' : 'over', value, limit };
}

/** A figure in its budget's unit: bytes in kB, times in ms, scores as they are. */
export function formatFigure(value: number, unit: Budget['unit']): string {
  switch (unit) {
    case 'bytes':
      return formatBytes(value);
    case 'ms':
      return `${Math.round(value)} ms`;
    case 'score':
      return String(Math.round(value));
    case 'shift':
      return value.toFixed(3);
  }
}

/** The sections of a benchmark run, in the order they run. */
export const SECTIONS = ['build', 'sizes', 'bare', 'js', 'search', 'lighthouse', 'scale'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  sections: ReadonlySet<Section>;
  /** Write bench/REPORT.md: always after a full run; after a partial one only with --write. */
  write: boolean;
}

export const USAGE = `Usage: npm run bench [-- [--only a,b] [--skip a,b] [--write]]
Sections: ${SECTIONS.join(', ')} (all by default).
  --only js,search   run only these sections (on the dist/ of the last build if 'build' is not among them)
  --skip scale       run all sections but these
  --write            write bench/REPORT.md after a partial run too (a full run always writes it)`;

function sectionList(flag: string, value: string | undefined): Section[] {
  if (!value) throw new Error(`${flag} needs a list of sections: ${SECTIONS.join(', ')}`);
  return value.split(',').map((name) => {
    const section = SECTIONS.find((s) => s === name.trim());
    if (!section) throw new Error(`${flag}: no section "${name.trim()}"; the sections are ${SECTIONS.join(', ')}`);
    return section;
  });
}

/** The command line of `npm run bench`: `--only a,b` or `--only=a,b`, `--skip …`, `--write`. Throws on anything else. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  let only: Section[] | undefined;
  const skip = new Set<Section>();
  let write = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--write') write = true;
    else if (flag === '--only' || flag === '--skip') {
      const list = sectionList(flag, inline ?? argv[++i]);
      if (flag === '--only') only = [...(only ?? []), ...list];
      else list.forEach((s) => skip.add(s));
    } else throw new Error(`unknown argument "${arg}"\n${USAGE}`);
  }
  const sections = new Set((only ?? SECTIONS).filter((s) => !skip.has(s)));
  if (sections.size === 0) throw new Error(`no section left to run\n${USAGE}`);
  return { sections, write: write || sections.size === SECTIONS.length };
}

/** The page Lighthouse audits for a kind where one is preferred (else the first of its kind). */
export const LIGHTHOUSE_PREFERRED: Partial<Record<PageKind, string>> = {
  home: '/',
  chapter: '/chapters/introduction/',
  'case study': '/case-studies/kashmir/',
  driver: '/drivers/recruitment/',
  group: '/groups/afghan-taliban/',
  organization: '/organizations/lashkar-e-taiba/',
  data: '/data/',
};

/** What Lighthouse audits: one page of each kind that has pages (the preferred one where it exists). */
export function lighthousePages(paths: readonly string[]): LighthousePage[] {
  return PAGE_KINDS.flatMap((kind): LighthousePage[] => {
    const preferred = LIGHTHOUSE_PREFERRED[kind];
    const path = preferred && paths.includes(preferred) ? preferred : paths.find((p) => pageKind(p) === kind);
    return path ? [{ kind, path }] : [];
  });
}
