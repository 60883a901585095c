/** Reads the reference list's entries (content/references/references.yaml) for the importer, ids checked first. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { referenceSchema } from '../knowledge/schemas.ts';
import { parseYaml, YamlDataError } from '../knowledge/parse-yaml.ts';
import { REFERENCES_FILE, checkReferenceIds } from '../knowledge/reference-ids.ts';
import type { CitableReference } from '../knowledge/citation-links.ts';

/** The part of an entry the importer reads, checked by the collection's own schema. */
const citable = z.array(referenceSchema.pick({ id: true, text: true, authors: true, year: true }));

export function readReferences(contentDir: string): CitableReference[] {
  const text = readFileSync(join(contentDir, 'references', 'references.yaml'), 'utf8');
  const problems = checkReferenceIds(load(text));
  if (problems.length) throw new YamlDataError(problems.join('\n'));
  return parseYaml(REFERENCES_FILE, text, citable);
}
