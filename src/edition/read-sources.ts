/**
 * What the importer renders, read from the files under content/ (outside
 * Vite, so not through src/source/thesis.ts): the document model of
 * content/source/thesis.txt, the mentions of content/marks.yaml, and the
 * entries of the reference list, each checked by its own schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readThesis } from '../source/document.ts';
import { findMentions, parseMarkRules } from '../knowledge/mentions.ts';
import { readDriverNames } from './driver-names.ts';
import { readReferences } from './reference-list.ts';
import type { EditionSources } from './render-mdx.ts';

export function readEditionSources(contentDir: string): EditionSources {
  const doc = readThesis(readFileSync(join(contentDir, 'source', 'thesis.txt'), 'utf8'));
  const rules = parseMarkRules(readFileSync(join(contentDir, 'marks.yaml'), 'utf8'));
  return { doc, mentions: findMentions(doc, rules, readDriverNames(contentDir)), references: readReferences(contentDir) };
}
