/**
 * Checks the chapter MDX before Astro builds anything, so that a mistake
 * stops the build with the file named instead of shipping a broken page:
 * - every page of the thesis exists, has a title, and its `thesisOrder` is
 *   its place in the reading order (src/source/parts.ts);
 * - every rule of content/marks.yaml (which phrases name which entity; the
 *   chapter MDX's marks are made from them) names an entity that exists in
 *   the data collections (content/<collection>/<id>.yaml);
 * - every entry of the reference list has an id of its own, well formed
 *   (src/knowledge/reference-ids.ts): the anchor that citations link to.
 *   Astro's file loader would only warn about a repeated id and keep one entry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { load as loadYaml } from 'js-yaml';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { z } from 'astro/zod';
import { ENTITY_KINDS, entryId } from '../knowledge/kinds.ts';
import { parseMarkRules } from '../knowledge/mentions.ts';
import { YamlDataError } from '../knowledge/parse-yaml.ts';
import { REFERENCES_FILE, checkReferenceIds } from '../knowledge/reference-ids.ts';
import { THESIS_PAGES } from '../source/parts.ts';

export class ThesisCheckError extends Error {}

/**
 * The two frontmatter fields this check needs, read leniently so that every
 * problem is reported with its own message (Starlight's docs schema checks
 * the rest once the build starts).
 */
const thesisFrontmatter = z.object({
  title: z.string().trim().min(1).optional().catch(undefined),
  thesisOrder: z.unknown(),
});

/** Returns the problems found under `root` (the project folder), one line each. */
export function checkThesis(root: string): string[] {
  const problems: string[] = [];
  THESIS_PAGES.forEach((page, index) => {
    const rel = `content/docs/${page.slug}.mdx`;
    const file = join(root, rel);
    if (!existsSync(file)) {
      problems.push(`${rel}: missing (the thesis page "${page.label}" must exist)`);
      return;
    }
    const parsed = thesisFrontmatter.safeParse(parseFrontmatter(readFileSync(file, 'utf8')).frontmatter);
    const data = parsed.success ? parsed.data : { title: undefined, thesisOrder: undefined };
    if (data.title === undefined) {
      problems.push(`${rel}: frontmatter field "title" is missing`);
    }
    if (data.thesisOrder !== index + 1) {
      problems.push(
        `${rel}: frontmatter field "thesisOrder" is ${JSON.stringify(data.thesisOrder)}, but this page is number ${index + 1} in the thesis's order (src/source/parts.ts); the chapter is out of order`,
      );
    }
  });
  problems.push(...checkMarkRules(root));
  const references = join(root, REFERENCES_FILE);
  if (existsSync(references)) {
    try {
      problems.push(...checkReferenceIds(loadYaml(readFileSync(references, 'utf8'))));
    } catch (error) {
      problems.push(`${REFERENCES_FILE}: not valid YAML: ${(error as Error).message}`);
    }
  } else {
    problems.push(`${REFERENCES_FILE}: missing (the reference list)`);
  }
  return problems;
}

/** Every rule of content/marks.yaml names an entity with a data file. */
function checkMarkRules(root: string): string[] {
  const file = join(root, 'content', 'marks.yaml');
  if (!existsSync(file)) return ['content/marks.yaml: missing (which phrases of the text name which entity)'];
  try {
    return parseMarkRules(readFileSync(file, 'utf8')).flatMap((rule, i) => {
      const { dataDir } = ENTITY_KINDS[rule.kind];
      const id = entryId(rule.kind, rule.id);
      return existsSync(join(root, 'content', dataDir, `${id}.yaml`))
        ? []
        : [`content/marks.yaml: field "[${i}].id": unknown ${rule.kind} id "${rule.id}" (no content/${dataDir}/${id}.yaml)`];
    });
  } catch (error) {
    if (error instanceof YamlDataError) return [error.message];
    throw error;
  }
}

export function checkThesisIntegration(): AstroIntegration {
  return {
    name: 'check-thesis',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const problems = checkThesis(new URL('.', config.root).pathname);
        if (problems.length) throw new ThesisCheckError(`The thesis pages have ${problems.length} problem(s):\n${problems.join('\n')}`);
      },
    },
  };
}
