/**
 * Where each kind of entity lives, and a lookup that refuses unknown ids.
 * A mark in the chapter text with an id that is not in the data stops the
 * build here, naming the kind and the id (the MDX file is named by the
 * earlier check in src/integrations/check-marks.ts).
 */
import { getEntry } from 'astro:content';

export type EntityKind = 'driver' | 'group' | 'theory' | 'organization' | 'interviewee';

const COLLECTION = {
  driver: 'drivers',
  group: 'groups',
  theory: 'theories',
  organization: 'organizations',
  interviewee: 'interviewees',
} as const;

/** URL path of an entity's page. Stable: these are cited. */
export function entityPath(kind: EntityKind, id: string): string {
  switch (kind) {
    case 'driver':
      return `/drivers/${id}/`;
    case 'group':
      return `/groups/${id}/`;
    case 'theory':
      return `/theories/${id}/`;
    case 'organization':
      return `/organizations/${id}/`;
    case 'interviewee':
      return `/interviews/${Number(id)}/`;
  }
}

/** The entry id under which an interviewee is stored (files are 01.yaml … 22.yaml). */
export const intervieweeEntryId = (n: number | string) => String(n).padStart(2, '0');

export async function entityHref(kind: EntityKind, id: string): Promise<string> {
  const entryId = kind === 'interviewee' ? intervieweeEntryId(id) : id;
  const entry = await getEntry(COLLECTION[kind], entryId);
  if (!entry) throw new Error(`Unknown ${kind} id "${id}": no entry in content/${COLLECTION[kind]}/ (used by a <${kind}> mark in the chapter text).`);
  return entityPath(kind, id);
}
