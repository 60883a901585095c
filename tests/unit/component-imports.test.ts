/**
 * Components render what they are given: none loads the knowledge base
 * (src/knowledge/index.ts). Pages get their views from their routes
 * (src/pages/), the shared parts of a page from the page view
 * (src/page-view.ts), and the MDX's components from
 * src/edition/component-views.ts. dependency-cruiser does not read `.astro`
 * files (tests/unit/layers.test.ts), so their frontmatter's imports are read
 * here with TypeScript's own import scanner; a control shows the check catches
 * a component that loads the data.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const src = join(root, 'src');
const COMPONENT_FOLDERS = ['src/components', 'src/user-components'];
/** The module that loads the knowledge base (its folder, as '~/knowledge' names it). */
const LOADER = join(src, 'knowledge');

/** The module an import names, as a path under the project without extension ('~/' is src/, as in tsconfig.json). */
function target(specifier: string, from: string): string | undefined {
  const path = specifier.startsWith('~/') ? join(src, specifier.slice(2)) : specifier.startsWith('.') ? resolve(dirname(from), specifier) : undefined;
  return path?.replace(/\.(ts|js|mjs)$/, '').replace(/[\\/]index$/, '');
}

/** The imports of a component that bring in the knowledge base's loader (`loadKnowledge`, or the whole module). */
function dataLoads(file: string, text: string): string[] {
  const frontmatter = /^---\r?\n([^]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const source = ts.createSourceFile(file, frontmatter, ts.ScriptTarget.Latest);
  return source.statements.filter(ts.isImportDeclaration).flatMap((declaration) => {
    const specifier = (declaration.moduleSpecifier as ts.StringLiteral).text;
    if (target(specifier, file) !== LOADER) return [];
    const bindings = declaration.importClause?.namedBindings;
    const loads =
      !declaration.importClause?.isTypeOnly &&
      (declaration.importClause?.name !== undefined ||
        (bindings !== undefined &&
          (ts.isNamespaceImport(bindings) || bindings.elements.some((e) => !e.isTypeOnly && (e.propertyName ?? e.name).text === 'loadKnowledge'))));
    return loads ? [specifier] : [];
  });
}

const components = COMPONENT_FOLDERS.flatMap((folder) =>
  readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.astro'))
    .map((name) => join(root, folder, name)),
);

describe('components', () => {
  it('are there to check', () => {
    expect(components.length).toBeGreaterThan(30);
  });

  it('never load the knowledge base: they render a view computed below them', () => {
    const loads = components.flatMap((file) => dataLoads(file, readFileSync(file, 'utf8')).map((s) => `${relative(root, file)} imports ${s}`));
    expect(loads).toEqual([]);
  });

  it('(control) a component that loads the data is caught, under each way of naming the loader', () => {
    const file = join(src, 'user-components', 'Example.astro');
    const component = (specifier: string) =>
      `---\nimport BarChart from '~/components/charts/BarChart.astro';\nimport { loadKnowledge } from '${specifier}';\nconst kb = await loadKnowledge();\n---\n<p>{kb.drivers.length}</p>\n`;
    for (const specifier of ['~/knowledge', '~/knowledge/index', '~/knowledge/index.ts', '../knowledge/index.ts', '../knowledge'])
      expect(dataLoads(file, component(specifier)), specifier).toEqual([specifier]);
    expect(dataLoads(file, component('~/knowledge/views'))).toEqual([]);
    // What else the module exports (pure helpers, types) is no loading.
    expect(dataLoads(file, "---\nimport { pageLabel } from '~/knowledge';\nimport type { KnowledgeBase } from '~/knowledge';\n---\n")).toEqual([]);
    expect(dataLoads(file, "---\nimport * as knowledge from '~/knowledge';\n---\n")).toEqual(['~/knowledge']);
  });
});
