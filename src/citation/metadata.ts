/**
 * The thesis's bibliographic facts, read once from content/metadata/thesis.yaml
 * and checked against thesisMetadataSchema. Every citation, citation_* meta tag
 * and JSON-LD block takes the title, degree, institutions and date from here.
 *
 * A YAML file rather than a TypeScript constant: it sits with the other data in
 * content/, an editor can correct it without touching code, and the schema
 * documents and checks every field (a wrong date stops the build, naming the field).
 */
import { load as loadYaml } from 'js-yaml';
import source from '../../content/metadata/thesis.yaml?raw';
import { thesisMetadataSchema, type ThesisMetadata } from '../knowledge/schemas.ts';

export const METADATA_FILE = 'content/metadata/thesis.yaml';

export class MetadataError extends Error {}

/** Parses and checks the metadata file; throws naming the file and the field. */
export function parseThesisMetadata(text: string, file: string = METADATA_FILE): ThesisMetadata {
  let data: unknown;
  try {
    data = loadYaml(text);
  } catch (e) {
    throw new MetadataError(`${file}: not valid YAML: ${(e as Error).message}`);
  }
  const result = thesisMetadataSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `field "${issue.path.join('.') || '(root)'}": ${issue.message}`);
    throw new MetadataError(`${file}: ${problems.join('; ')}`);
  }
  return result.data;
}

export const THESIS: ThesisMetadata = parseThesisMetadata(source);

/** The year of the thesis, from its submission date. */
export const thesisYear = (meta: ThesisMetadata): number => Number(meta.submitted.slice(0, 4));
