/**
 * The W3C Nu Html Checker (vnu.jar, from the vnu-jar package) over many HTML
 * files in one run of Java: the checker starts once (a few seconds) and then
 * takes each file in well under a second, so all pages at once is fast.
 *
 * Java comes from the system (`default-jre-headless` on Debian; .ci/run
 * installs it when `java` is missing). The package's own install script,
 * which would download a Java runtime, is not allowed to run (package.json,
 * "allowScripts"): no download at install time.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const VNU_JAR = require.resolve('vnu-jar/build/dist/vnu.jar');

/**
 * - `-Xss4m`: the checker needs a thread stack of at least 512 kB to walk its
 *   HTML schema (it says so when it overflows);
 * - `-XX:TieredStopAtLevel=1`: the JIT's quick tier only; one run over every
 *   page is too short for the optimizing tier to pay back its compile time
 *   (measured: about half the CPU time).
 */
const JAVA_OPTIONS = ['-Xss4m', '-XX:TieredStopAtLevel=1'];

/** One message of the checker's JSON output (https://github.com/validator/validator/wiki/Output-»-JSON). */
export interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  /** 'fatal' for an error after which the checker gives up on the file; 'warning' for an info that is a warning. */
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
  firstColumn?: number;
}

/** What the checker found in each file (absolute path), every file present, also those without a message. */
export type NuReport = Map<string, NuMessage[]>;

/** Errors and warnings: every message but plain information (such as "trailing slash on void elements has no effect"). */
export function isProblem(message: NuMessage): boolean {
  return message.type !== 'info' || message.subType === 'warning';
}

/** Checks `files` (absolute paths) in one run of the checker. */
export async function checkWithNu(files: readonly string[]): Promise<NuReport> {
  const output = await new Promise<string>((resolve, reject) => {
    execFile(
      'java',
      [...JAVA_OPTIONS, '-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', ...files],
      { maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') {
          reject(new Error('java not found: the Nu Html Checker needs a Java runtime (apt-get install default-jre-headless)'));
        } else if (error) reject(new Error(`the Nu Html Checker failed: ${error.message}\n${stderr}`));
        else resolve(stdout);
      },
    );
  });
  const { messages } = JSON.parse(output) as { messages: NuMessage[] };
  const report: NuReport = new Map(files.map((file) => [file, []]));
  const byUrl = new Map(files.map((file) => [pathToFileURL(file).href, file]));
  for (const message of messages) {
    // The checker writes file:/path (one slash); the URL parser gives file:///path.
    const file = message.url ? (byUrl.get(new URL(message.url).href) ?? fileURLToPath(new URL(message.url))) : '(no file)';
    const list = report.get(file) ?? [];
    list.push(message);
    report.set(file, list);
  }
  return report;
}

/** "12:3 error: message («extract»)": a message as a test failure shows it. */
export function describeNuMessage(message: NuMessage): string {
  const where = message.lastLine === undefined ? '' : `${message.lastLine}:${message.firstColumn ?? '?'} `;
  const kind = message.subType ? `${message.type} (${message.subType})` : message.type;
  return `${where}${kind}: ${message.message}${message.extract ? ` («${message.extract.replace(/\s+/g, ' ').trim()}»)` : ''}`;
}
