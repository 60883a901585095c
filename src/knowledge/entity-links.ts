/**
 * A link to an entity that refuses unknown ids. A mark in the chapter text
 * with an id that is not in the data stops the build here, naming the kind
 * and the id (the MDX file and line are named by the earlier pre-build check
 * in src/integrations/check-thesis.ts).
 */
import { getEntry } from 'astro:content';
import { ENTITY_KINDS, entityPath, entryId, type EntityKind } from './kinds.ts';

export async function entityHref(kind: EntityKind, id: string): Promise<string> {
  const { collection, dataDir, tag } = ENTITY_KINDS[kind];
  const entry = await getEntry(collection, entryId(kind, id));
  if (!entry) throw new Error(`Unknown ${kind} id "${id}": no entry in content/${dataDir}/ (used by a <${tag}> mark in the chapter text).`);
  return entityPath(kind, id);
}
