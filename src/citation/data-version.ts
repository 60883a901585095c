/**
 * The data version a citation names: which state of the knowledge base it
 * refers to. It is the hand-kept `knowledgeBase.version` of the metadata file
 * plus the date (and short hash) of the last git commit that changed content/
 * (the thesis's text and the data the pages show), so two builds of the same
 * content cite the same version, and a change to the site's code or styles
 * moves no citation's date. Composed pages take this date as their own.
 * Without git (a tarball export), the date comes from SOURCE_DATE_EPOCH (the
 * reproducible-builds convention) and, failing that, from the build date; the
 * /cite/ page says which.
 */
import { execFileSync } from 'node:child_process';

export interface DataVersion {
  /** The metadata file's version, e.g. "1.0". */
  version: string;
  /** ISO date of the state cited, e.g. "2025-06-01". */
  date: string;
  /** Short hash of the commit built, when known. */
  commit: string | null;
  /** Where the date comes from. */
  source: 'git' | 'SOURCE_DATE_EPOCH' | 'build date';
  /** How citations print it: "1.0 of 2025-06-01". */
  label: string;
}

export interface GitCommit {
  date: string;
  hash: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The folder, from the repository's root, whose last change dates the data: the thesis's text and every data file. */
export const DATA_FOLDER = 'content';

/**
 * The date and short hash of the last commit that changed DATA_FOLDER, or null
 * when git, the repository or such a commit is unavailable. The path is from
 * the repository's root (git's ":/" prefix), wherever the build runs.
 */
export function lastDataCommit(cwd: string = process.cwd()): GitCommit | null {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs %h', '--', `:/${DATA_FOLDER}`], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const [date = '', hash = ''] = out.split(' ');
    return ISO_DATE.test(date) && hash ? { date, hash } : null;
  } catch {
    return null;
  }
}

export interface VersionSources {
  commit: GitCommit | null;
  /** process.env.SOURCE_DATE_EPOCH, if set. */
  sourceDateEpoch?: string | undefined;
  now: Date;
}

/** Pure: the data version from the metadata version and what the build can see. */
export function resolveDataVersion(version: string, sources: VersionSources): DataVersion {
  const make = (date: string, commit: string | null, source: DataVersion['source']): DataVersion => ({
    version,
    date,
    commit,
    source,
    label: `${version} of ${date}`,
  });
  if (sources.commit) return make(sources.commit.date, sources.commit.hash, 'git');
  const epoch = Number(sources.sourceDateEpoch);
  if (sources.sourceDateEpoch && Number.isInteger(epoch) && epoch >= 0) {
    return make(new Date(epoch * 1000).toISOString().slice(0, 10), null, 'SOURCE_DATE_EPOCH');
  }
  return make(sources.now.toISOString().slice(0, 10), null, 'build date');
}

/** The data version of this build (reads git and the environment). */
export function currentDataVersion(version: string): DataVersion {
  return resolveDataVersion(version, { commit: lastDataCommit(), sourceDateEpoch: process.env['SOURCE_DATE_EPOCH'], now: new Date() });
}

/** [year, month, day] of an ISO date, for CSL date-parts. */
export function dateParts(iso: string): [number, number, number] {
  if (!ISO_DATE.test(iso)) throw new Error(`Not an ISO date (YYYY-MM-DD): "${iso}"`);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}
