import { describe, expect, it } from 'vitest';
import { applyMarks, parseMarkRules } from './marks.ts';

describe('content/marks.yaml', () => {
  it('reads rules of every kind', () => {
    const rules = parseMarkRules('- kind: organization\n  id: lashkar-e-taiba\n  phrases: [LeT]\n- kind: interviewee\n  id: "7"\n  phrases: [Interviewee 7]\n');
    expect(rules.map((r) => r.kind)).toEqual(['organization', 'interviewee']);
  });

  it.each([
    ['- kind: person\n  id: x\n  phrases: [X]\n', 'field "[0].kind"'],
    ['- kind: driver\n  phrases: [X]\n', 'field "[0].id"'],
    ['- kind: driver\n  id: x\n  phrases: []\n', 'field "[0].phrases"'],
    ['kind: driver\n', 'field "(top level)"'],
    ['- kind: [driver\n', 'not valid YAML'],
  ])('stops with the file and the field named: %j', (yaml, field) => {
    expect(() => parseMarkRules(yaml)).toThrow('content/marks.yaml');
    expect(() => parseMarkRules(yaml)).toThrow(field);
  });
});

describe('applyMarks', () => {
  const rules = parseMarkRules(
    '- kind: organization\n  id: lashkar-e-taiba\n  phrases: [LeT, Lashkar-e-Taiba]\n- kind: interviewee\n  id: "7"\n  phrases: [Interviewee 7]\n',
  );

  it('marks the first mention of each entity in a section, with the tag and attribute of its kind', () => {
    const seen = new Set<string>();
    expect(applyMarks('LeT and Interviewee 7 said LeT', rules, seen)).toBe(
      '<Org id="lashkar-e-taiba">LeT</Org> and <Interviewee n={7}>Interviewee 7</Interviewee> said LeT',
    );
    expect(applyMarks('LeT again', rules, seen)).toBe('LeT again');
  });

  it('depends only on its arguments: a new section marks again, however often it runs', () => {
    const first = applyMarks('LeT', rules, new Set());
    expect(applyMarks('LeT', rules, new Set())).toBe(first);
    expect(first).toContain('<Org');
  });

  it('never marks inside a link or another mark', () => {
    expect(applyMarks('[LeT](/x/) <Org id="y">LeT</Org>', rules, new Set())).toBe('[LeT](/x/) <Org id="y">LeT</Org>');
  });
});
