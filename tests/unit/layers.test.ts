/**
 * The layers of the code go one way (.dependency-cruiser.mjs): the thesis's
 * source below the knowledge layer, the renderings above it, pages on top,
 * and no cycle. Checked on the project's own files, with a control: a small
 * tree that breaks each rule once must fail on each, named.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const depcruise = join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs');
const config = join(root, '.dependency-cruiser.mjs');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
  cycle?: Array<{ name: string }>;
}

/** Cruises `src` of `dir` with the project's rules; the violations found. */
function violations(dir: string): Violation[] {
  let out: string;
  try {
    out = execFileSync(process.execPath, [depcruise, 'src', '--config', config, '--output-type', 'json'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    // depcruise exits non-zero when a rule is broken; its report is on stdout all the same.
    out = (error as { stdout: string }).stdout;
  }
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('the layers of src/', () => {
  it('go one way, with no cycle', () => {
    expect(violations(root).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  });
});

describe('the layer rules (control)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'layers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  file('tsconfig.json', JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '~/*': ['./src/*'] }, allowImportingTsExtensions: true, noEmit: true } }));
  file('src/source/text.ts', "import { view } from '../knowledge/view.ts';\nexport const text = view;\n");
  file('src/knowledge/view.ts', "import { render } from '~/edition/render.ts';\nexport const view = render;\n");
  file('src/edition/render.ts', "import { page } from '../components/page.ts';\nexport const render = page;\n");
  file('src/components/page.ts', 'export const page = 1;\n');
  file('src/charts/a.ts', "import { b } from './b.ts';\nexport const a = b;\n");
  file('src/charts/b.ts', "import { a } from './a.ts';\nexport const b = a;\n");

  it('catch each wrong import and the cycle, naming the rule and the files', () => {
    const found = violations(dir).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    expect(new Set(found)).toEqual(
      new Set([
        'source-imports-nothing-of-the-site: src/source/text.ts → src/knowledge/view.ts',
        'knowledge-imports-only-source: src/knowledge/view.ts → src/edition/render.ts',
        'renderings-import-no-pages: src/edition/render.ts → src/components/page.ts',
        'no-cycle: src/charts/a.ts → src/charts/b.ts',
      ]),
    );
  });
});
