/**
 * The content collections. Chapter MDX lives in content/docs/ (Starlight's
 * docs collection); every other collection is typed data in content/<name>/,
 * validated by the schemas in src/knowledge/schemas.ts. A file that does not
 * match its schema stops the build with the file and the field named.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { ENTITY_KINDS, type EntityCollection } from './knowledge/kinds';
import {
  candidateDriverSchema,
  conflictSchema,
  definitionSchema,
  findingSchema,
  referenceSchema,
  relatedResearchSchema,
  reviewedNoteSchema,
} from './knowledge/schemas';

/** One YAML file per entry; the file name (without extension) is the entry's id. */
const yamlFiles = (dir: string) => glob({ base: `./content/${dir}`, pattern: '**/*.yaml' });

/** The kinds of entity, each with a page of its own: folder and schema from the registry (src/knowledge/kinds.ts). */
const { driver, group, organization, theory, interviewee } = ENTITY_KINDS;

export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({
      extend: z.object({
        /** Position in the thesis's reading order (chapter pages only); checked at build time. */
        thesisOrder: z.number().int().min(1).optional(),
      }),
    }),
  }),
  // The kinds of entity (the `satisfies` below fails if one of the registry's is missing).
  drivers: defineCollection({ loader: yamlFiles(driver.dataDir), schema: driver.schema }),
  groups: defineCollection({ loader: yamlFiles(group.dataDir), schema: group.schema }),
  organizations: defineCollection({ loader: yamlFiles(organization.dataDir), schema: organization.schema }),
  theories: defineCollection({ loader: yamlFiles(theory.dataDir), schema: theory.schema }),
  interviewees: defineCollection({ loader: yamlFiles(interviewee.dataDir), schema: interviewee.schema }),
  // Data the entity pages are built from.
  conflicts: defineCollection({ loader: yamlFiles('conflicts'), schema: conflictSchema }),
  findings: defineCollection({ loader: yamlFiles('findings'), schema: findingSchema }),
  definitions: defineCollection({ loader: yamlFiles('definitions'), schema: definitionSchema }),
  candidateDrivers: defineCollection({ loader: yamlFiles('candidate-drivers'), schema: candidateDriverSchema }),
  references: defineCollection({ loader: file('./content/references/references.yaml'), schema: referenceSchema.omit({ id: true }) }),
  related: defineCollection({ loader: yamlFiles('related'), schema: relatedResearchSchema }),
  // Data notes a reader found, each side quoted from the thesis (src/knowledge/data-notes/reviewed.ts).
  dataNotes: defineCollection({ loader: yamlFiles('data-notes'), schema: reviewedNoteSchema }),
} satisfies Record<EntityCollection, unknown> & Record<string, unknown>;
