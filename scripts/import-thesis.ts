/**
 * Writes the chapter MDX under content/docs/ from the thesis's document
 * model. Run with `npm run import` after a change to the renderer, to
 * content/source/thesis.txt, content/marks.yaml or the names of drivers and
 * references; the MDX it writes is committed, and a test checks that it is
 * up to date (tests/unit/import-thesis.test.ts).
 *
 * What it does, and nothing more:
 * - reads the source into the document model (src/source/document.ts): parts
 *   at the headings listed in src/source/parts.ts, paragraphs rejoined across
 *   page breaks, footnotes placed on the part of their markers, tables with
 *   the header rows they print;
 * - finds the mentions of entities (content/marks.yaml) and the citations that
 *   name an entry of the reference list (src/knowledge/mentions.ts,
 *   citation-links.ts), the same computation the knowledge base makes;
 * - renders the model as MDX (src/edition/render-mdx.ts): tables with captions
 *   and stable ids (#table-N), visible editorial notes where the text
 *   disagrees with itself (src/edition/editorial-notes.ts), marks and
 *   citation links as typed components and links, MDX syntax escaped.
 * It never changes the author's words.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readEditionSources } from '../src/edition/read-sources.ts';
import { renderPages } from '../src/edition/render-mdx.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

for (const [slug, mdx] of renderPages(readEditionSources(join(root, 'content')))) {
  const file = join(root, 'content/docs', `${slug}.mdx`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, mdx);
  console.log(`wrote content/docs/${slug}.mdx`);
}
