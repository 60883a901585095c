/**
 * The self-audit's own data must be the thesis's words: a Discussion claim, a
 * speaker's introduction or a side of a reviewed data note that the thesis
 * does not contain stops the build, naming the file and the field.
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

describe('the build stops on audit data the thesis does not contain', () => {
  it('a claim of the Discussion in words the thesis does not use', () => {
    const { status, output } = buildWith('content/drivers/previous-experience.yaml', (t) =>
      t.replace(
        'Previous experience is a common driver of fighters who join Afghan Taliban',
        'Previous experience is the main driver of fighters who join Afghan Taliban',
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/drivers/previous-experience.yaml: field "claims[0].words"');
  });

  it("a speaker's introduction that is not in the thesis", () => {
    const { status, output } = buildWith('content/findings/kashmiri-fighters/recruitment.yaml', (t) =>
      t.replace('introducedAs: "A former Inspector General of the Punjab Police"', 'introducedAs: "The Director General Counter Terrorism at NACTA"'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/findings\/kashmiri-fighters\/recruitment\.yaml: field "quotes\[\d+\]\.introducedAs"/);
  });

  it('a side of a reviewed data note that the thesis does not print where the note says', () => {
    const { status, output } = buildWith('content/data-notes/qom-in-syria-and-iran.yaml', (t) =>
      t.replace('running four training camps for militias in the city of Qom', 'running four training camps for militias in the city of Tehran'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/data-notes/qom-in-syria-and-iran.yaml: field "sides[1].says"');
  });
});
