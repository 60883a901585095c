/**
 * Bad input stops the build with the file and the field named, proven
 * without a build: each place where the build checks its input, called as
 * the build calls it, on the project's own files with one mistake in them.
 *
 * - loadKnowledge (src/knowledge/index.ts), which every page calls: the
 *   checks of src/knowledge/integrity.ts run on the project's collections,
 *   read as Astro reads them (tests/support/content-collections.ts) and
 *   handed to it through a mocked `astro:content`, as Starlight's own tests
 *   do; each check family, one mistake each;
 * - checkThesis (src/integrations/check-thesis.ts), the pre-build check of
 *   the chapter MDX and the reference list's ids, and the integration hook
 *   that runs it when Astro loads its configuration;
 * - SITE_URL, read when the configuration loads (src/site-url.ts);
 * - the findings schema (src/knowledge/schemas.ts, the collection's zod
 *   schema): each count cell of Table 5 in every finding file.
 *
 * The one real build that must stop, proving that the collections' schemas
 * are wired into `astro build`, is tests/build/bad-input.test.ts.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { load } from 'js-yaml';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkThesis, checkThesisIntegration } from '../../src/integrations/check-thesis.ts';
import { findingSchema, organizationSchema } from '../../src/knowledge/schemas.ts';
import { entryOf, readContentCollections, type ContentCollections, type ContentEntry } from '../support/content-collections.ts';
import { THESIS_TEXT } from '../../src/source/thesis.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** What `getCollection` returns in this file: the project's collections, changed by each test. */
let collections: ContentCollections = readContentCollections();
vi.mock('astro:content', () => ({ getCollection: async (name: string) => collections[name] ?? [] }));

/** loadKnowledge from a fresh copy of src/knowledge/index.ts (it caches its result per module). */
async function loadKnowledge() {
  vi.resetModules();
  const knowledge = await import('../../src/knowledge/index.ts');
  return knowledge.loadKnowledge();
}

/** The entries of `collection` whose data has a non-empty `field` list, with that list. */
function withList<T>(collection: string, field: string): Array<{ entry: ContentEntry; list: T[] }> {
  return (collections[collection] ?? []).flatMap((entry) => {
    const list = entry.data[field];
    return Array.isArray(list) && list.length > 0 ? [{ entry, list: list as T[] }] : [];
  });
}

function first<T>(list: readonly T[], what: string): T {
  const item = list[0];
  if (item === undefined) throw new Error(`the project's data has no ${what}: this test would test nothing`);
  return item;
}

describe('loading the data (loadKnowledge) stops on a mistake, naming the file and the field', () => {
  beforeEach(() => {
    collections = readContentCollections();
  });

  it('loads the project as it is', async () => {
    const knowledge = await loadKnowledge();
    expect(knowledge.drivers.map((d) => d.id).sort()).toEqual(collections['drivers']?.map((d) => d.id).sort());
    expect(knowledge.findings.size).toBe(collections['findings']?.length);
  });

  it('a driver file missing', async () => {
    const [gone, ...rest] = collections['drivers'] ?? [];
    collections['drivers'] = rest;
    await expect(loadKnowledge()).rejects.toThrow(`content/drivers: missing ${gone?.id}.yaml`);
  });

  it("an interviewee whose number is not its file's", async () => {
    entryOf(collections, 'interviewees', '07').data['n'] = 8;
    await expect(loadKnowledge()).rejects.toThrow('content/interviewees/07.yaml: field "n": is 8 but the file is named 07.yaml');
  });

  it('a reference to an organization that does not exist', async () => {
    const { entry } = first(withList<string>('groups', 'organizations'), 'group with organizations');
    (entry.data['organizations'] as string[])[0] = 'no-such-organization';
    await expect(loadKnowledge()).rejects.toThrow(
      `content/groups/${entry.id}.yaml: field "organizations[0]": no organization "no-such-organization" in content/organizations/`,
    );
  });

  it('a theory linked to a driver through a Table 3 row that does not cite it', async () => {
    const theory = first(collections['theories'] ?? [], 'theory');
    const surname = String((theory.data['authors'] as string[])[0]).split(',')[0] ?? '';
    const row = first(
      (collections['candidateDrivers'] ?? []).filter((c) => c.data['table'] === 3 && !String(c.data['citations'] ?? '').includes(surname)),
      `Table 3 row that does not cite ${surname}`,
    );
    theory.data['drivers'] = [{ driver: (row.data['consolidatedInto'] as string[])[0] ?? 'recruitment', basis: 'table-3', candidate: row.id }];
    await expect(loadKnowledge()).rejects.toThrow(
      `content/theories/${theory.id}.yaml: field "drivers[0].candidate": Table 3 row ${row.data['number']} ("${row.data['name']}") does not cite`,
    );
  });

  it('a year for an event in words the thesis does not print', async () => {
    const { entry, list } = first(withList<{ year: number; asWritten: string }>('organizations', 'datedEvents'), 'dated event');
    const event = first(list, 'dated event');
    event.asWritten = event.asWritten.replace(String(event.year), String(event.year - 1));
    event.year -= 1;
    await expect(loadKnowledge()).rejects.toThrow(`content/organizations/${entry.id}.yaml: field "datedEvents[0].asWritten"`);
  });

  it('a claim of the Discussion in words the thesis does not use', async () => {
    const { entry, list } = first(withList<{ words: string }>('drivers', 'claims'), 'claim');
    first(list, 'claim').words += ' (and more)';
    await expect(loadKnowledge()).rejects.toThrow(`content/drivers/${entry.id}.yaml: field "claims[0].words"`);
  });

  it("a speaker's introduction that is not in the thesis", async () => {
    const introduced = withList<{ introducedAs?: string }>('findings', 'quotes').flatMap(({ entry, list }) =>
      list.flatMap((quote, index) => (quote.introducedAs ? [{ entry, quote, index }] : [])),
    );
    const { entry, quote, index } = first(introduced, 'quote with an introduction');
    quote.introducedAs = 'A speaker the thesis never introduces';
    expect(THESIS_TEXT).not.toContain(quote.introducedAs);
    await expect(loadKnowledge()).rejects.toThrow(
      `content/findings/${entry.id}.yaml: field "quotes[${index}].introducedAs": "A speaker the thesis never introduces" is not in the thesis text`,
    );
  });

  it('a side of a reviewed data note that the thesis does not print where the note says', async () => {
    const note = first(collections['dataNotes'] ?? [], 'reviewed data note');
    const sides = note.data['sides'] as Array<{ says: string }>;
    const side = first(sides, 'side of a reviewed note');
    side.says = `${side.says} (words the thesis never prints)`;
    await expect(loadKnowledge()).rejects.toThrow(`content/data-notes/${note.id}.yaml: field "sides[0].says"`);
  });

  it('an interviewee number outside 1-22 in a footnote list', async () => {
    const listed = withList<{ interviewees: string | null }>('findings', 'statements').flatMap(({ entry, list }) =>
      list.flatMap((statement, index) => (statement.interviewees ? [{ entry, statement, index }] : [])),
    );
    const { entry, statement, index } = first(listed, 'statement with interviewees');
    statement.interviewees = `${statement.interviewees}, 23`;
    await expect(loadKnowledge()).rejects.toThrow(`content/findings/${entry.id}.yaml: field "statements[${index}].interviewees": interviewee 23`);
  });

  it('a finding file whose group and driver are not its name', async () => {
    const finding = first(collections['findings'] ?? [], 'finding');
    const other = (collections['findings'] ?? []).find((f) => f.data['driver'] !== finding.data['driver']);
    finding.data['driver'] = other?.data['driver'];
    await expect(loadKnowledge()).rejects.toThrow(`content/findings/${finding.id}.yaml: field "group/driver"`);
  });
});

let copy: string | undefined;
afterEach(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
  copy = undefined;
  vi.unstubAllEnvs();
});

type Edit = [file: string, change: (text: string) => string];

/** A copy of content/ with each change applied to its file (relative to the project); its root folder. */
function contentWithEdits(edits: readonly Edit[]): string {
  copy = mkdtempSync(join(tmpdir(), 'bad-input-'));
  cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true });
  for (const [file, change] of edits) {
    const path = join(copy, file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`the edit to ${file} changed nothing`);
    writeFileSync(path, after);
  }
  return copy;
}

const contentWith = (file: string, change: Edit[1]) => contentWithEdits([[file, change]]);

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

describe('the check-thesis integration', () => {
  /** Runs the hook as Astro does when it loads its configuration, with the project at `projectRoot`. */
  function setup(projectRoot: string) {
    const hook = checkThesisIntegration().hooks['astro:config:setup'] as (options: unknown) => void;
    return () => hook({ config: { root: pathToFileURL(`${projectRoot}/`) } } as Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0]);
  }

  it('lets the project as it is through', () => {
    expect(setup(root)).not.toThrow();
  });

  it('stops the build before it starts, listing every problem with its file: four mistakes, all named at once', () => {
    const dir = contentWithEdits([
      ['content/docs/chapters/framework.mdx', (t) => t.replace(/^title: .*\n/m, '')],
      ['content/docs/chapters/methodology.mdx', (t) => t.replace(/^thesisOrder: \d+$/m, 'thesisOrder: 9')],
      ['content/marks.yaml', (t) => `${t}\n- kind: driver\n  id: porous-borders\n  phrases: [porous border]\n`],
      ['content/references/references.yaml', (t) => t.replace('- id: ankit-2016\n', '- id: ankit-2013\n')],
    ]);
    let message = '';
    try {
      setup(dir)();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^The thesis pages have \d+ problem\(s\):\n/);
    expect(message).toContain('content/docs/chapters/framework.mdx: frontmatter field "title" is missing');
    expect(message).toMatch(/content\/docs\/chapters\/methodology\.mdx: frontmatter field "thesisOrder" is 9, .*out of order/);
    expect(message).toMatch(/content\/marks\.yaml: field "\[\d+\]\.id": unknown driver id "porous-borders"/);
    expect(message).toMatch(/content\/references\/references\.yaml: entry \d+ \(id "ankit-2013"\): field "id" is already the id of entry \d+/);
  });
});

describe('SITE_URL', () => {
  it('a value that is not an absolute http(s) URL stops the build when the configuration loads, naming SITE_URL', async () => {
    vi.stubEnv('SITE_URL', 'kb.example.edu');
    vi.resetModules();
    await expect(import('../../src/site-url.ts')).rejects.toThrow('SITE_URL: "kb.example.edu" is not an absolute URL');
    vi.stubEnv('SITE_URL', 'https://kb.example.edu/');
    vi.resetModules();
    expect((await import('../../src/site-url.ts')).SITE_URL).toBe('https://kb.example.edu');
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

describe('the organizations schema', () => {
  const dir = join(root, 'content/organizations');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const parse = (file: string) => load(readFileSync(join(dir, file), 'utf8')) as { otherNames: Array<{ value: string; reason?: string }> };

  it('rejects a name from outside the thesis without the reason the site gives it, naming the field, in every file with such names', () => {
    const withOtherNames = files.filter((file) => parse(file).otherNames.length > 0);
    expect(withOtherNames.length).toBeGreaterThan(0);
    for (const file of withOtherNames) {
      const data = parse(file);
      expect(organizationSchema.safeParse(data).success, file).toBe(true);
      const last = data.otherNames.length - 1;
      const bad = { ...data, otherNames: data.otherNames.map((name, i) => (i === last ? { value: name.value } : name)) };
      const result = organizationSchema.safeParse(bad);
      expect(
        result.error?.issues.map((issue) => issue.path.join('.')),
        file,
      ).toContain(`otherNames.${last}.reason`);
    }
  });
});
