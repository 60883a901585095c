/**
 * The project's content collections read without Astro, for unit tests that
 * mock `astro:content` (as Starlight's own tests do in
 * packages/starlight/__tests__/test-utils.ts): every YAML file of content/
 * parsed with its collection's schema (the folders and schemas of
 * src/content.config.ts), ids as Astro's loaders make them (the file's path
 * under its folder, without `.yaml`; a reference's own `id`), and the chapter
 * MDX as `docs` entries with their body.
 *
 * Tests change an entry in memory (a mistake of one kind) and call the code
 * that reads the collections, with no build and no copy of the project.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { ENTITY_KINDS } from '../../src/knowledge/kinds.ts';
import { parseYaml } from '../../src/knowledge/parse-yaml.ts';
import {
  candidateDriverSchema,
  conflictSchema,
  definitionSchema,
  findingSchema,
  referenceSchema,
  relatedResearchSchema,
  reviewedNoteSchema,
} from '../../src/knowledge/schemas.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Collection name → its folder under content/ and its schema, as src/content.config.ts declares them. */
const YAML_FOLDERS: Record<string, { dir: string; schema: z.ZodType }> = {
  ...Object.fromEntries(Object.values(ENTITY_KINDS).map((kind) => [kind.collection, { dir: kind.dataDir, schema: kind.schema }])),
  conflicts: { dir: 'conflicts', schema: conflictSchema },
  findings: { dir: 'findings', schema: findingSchema },
  definitions: { dir: 'definitions', schema: definitionSchema },
  candidateDrivers: { dir: 'candidate-drivers', schema: candidateDriverSchema },
  related: { dir: 'related', schema: relatedResearchSchema },
  dataNotes: { dir: 'data-notes', schema: reviewedNoteSchema },
};

export interface ContentEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
}

export type ContentCollections = Record<string, ContentEntry[]>;

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .sort();
}

/** Every collection of the project as `getCollection` would return it (fresh objects on every call: tests may change them). */
export function readContentCollections(): ContentCollections {
  const collections: ContentCollections = {};
  for (const [name, { dir, schema }] of Object.entries(YAML_FOLDERS)) {
    const folder = join(root, 'content', dir);
    collections[name] = filesUnder(folder, '.yaml').map((file) => ({
      id: file.replace(/\.yaml$/, ''),
      data: parseYaml(`content/${dir}/${file}`, readFileSync(join(folder, file), 'utf8'), schema) as Record<string, unknown>,
    }));
  }
  const referencesFile = 'content/references/references.yaml';
  const references = parseYaml(referencesFile, readFileSync(join(root, referencesFile), 'utf8'), referenceSchema.array());
  collections['references'] = references.map(({ id, ...data }) => ({ id, data }));
  const docs = join(root, 'content/docs');
  collections['docs'] = filesUnder(docs, '.mdx').map((file) => {
    const text = readFileSync(join(docs, file), 'utf8');
    // The body is what follows the frontmatter, as Astro's glob loader gives it.
    return { id: file.replace(/\.mdx$/, ''), data: {}, body: text.replace(/^---\n[\s\S]*?\n---\n/, '') };
  });
  return collections;
}

/** The entry `id` of `collection`, to change in a test; throws if there is none (a test of nothing). */
export function entryOf(collections: ContentCollections, collection: string, id: string): ContentEntry {
  const entry = collections[collection]?.find((e) => e.id === id);
  if (!entry) throw new Error(`no entry "${id}" in the collection "${collection}"`);
  return entry;
}
