/**
 * The checks that stop the build on bad input, called directly on the
 * project's own files with one mistake in them: no build needed. The
 * build tests (tests/build/bad-input.test.ts) prove that the same checks
 * run inside `astro build` and stop it with the file and field named.
 *
 * - checkThesis (src/integrations/check-thesis.ts): the chapter MDX and the
 *   reference list's ids, on a copy of content/ in a temporary folder;
 * - the findings schema (src/knowledge/schemas.ts, the collection's zod
 *   schema): each count cell of Table 5 in every finding file.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { checkThesis } from '../../src/integrations/check-thesis.ts';
import { findingSchema } from '../../src/knowledge/schemas.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

let copy: string | undefined;
afterEach(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
  copy = undefined;
});

/** A copy of content/ with `change` applied to `file` (relative to the project); its root folder. */
function contentWith(file: string, change: (text: string) => string): string {
  copy = mkdtempSync(join(tmpdir(), 'bad-input-'));
  cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true });
  const path = join(copy, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit to ${file} changed nothing`);
  writeFileSync(path, after);
  return copy;
}

describe('checkThesis', () => {
  it('finds nothing wrong with the project as it is', () => {
    expect(checkThesis(root)).toEqual([]);
  });

  it('names a chapter page without a title', () => {
    const dir = contentWith('content/docs/chapters/framework.mdx', (t) => t.replace(/^title: .*\n/m, ''));
    expect(checkThesis(dir)).toEqual(['content/docs/chapters/framework.mdx: frontmatter field "title" is missing']);
  });

  it('names a chapter out of order', () => {
    const dir = contentWith('content/docs/chapters/methodology.mdx', (t) => t.replace(/^thesisOrder: \d+$/m, 'thesisOrder: 9'));
    const problems = checkThesis(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/docs\/chapters\/methodology\.mdx: frontmatter field "thesisOrder" is 9, .*out of order/);
  });

  it('names the rule of content/marks.yaml that marks a driver that does not exist', () => {
    const dir = contentWith('content/marks.yaml', (t) => `${t}\n- kind: driver\n  id: porous-borders\n  phrases: [porous border]\n`);
    const problems = checkThesis(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/marks\.yaml: field "\[\d+\]\.id": unknown driver id "porous-borders" \(no content\/drivers\/porous-borders\.yaml\)$/,
    );
  });

  it('names the entry of the reference list whose id another entry already has', () => {
    const dir = contentWith('content/references/references.yaml', (t) => t.replace('- id: abbas-2009\n', '- id: abbas-2013\n'));
    expect(checkThesis(dir)).toEqual([
      'content/references/references.yaml: entry 2 (id "abbas-2013"): field "id" must contain the entry\'s year, 2009',
      'content/references/references.yaml: entry 2 (id "abbas-2013"): field "id" is already the id of entry 1; each entry needs its own (it is its anchor on /references/)',
    ]);
  });
});

describe('the findings schema', () => {
  const dir = join(root, 'content/findings');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const parse = (file: string) => load(readFileSync(join(dir, file), 'utf8')) as { tables: Record<string, unknown> };
  const withTable5 = files.filter((file) => typeof parse(file).tables['table5'] === 'number');

  it('accepts every finding file as it is', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((file) => !findingSchema.safeParse(parse(file)).success)).toEqual([]);
  });

  it.for(['eleven', 23, -1, 1.5])('rejects %j as a Table 5 count, naming the field tables.table5, in every finding file', (bad) => {
    expect(withTable5.length).toBeGreaterThan(0);
    for (const file of withTable5) {
      const data = parse(file);
      const result = findingSchema.safeParse({ ...data, tables: { ...data.tables, table5: bad } });
      expect(result.success, file).toBe(false);
      expect(
        result.error?.issues.map((issue) => issue.path.join('.')),
        file,
      ).toContain('tables.table5');
    }
  });
});
