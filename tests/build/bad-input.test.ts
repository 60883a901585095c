/**
 * One real `astro build` that must stop on bad input with the file and the
 * field named: a finding whose Table 5 count is not a number, which the
 * collection's zod schema (src/knowledge/schemas.ts, declared in
 * src/content.config.ts) rejects while Astro loads the content. It proves
 * that the schemas are wired into the build; the build stops there, before
 * any page is rendered.
 *
 * Every other check is proven without a build, called as the build calls it
 * (tests/unit/bad-input.test.ts: the checks made when the data loads, through
 * loadKnowledge; the pre-build check of the chapter MDX through its
 * integration hook; SITE_URL), and on small in-memory collections
 * (src/knowledge/integrity.test.ts).
 */
import { afterEach, expect, it } from 'vitest';
import { contentBuild, type ContentBuild } from '../support/content-build.ts';

let build: ContentBuild | undefined;
afterEach(() => build?.remove());

it('the build stops on a count that is not a number, naming the file and the field', () => {
  build = contentBuild();
  build.edit('content/findings/iskp/recruitment.yaml', (t) => t.replace(/table5: \d+/, 'table5: eleven'));
  const { status, output } = build.build();
  expect(status).not.toBe(0);
  expect(output).toContain('findings → iskp/recruitment data does not match collection schema');
  expect(output).toContain('tables.table5');
  expect(output).toContain('Received `"eleven"`');
  expect(output).toContain('content/findings/iskp/recruitment.yaml');
});
