/**
 * Reads a YAML file the build uses outside Astro's content collections (the
 * importer's content/marks.yaml, a driver's names for the importer, a page's
 * frontmatter in the pre-build check) with a zod schema, so that a mistake
 * stops with the file and the field named, as a collection entry's would.
 */
import { load } from 'js-yaml';
import type { z } from 'astro/zod';

export class YamlDataError extends Error {}

/** "entries[3].phrases" from a zod issue path. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** Parses `text` (the YAML of `file`) with `schema`; throws naming the file and every bad field. */
export function parseYaml<S extends z.ZodType>(file: string, text: string, schema: S): z.output<S> {
  let data: unknown;
  try {
    data = load(text);
  } catch (error) {
    throw new YamlDataError(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${file}: field "${fieldPath(issue.path) || '(top level)'}": ${issue.message}`);
  throw new YamlDataError(problems.join('\n'));
}
