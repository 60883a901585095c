/**
 * The one table of the kinds of entity the knowledge base publishes. Each
 * kind's collection, data folder, URL folder, MDX tag, label and schema are
 * stated here once; URLs, the MDX mark components, the build's mark check,
 * backlinks, search facets, citation kinds, the sidebar's index links and
 * the benchmark's page kinds are all derived from it.
 *
 * Adding a kind of entity: one entry here, its collection in
 * src/content.config.ts (which reads `dataDir` and `schema` from here), and
 * its page component under src/components/pages/ with a route file. Every
 * field of its schema must say where it comes from (src/knowledge/provenance.ts;
 * provenance.test.ts walks each kind's schema).
 *
 * This module must stay importable outside Astro (the build's pre-check,
 * scripts, unit tests): it imports no `astro:*` module.
 */
import type { z } from 'astro/zod';
import { driverSchema, groupSchema, intervieweeSchema, organizationSchema, theorySchema } from './schemas.ts';

export interface EntityKindSpec {
  /** The content collection's name (src/content.config.ts). */
  collection: string;
  /** Folder of the YAML files under content/, one file per entry; the file name is the entry id. */
  dataDir: string;
  /** Folder of the entity pages: /<urlFolder>/<id>/. These URLs are cited: never change one. */
  urlFolder: string;
  /** The component that marks a mention in the chapter MDX: `<Driver id="…">`, `<Interviewee n={7}>`. */
  tag: string;
  /** The attribute that names the entity in a mark: `id="…"`, or `n={…}` for numbered entities. */
  idAttribute: 'id' | 'n';
  /** What one entity is called on the site (search facet, page labels). */
  label: string;
  /** Its index page's label. */
  plural: string;
  /** The schema of one YAML file. */
  schema: z.ZodType;
}

export const ENTITY_KINDS = {
  driver: {
    collection: 'drivers',
    dataDir: 'drivers',
    urlFolder: 'drivers',
    tag: 'Driver',
    idAttribute: 'id',
    label: 'Driver',
    plural: 'Drivers',
    schema: driverSchema,
  },
  group: {
    collection: 'groups',
    dataDir: 'groups',
    urlFolder: 'groups',
    tag: 'Group',
    idAttribute: 'id',
    label: 'Host group',
    plural: 'Host groups',
    schema: groupSchema,
  },
  organization: {
    collection: 'organizations',
    dataDir: 'organizations',
    urlFolder: 'organizations',
    tag: 'Org',
    idAttribute: 'id',
    label: 'Organization',
    plural: 'Organizations',
    schema: organizationSchema,
  },
  theory: {
    collection: 'theories',
    dataDir: 'theories',
    urlFolder: 'theories',
    tag: 'Theory',
    idAttribute: 'id',
    label: 'Theory',
    plural: 'Theories',
    schema: theorySchema,
  },
  interviewee: {
    collection: 'interviewees',
    dataDir: 'interviewees',
    // The List of Interviews is /interviews/; interviewee n is /interviews/<n>/.
    urlFolder: 'interviews',
    tag: 'Interviewee',
    idAttribute: 'n',
    label: 'Interviewee',
    plural: 'Interviewees',
    schema: intervieweeSchema,
  },
} as const satisfies Record<string, EntityKindSpec>;

export type EntityKind = keyof typeof ENTITY_KINDS;
export type EntityCollection = (typeof ENTITY_KINDS)[EntityKind]['collection'];
export type EntityLabel = (typeof ENTITY_KINDS)[EntityKind]['label'];

/** The kinds in the order the site lists them (search facets, sidebar). */
export const ENTITY_KIND_NAMES = Object.keys(ENTITY_KINDS) as EntityKind[];

export function isEntityKind(value: string): value is EntityKind {
  return Object.hasOwn(ENTITY_KINDS, value);
}

/**
 * The entry id (YAML file name) of an entity from the id a mark or URL uses.
 * Interviewees are stored as 01.yaml … 22.yaml and named by number elsewhere.
 */
export function entryId(kind: EntityKind, id: string | number): string {
  return ENTITY_KINDS[kind].idAttribute === 'n' ? String(Number(id)).padStart(2, '0') : String(id);
}

/** The id as URLs show it: interviewee 7 is /interviews/7/, whatever its file is called. */
function urlId(kind: EntityKind, id: string | number): string {
  return ENTITY_KINDS[kind].idAttribute === 'n' ? String(Number(id)) : String(id);
}

/** The key of an entity in indexes such as the backlinks: "driver:recruitment", "interviewee:7". */
export function entityKey(kind: EntityKind, id: string | number): string {
  return `${kind}:${urlId(kind, id)}`;
}

/** URL path of an entity's page, the only place one is built. Stable: these are cited. */
export function entityPath(kind: EntityKind, id: string | number): string {
  return `/${ENTITY_KINDS[kind].urlFolder}/${urlId(kind, id)}/`;
}

/** URL path of a kind's index page: /drivers/, /interviews/ … */
export function kindIndexPath(kind: EntityKind): string {
  return `/${ENTITY_KINDS[kind].urlFolder}/`;
}

/** A finding (a driver in a host group) on the driver page (`#in-iskp`) or the group page (`#driver-recruitment`). */
export function findingAnchor(page: 'driver' | 'group', driver: string, group: string): string {
  return page === 'driver' ? `in-${group}` : `driver-${driver}`;
}

/** URL of a finding's evidence on its driver's page: /drivers/recruitment/#in-iskp. */
export function findingPath(driver: string, group: string): string {
  return `${entityPath('driver', driver)}#${findingAnchor('driver', driver, group)}`;
}

/** The kind and id of an entity page from its path ('/interviews/7/' → interviewee "7"), or undefined for any other page. */
export function entityOfPath(pathname: string): { kind: EntityKind; id: string } | undefined {
  const segments = pathname.split('/').filter(Boolean);
  if (segments.length !== 2) return undefined;
  const [folder, id] = segments as [string, string];
  const kind = ENTITY_KIND_NAMES.find((k) => ENTITY_KINDS[k].urlFolder === folder);
  return kind ? { kind, id } : undefined;
}
