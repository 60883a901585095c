/**
 * Every built page, the 404 page included, is valid by the W3C Nu Html
 * Checker (vnu.jar, run once over all pages: tests/support/nu-checker.ts):
 * no error and no warning, except the messages listed in ACCEPTED, each with
 * why. html-validate (html-validate.test.ts) checks the same pages by its own
 * reading of the standard; the Nu checker is the reference implementation
 * behind validator.w3.org.
 *
 * Controls: a page with an error must fail (checked in the same run), and
 * every accepted message must still occur on the built pages, so that the
 * list cannot keep a message the site no longer has, and so that a run that
 * checked nothing cannot pass.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { distDir, fileForUrlPath, listPages } from '../support/dist.ts';
import { checkWithNu, describeNuMessage, isProblem, type NuMessage, type NuReport } from '../support/nu-checker.ts';

/** Messages of the checker that are not the site's to fix, each with why. */
const ACCEPTED: ReadonlyArray<{ message: string | RegExp; why: string }> = [
  {
    message: 'The “aria-hidden” attribute must not be specified on the “script” element.',
    why: "Starlight's own markup: its sidebar and table of contents carry an inline script marked aria-hidden (Starlight 0.42).",
  },
  {
    message: 'A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”.',
    why:
      'The checker predates <link rel="expect" blocking="render">, which the HTML standard now defines ' +
      '(the page holds its first paint until the element it names has arrived: tests/site/first-paint.test.ts).',
  },
  // The charts choose their drawing by the width of their figure (CSS containment, src/components/charts/): the
  // checker's CSS parser predates CSS Containment Module Level 3, which defines both.
  {
    message: "CSS: “container-type”: Property “container-type” doesn't exist.",
    why: 'The checker predates the container-type property (CSS Containment Module Level 3).',
  },
  {
    message: 'CSS: Unrecognized at-rule “@container”',
    why: 'The checker predates the @container rule (CSS Containment Module Level 3).',
  },
  // Every page carries its Content-Security-Policy as a meta element too (src/integrations/security-headers.ts).
  {
    message: /^(Inline script|Resource) violates Content Security Policy \(meta tag\)/,
    why:
      "The checker reads each page as a file, with no origin for 'self' to match, and reports inline scripts the " +
      'policy lists by hash, JSON-LD data blocks included (a policy does not apply to them). Chromium enforces the ' +
      'policy on every page with no violation (tests/browser/sweep.test.ts, tests/browser/meta-policy.test.ts).',
  },
];

const matches = (accepted: string | RegExp, message: string) => (typeof accepted === 'string' ? accepted === message : accepted.test(message));
const isAccepted = (message: NuMessage) => ACCEPTED.some((accepted) => matches(accepted.message, message.message));

const pages = [...listPages(), '/404.html'];

/** A page with an error of its own beside the accepted messages: the checker must report the error, and only it. */
const CONTROL_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>control</title>' +
  '<link rel="expect" href="#main" blocking="render">' +
  `<meta http-equiv="Content-Security-Policy" content="script-src 'self'">` +
  '<style>figure{container-type:inline-size}@container (width > 30rem){p{display:none}}</style></head>' +
  '<body><main id="main"><p>control</p><script aria-hidden="true">void 0</script></main></body></html>' +
  '<script type="module">void 0</script>';

let controlDir: string;
let controlFile: string;
let report: NuReport;

beforeAll(async () => {
  controlDir = mkdtempSync(join(tmpdir(), 'nu-control-'));
  controlFile = join(controlDir, 'control.html');
  writeFileSync(controlFile, CONTROL_PAGE);
  report = await checkWithNu([...pages.map((page) => fileForUrlPath(page)), controlFile]);
  // One run of Java over every page: seconds on a quiet machine, minutes on a busy one.
}, 600_000);

afterAll(() => {
  rmSync(controlDir, { recursive: true, force: true });
});

const problemsOf = (file: string) => (report.get(file) ?? []).filter(isProblem);

test.for(pages)('%s: no error or warning of the Nu Html Checker', (page) => {
  const file = fileForUrlPath(page);
  expect(report.has(file), 'checked').toBe(true);
  expect(
    problemsOf(file)
      .filter((message) => !isAccepted(message))
      .map(describeNuMessage),
  ).toEqual([]);
});

describe('controls', () => {
  test('a page with markup after </html> fails, and the accepted messages on it are the only ones let through', () => {
    const problems = problemsOf(controlFile);
    expect(problems.filter((message) => !isAccepted(message)).map((message) => message.message)).toContain('Stray start tag “script”.');
    const accepted = problems.filter(isAccepted).map((message) => message.message);
    for (const { message } of ACCEPTED)
      expect(
        accepted.some((found) => matches(message, found)),
        String(message),
      ).toBe(true);
  });

  test.for(ACCEPTED)('the accepted message "$message" still occurs on the built pages', ({ message }) => {
    const files = pages.map((page) => fileForUrlPath(page)).filter((file) => problemsOf(file).some((problem) => matches(message, problem.message)));
    expect(files.length).toBeGreaterThan(0);
  });
});

test("dist/_headers keeps the comments of public/_headers as written (only the policy's placeholder is filled in)", () => {
  const comments = (text: string) => text.split('\n').filter((line) => line.trimStart().startsWith('#'));
  const template = readFileSync(fileURLToPath(new URL('../../public/_headers', import.meta.url)), 'utf8');
  expect(comments(template).length).toBeGreaterThan(0);
  expect(comments(readFileSync(join(distDir, '_headers'), 'utf8'))).toEqual(comments(template));
});
