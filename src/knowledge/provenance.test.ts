import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, ENTITY_KIND_NAMES } from './kinds.ts';
import { parseYaml } from './parse-yaml.ts';
import { editorialList, fieldProvenance, provenance, provenanceProblems, sources, thesis } from './provenance.ts';
import { groupSchema, organizationSchema, sectionRef, statementSchema, theorySchema } from './schemas.ts';

describe('every field of every entity schema says where it comes from', () => {
  it.each(ENTITY_KIND_NAMES)('%s', (kind) => {
    const schema = ENTITY_KINDS[kind].schema as unknown as z.ZodObject;
    expect(fieldProvenance(schema).length).toBeGreaterThan(3);
    expect(provenanceProblems(kind, schema)).toEqual([]);
  });

  it("a statement of chapter 4: its words the thesis's, its label (aspect) the site's, the part it counts the thesis's words", () => {
    expect(provenanceProblems('statement', statementSchema)).toEqual([]);
    const kind = (field: keyof typeof statementSchema.shape) => provenance.get(statementSchema.shape[field] as z.ZodType)?.kind;
    expect([kind('text'), kind('aspect'), kind('countsPart'), kind('section')]).toEqual(['thesis', 'editorial-field', 'thesis', 'sources']);
  });

  it('a field that says neither, and a thesis field whose section field holds no sections, are named', () => {
    const bad = z.object({
      description: thesis(z.string(), 'descriptionFrom'),
      descriptionFrom: sources(z.array(sectionRef).min(1)),
      added: z.string(),
      summary: thesis(z.string(), 'summaryFrom'),
      summaryFrom: z.array(sectionRef),
    });
    expect(provenanceProblems('fixture', bad)).toEqual([
      'fixture: field "added" says neither where in the thesis it comes from nor that it is editorial',
      'fixture: field "summary" is from the thesis but its section field "summaryFrom" is not a field of sections',
      'fixture: field "summaryFrom" says neither where in the thesis it comes from nor that it is editorial',
    ]);
  });

  it('marking a shared schema does not mark the other fields that use it', () => {
    sources(sectionRef);
    expect(provenance.get(sectionRef)).toBeUndefined();
  });
});

const yaml = (lines: string[]) => lines.join('\n');
const GROUP = ['order: 3', 'name: "Kashmiri Fighters"', 'conflict: "kashmir"', 'description: "Pakistani foreign fighters who go to Kashmir."'];

describe('bad input stops with the file and the field named', () => {
  it('an editorial value without its reason', () => {
    const text = yaml([...GROUP, 'descriptionFrom:', '  - page: "case-studies/kashmir"', 'otherNames:', '  - value: "Kashmiri mujahideen"']);
    expect(() => parseYaml('content/groups/kashmiri-fighters.yaml', text, groupSchema)).toThrow(
      'content/groups/kashmiri-fighters.yaml: field "otherNames[0].reason": an editorial value needs a reason (why the site gives it)',
    );
  });

  it("an editorial name given as a bare string, as if it were the thesis's", () => {
    const text = yaml([...GROUP, 'descriptionFrom:', '  - page: "case-studies/kashmir"', 'otherNames:', '  - "Kashmiri mujahideen"']);
    expect(() => parseYaml('content/groups/kashmiri-fighters.yaml', text, groupSchema)).toThrow('content/groups/kashmiri-fighters.yaml: field "otherNames[0]"');
  });

  it('a thesis field without its section', () => {
    expect(() => parseYaml('content/groups/kashmiri-fighters.yaml', yaml([...GROUP, 'descriptionFrom: []']), groupSchema)).toThrow(
      'content/groups/kashmiri-fighters.yaml: field "descriptionFrom"',
    );
    const org = yaml(['name: "Dawn"', 'spellings: ["Dawn"]', 'kind: "media"', 'role: "A newspaper."', 'sections: []']);
    expect(() => parseYaml('content/organizations/dawn.yaml', org, organizationSchema)).toThrow('content/organizations/dawn.yaml: field "sections"');
  });

  const THEORY = ['name: "Four clusters of motivation"', 'authors: ["Vinci, A."]', 'year: 2006', 'model: "foreign-fighters"', 'summary: "Four clusters."'];
  it('a theory without its section', () => {
    expect(() => parseYaml('content/theories/vinci-four-clusters.yaml', yaml(THEORY), theorySchema)).toThrow(
      'content/theories/vinci-four-clusters.yaml: field "section"',
    );
  });

  it('a theory–driver link without its basis, or an editorial one without its reason', () => {
    const withLink = (link: string[]) => yaml([...THEORY, 'section:', '  page: "chapters/framework"', 'drivers:', ...link]);
    expect(() => parseYaml('content/theories/vinci-four-clusters.yaml', withLink(['  - "financial-motivations"']), theorySchema)).toThrow(
      'content/theories/vinci-four-clusters.yaml: field "drivers[0]"',
    );
    expect(() =>
      parseYaml('content/theories/vinci-four-clusters.yaml', withLink(['  - driver: "financial-motivations"', '    basis: "editorial"']), theorySchema),
    ).toThrow('content/theories/vinci-four-clusters.yaml: field "drivers[0].reason"');
    const ok = parseYaml(
      'content/theories/vinci-four-clusters.yaml',
      withLink(['  - driver: "financial-motivations"', '    basis: "editorial"', '    reason: "Chapter 2 lists economic incentives."']),
      theorySchema,
    );
    expect(ok.drivers).toEqual([{ driver: 'financial-motivations', basis: 'editorial', reason: 'Chapter 2 lists economic incentives.' }]);
  });

  it('accepts an editorial value with its reason, and an organization with none', () => {
    const text = yaml([
      ...GROUP,
      'descriptionFrom:',
      '  - page: "case-studies/kashmir"',
      'otherNames:',
      '  - value: "Kashmiri mujahideen"',
      '    reason: "a name in wider use"',
    ]);
    expect(parseYaml('content/groups/kashmiri-fighters.yaml', text, groupSchema).otherNames).toEqual([
      { value: 'Kashmiri mujahideen', reason: 'a name in wider use' },
    ]);
  });
});

describe('editorialList', () => {
  it('rejects fields it does not know, so that a mistyped "reason" cannot pass', () => {
    expect(editorialList(z.string()).safeParse([{ value: 'x', reson: 'typo' }]).success).toBe(false);
  });
});
