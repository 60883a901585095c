/**
 * Imports the thesis from its plain-text source into the chapter MDX under
 * content/docs/. Run with `npm run import` after a change to the importer or to
 * content/source/thesis.txt; the MDX it writes is committed, and a test checks
 * that it is up to date (tests/unit/import-thesis.test.ts).
 *
 * What it does, and nothing more:
 * - splits the source into pages at the headings listed in src/source/parts.ts;
 * - rejoins paragraphs cut by page breaks and puts each footnote on the page of its marker;
 * - turns tab-separated tables into HTML tables with captions and stable ids (#table-N);
 * - escapes what MDX would otherwise read as syntax;
 * - adds visible editorial notes where the text disagrees with itself (the list is in
 *   src/edition/editorial-notes.ts),
 *   and marks mentions of entities (drivers, groups, theories, organizations,
 *   interviewees) with typed components, from content/marks.yaml;
 * - links each author-date citation that names exactly one entry of
 *   content/references/ to that entry on /references/, where each entry is
 *   anchored by its id (src/knowledge/reference-ids.ts).
 * It never changes the author's words.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDriverNames } from '../src/edition/driver-names.ts';
import { readReferences } from '../src/edition/reference-list.ts';
import { renderPages } from '../src/edition/render-mdx.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = readFileSync(join(root, 'content/source/thesis.txt'), 'utf8');
const marks = readFileSync(join(root, 'content/marks.yaml'), 'utf8');

for (const [slug, mdx] of renderPages(source, marks, readDriverNames(join(root, 'content')), readReferences(join(root, 'content')))) {
  const file = join(root, 'content/docs', `${slug}.mdx`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, mdx);
  console.log(`wrote content/docs/${slug}.mdx`);
}
