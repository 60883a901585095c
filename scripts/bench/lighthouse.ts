/**
 * Lighthouse (npm `lighthouse`, its Node API) on one page of each kind, with
 * its mobile (default: simulated slow 4G and a 4x slower CPU) and desktop
 * settings, in Debian's Chromium started by Lighthouse's chrome-launcher with
 * the browser tests' switches (tests/support/browser.ts).
 *
 * A page can be audited with some URLs blocked (a control: that page
 * without what they load), since on a busy machine a score moves by several
 * points from run to run.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/support/browser.ts';
import { untilMeasured } from './until-measured.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type FormFactor = 'mobile' | 'desktop';

export interface LighthousePage {
  kind: string;
  path: string;
  /** URL patterns Lighthouse blocks: set on a control. */
  blockedUrlPatterns?: readonly string[];
  /** What the row is, where it is not simply one page of its kind (e.g. 'control: … blocked'). */
  note?: string;
}

export interface LighthouseRun extends LighthousePage {
  formFactor: FormFactor;
  /** 0–100 per category; NaN if Lighthouse could not score it. */
  scores: Record<Category, number>;
  /** Audits that cost points: 'category: audit-id (score) value'. */
  shortfalls: string[];
  /** Cumulative layout shift (Lighthouse's metric; NaN if it could not measure it). */
  cls: number;
  /** How many runs this result is the median of (see runLighthouse). */
  runs: number;
  /** The errors of runs that Lighthouse could not complete and that were run again. */
  retried: string[];
  error?: string;
}

const emptyScores = (): Record<Category, number> => Object.fromEntries(CATEGORIES.map((c) => [c, Number.NaN])) as Record<Category, number>;

type Once = Omit<LighthouseRun, keyof LighthousePage | 'runs' | 'retried'>;

async function once(port: number, url: string, formFactor: FormFactor, blockedUrlPatterns: readonly string[] = []): Promise<Once> {
  const scores = emptyScores();
  try {
    const result = await lighthouse(
      url,
      { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], blockedUrlPatterns: [...blockedUrlPatterns] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    const shortfalls: string[] = [];
    for (const category of CATEGORIES) {
      const report = lhr.categories[category];
      scores[category] = report?.score === null || report?.score === undefined ? Number.NaN : Math.round(report.score * 100);
      for (const ref of report?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0) continue;
        if (audit.scoreDisplayMode === 'error') shortfalls.push(`${category}: ${ref.id} could not run (${audit.errorMessage ?? 'no message'})`);
        else if (audit.score !== null && audit.score < 1) {
          shortfalls.push(`${category}: ${ref.id} (${audit.score.toFixed(2)})${audit.displayValue ? ` ${audit.displayValue}` : ''}`);
        }
      }
    }
    const error = lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : undefined;
    const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN;
    return { formFactor, scores, cls, shortfalls, ...(error ? { error } : {}) };
  } catch (error) {
    return { formFactor, scores, cls: Number.NaN, shortfalls: [], error: String(error) };
  }
}

/** How many times a run that Lighthouse could not complete is run again. */
const RETRIES = 3;

const total = (run: { scores: Record<Category, number> }) => CATEGORIES.reduce((sum, c) => sum + (Number.isNaN(run.scores[c]) ? -1000 : run.scores[c]), 0);

/**
 * One run per page and form factor; where that run is not 100 everywhere,
 * two more, and the median run (by total score) is reported: on a shared
 * machine a single run's timings swing by tens of points, and Lighthouse's
 * own advice is to take the median of several runs.
 * https://github.com/GoogleChrome/lighthouse/blob/main/docs/variability.md
 */
export async function runLighthouse(origin: string, pages: readonly LighthousePage[]): Promise<LighthouseRun[]> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: [...CHROMIUM_ARGS] });
  const results: LighthouseRun[] = [];
  try {
    for (const page of pages) {
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const retried: string[] = [];
        // A run Lighthouse could not complete (its runtime errors say "run Lighthouse again") is run again, up to
        // RETRIES times: it measured nothing. One that still fails is reported with its error, scored as nothing.
        const run = async () => {
          const { result, rejected } = await untilMeasured(
            () => once(chrome.port, origin + page.path, formFactor, page.blockedUrlPatterns),
            (r) => r.error !== undefined,
            RETRIES + 1,
          );
          retried.push(...rejected.map((r) => r.error ?? ''));
          return result;
        };
        const runs = [await run()];
        if (total(runs[0]!) < 100 * CATEGORIES.length) {
          for (let i = 0; i < 2; i++) runs.push(await run());
        }
        const median = [...runs].sort((a, b) => total(a) - total(b))[Math.floor(runs.length / 2)]!;
        results.push({ ...page, runs: runs.length, retried, ...median });
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}
