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
import {
  candidateDriverSchema,
  conflictSchema,
  definitionSchema,
  driverSchema,
  findingSchema,
  groupSchema,
  intervieweeSchema,
  organizationSchema,
  referenceSchema,
  relatedResearchSchema,
  theorySchema,
} from './knowledge/schemas';

/** One YAML file per entry; the file name (without extension) is the entry's id. */
const yamlFiles = (dir: string) => glob({ base: `./content/${dir}`, pattern: '**/*.yaml' });

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
  drivers: defineCollection({ loader: yamlFiles('drivers'), schema: driverSchema }),
  conflicts: defineCollection({ loader: yamlFiles('conflicts'), schema: conflictSchema }),
  groups: defineCollection({ loader: yamlFiles('groups'), schema: groupSchema }),
  findings: defineCollection({ loader: yamlFiles('findings'), schema: findingSchema }),
  interviewees: defineCollection({ loader: yamlFiles('interviewees'), schema: intervieweeSchema }),
  theories: defineCollection({ loader: yamlFiles('theories'), schema: theorySchema }),
  definitions: defineCollection({ loader: yamlFiles('definitions'), schema: definitionSchema }),
  candidateDrivers: defineCollection({ loader: yamlFiles('candidate-drivers'), schema: candidateDriverSchema }),
  organizations: defineCollection({ loader: yamlFiles('organizations'), schema: organizationSchema }),
  references: defineCollection({ loader: file('./content/references/references.yaml'), schema: referenceSchema.omit({ id: true }) }),
  related: defineCollection({ loader: yamlFiles('related'), schema: relatedResearchSchema }),
};
