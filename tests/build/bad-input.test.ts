/**
 * Bad input stops `astro build` with a message that names the file (and the
 * field); it never produces a broken page. Each case builds a copy of the
 * project with mistakes in it.
 *
 * A build stops at the first check that fails, so each case here is one of
 * the places where the build checks: the pre-build check of the chapter MDX
 * (which reports every problem at once, so one build carries four
 * mistakes), the collections' zod schemas, and the cross-checks made when
 * the data is loaded (one build each: the first failure stops the build).
 * The checks themselves, with more mistakes each, are unit tests that need
 * no build: tests/unit/bad-input.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';

let copy: ProjectCopy | undefined;
afterEach(() => copy?.remove());

function buildWith(edits: Array<[file: string, change: (text: string) => string]>) {
  copy = copyProject();
  for (const [file, change] of edits) copy.edit(file, change);
  return copy.build();
}

describe('the build stops on bad input', () => {
  it('a SITE_URL that is not an absolute http(s) URL, naming SITE_URL', () => {
    copy = copyProject();
    const { status, output } = copy.build({ SITE_URL: 'kb.example.edu' });
    expect(status).not.toBe(0);
    expect(output).toContain('SITE_URL: "kb.example.edu" is not an absolute URL');
  });

  it('chapter MDX and reference ids: a page without a title, a chapter out of order, a cross-link to a driver that does not exist and two references with one id, all named at once', () => {
    const { status, output } = buildWith([
      ['content/docs/chapters/framework.mdx', (t) => t.replace(/^title: .*\n/m, '')],
      ['content/docs/chapters/methodology.mdx', (t) => t.replace(/^thesisOrder: \d+$/m, 'thesisOrder: 9')],
      [
        'content/docs/case-studies/kashmir.mdx',
        (t) => t.replace(/(\n\nForeign fighters who went to Kashmir)/, '\n\nA <Driver id="porous-borders">porous border</Driver>.$1'),
      ],
      ['content/references/references.yaml', (t) => t.replace('- id: ankit-2016\n', '- id: ankit-2013\n')],
    ]);
    expect(status).not.toBe(0);
    expect(output).toContain('content/docs/chapters/framework.mdx: frontmatter field "title" is missing');
    expect(output).toMatch(/content\/docs\/chapters\/methodology\.mdx: frontmatter field "thesisOrder" is 9, .*out of order/);
    expect(output).toMatch(/content\/docs\/case-studies\/kashmir\.mdx:\d+: unknown driver id "porous-borders"/);
    expect(output).toMatch(/content\/references\/references\.yaml: entry \d+ \(id "ankit-2013"\): field "id" is already the id of entry \d+/);
  });

  it('schema: a count that is not a number', () => {
    const { status, output } = buildWith([['content/findings/iskp/recruitment.yaml', (t) => t.replace(/table5: 11/, 'table5: eleven')]]);
    expect(status).not.toBe(0);
    expect(output).toContain('content/findings/iskp/recruitment.yaml');
    expect(output).toContain('tables.table5');
  });

  it('loading the data: an interviewee number outside 1-22 in a footnote list', () => {
    const { status, output } = buildWith([
      [
        'content/findings/kashmiri-fighters/recruitment.yaml',
        (t) => t.replace(/interviewees: "1-9, 11, 14-19, 21, 22"/, 'interviewees: "1-9, 11, 14-19, 21, 23"'),
      ],
    ]);
    expect(status).not.toBe(0);
    expect(output).toContain('content/findings/kashmiri-fighters/recruitment.yaml: field "statements[0].interviewees": interviewee 23');
  });

  it('loading the data: a reference to an organization that does not exist', () => {
    const { status, output } = buildWith([
      ['content/groups/iskp.yaml', (t) => t.replace('  - "islamic-state-khorasan"', '  - "islamic-state-khorasan-province"')],
    ]);
    expect(status).not.toBe(0);
    expect(output).toContain('content/groups/iskp.yaml: field "organizations[0]": no organization "islamic-state-khorasan-province"');
  });

  it('schema: a name from outside the thesis without the reason the site gives it', () => {
    const { status, output } = buildWith([
      ['content/organizations/madrasa-haqania.yaml', (t) => t.replace(/\n\s+reason: "short form of that name in wider use"/, '')],
    ]);
    expect(status).not.toBe(0);
    expect(output).toContain('content/organizations/madrasa-haqania.yaml');
    expect(output).toContain('otherNames.1.reason');
  });

  it('loading the data: a theory linked to a driver through a Table 3 row that does not cite it', () => {
    const { status, output } = buildWith([
      [
        'content/theories/vinci-four-clusters.yaml',
        (t) =>
          t.replace(
            / {2}- driver: financial-motivations\n {4}basis: editorial\n {4}reason: .*/,
            '  - driver: financial-motivations\n    basis: table-3\n    candidate: t3-03',
          ),
      ],
    ]);
    expect(status).not.toBe(0);
    expect(output).toContain('content/theories/vinci-four-clusters.yaml: field "drivers[0].candidate": Table 3 row 3');
    expect(output).toContain('does not cite Vinci');
  });

  it('loading the data: a year for an event that is not in the thesis', () => {
    const { status, output } = buildWith([
      ['content/organizations/islamic-state-khorasan.yaml', (t) => t.replace('(ISKP) in 2014', '(ISKP) in 2013').replace('year: 2014', 'year: 2013')],
    ]);
    expect(status).not.toBe(0);
    expect(output).toContain('content/organizations/islamic-state-khorasan.yaml: field "datedEvents[1].asWritten"');
    expect(output).toContain('is not in the thesis text');
  });
});
