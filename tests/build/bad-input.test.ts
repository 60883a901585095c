/**
 * Bad input stops the build with a message that names the file (and the
 * field); it never produces a broken page. Each case builds a copy of the
 * project with one mistake in it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';

let copy: ProjectCopy | undefined;
afterEach(() => copy?.remove());

function buildWith(file: string, change: (text: string) => string) {
  copy = copyProject();
  copy.edit(file, change);
  return copy.build();
}

describe('the build stops on bad input', () => {
  it('a chapter page without a title', () => {
    const { status, output } = buildWith('content/docs/chapters/framework.mdx', (t) => t.replace(/^title: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('content/docs/chapters/framework.mdx: frontmatter field "title" is missing');
  });

  it('a chapter out of order', () => {
    const { status, output } = buildWith('content/docs/chapters/methodology.mdx', (t) => t.replace(/^thesisOrder: \d+$/m, 'thesisOrder: 9'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/docs\/chapters\/methodology\.mdx: frontmatter field "thesisOrder" is 9, .*out of order/);
  });

  it('a cross-link to a driver that does not exist', () => {
    const { status, output } = buildWith('content/docs/case-studies/kashmir.mdx', (t) =>
      t.replace(/(\n\nForeign fighters who went to Kashmir)/, '\n\nA <Driver id="porous-borders">porous border</Driver>.$1'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/docs\/case-studies\/kashmir\.mdx:\d+: unknown driver id "porous-borders"/);
  });

  it('a count that is not a number', () => {
    const { status, output } = buildWith('content/findings/iskp/recruitment.yaml', (t) => t.replace(/table5: 11/, 'table5: eleven'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/findings/iskp/recruitment.yaml');
    expect(output).toContain('tables.table5');
  });

  it('a count above 22', () => {
    const { status, output } = buildWith('content/findings/iskp/recruitment.yaml', (t) => t.replace(/table5: 11/, 'table5: 23'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/findings/iskp/recruitment.yaml');
    expect(output).toContain('tables.table5');
  });

  it('an interviewee number outside 1-22 in a footnote list', () => {
    const { status, output } = buildWith('content/findings/kashmiri-fighters/recruitment.yaml', (t) => t.replace(/interviewees: "1-9, 11, 14-19, 21, 22"/, 'interviewees: "1-9, 11, 14-19, 21, 23"'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/findings/kashmiri-fighters/recruitment.yaml: field "statements[0].interviewees": interviewee 23');
  });

  it('a reference to an organization that does not exist', () => {
    const { status, output } = buildWith('content/groups/iskp.yaml', (t) => t.replace('  - "islamic-state-khorasan"', '  - "islamic-state-khorasan-province"'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/groups/iskp.yaml: field "organizations[0]": no organization "islamic-state-khorasan-province"');
  });

  it('a name from outside the thesis without the reason the site gives it', () => {
    const { status, output } = buildWith('content/organizations/madrasa-haqania.yaml', (t) => t.replace(/\n  reason: "short form of that name in wider use"/, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('content/organizations/madrasa-haqania.yaml');
    expect(output).toContain('otherNames.1.reason');
  });

  it('a theory linked to a driver through a Table 3 row that does not cite it', () => {
    const { status, output } = buildWith('content/theories/vinci-four-clusters.yaml', (t) =>
      t.replace(/  - driver: financial-motivations\n    basis: editorial\n    reason: .*/, '  - driver: financial-motivations\n    basis: table-3\n    candidate: t3-03'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/theories/vinci-four-clusters.yaml: field "drivers[0].candidate": Table 3 row 3');
    expect(output).toContain('does not cite Vinci');
  });

  it('a year for an event that is not in the thesis', () => {
    const { status, output } = buildWith('content/organizations/islamic-state-khorasan.yaml', (t) => t.replace('(ISKP) in 2014', '(ISKP) in 2013').replace('year: 2014', 'year: 2013'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/organizations/islamic-state-khorasan.yaml: field "datedEvents[1].asWritten"');
    expect(output).toContain('is not in the thesis text');
  });
});
