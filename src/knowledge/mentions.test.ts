import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readThesis, textBlocks } from '../source/document.ts';
import { readDriverNames } from '../edition/driver-names.ts';
import { blockKey, findMentions, marksIn, parseMarkRules, type MarkRule } from './mentions.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

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

describe('marksIn', () => {
  const rules: MarkRule[] = [
    { kind: 'organization', id: 'lashkar-e-taiba', phrases: ['LeT', 'Lashkar-e-Taiba'] },
    { kind: 'interviewee', id: '7', phrases: ['Interviewee 7'] },
    { kind: 'organization', id: 'taiba', phrases: ['Taiba'] },
  ];
  const marked = (text: string, seen = new Set<string>()) => marksIn(text, rules, seen).map((s) => [text.slice(s.at, s.at + s.length), s.id]);

  it('marks the first mention of each entity in a section, and none already marked in it', () => {
    const seen = new Set<string>();
    expect(marked('LeT and Interviewee 7 said LeT', seen)).toEqual([
      ['LeT', 'lashkar-e-taiba'],
      ['Interviewee 7', '7'],
    ]);
    expect(marked('LeT again', seen)).toEqual([]);
    expect(marked('LeT again')).toEqual([['LeT', 'lashkar-e-taiba']]);
  });

  it('never marks inside another mark, a link, or across a footnote marker, and only whole words', () => {
    expect(marked('Lashkar-e-Taiba, then Taiba')).toEqual([
      ['Lashkar-e-Taiba', 'lashkar-e-taiba'],
      ['Taiba', 'taiba'],
    ]);
    expect(marked('<https://example.org/LeT> LeTs Interview¹ 7')).toEqual([]);
    expect(marked('Interviewee 7¹ said')).toEqual([['Interviewee 7', '7']]);
  });
});

describe('the mentions of the thesis', () => {
  const doc = readThesis(read('content/source/thesis.txt'));
  const rules = parseMarkRules(read('content/marks.yaml'));
  const mentions = findMentions(doc, rules, readDriverNames(new URL('../../content', import.meta.url).pathname));

  it('are each one of its rule’s phrases, at most once per entity and section', () => {
    const phrases = new Map(rules.map((r) => [`${r.kind}:${r.id}`, new Set(r.phrases)]));
    const perSection: string[] = [];
    for (const part of doc.parts) {
      for (const block of textBlocks(part)) {
        for (const mark of mentions.marks.get(blockKey(part.slug, block.id)) ?? []) {
          expect(phrases.get(`${mark.kind}:${mark.id}`)?.has(block.text.slice(mark.at, mark.at + mark.length))).toBe(true);
          perSection.push(`${mark.kind}:${mark.id}@${part.slug}#${block.section.heading ?? ''}`);
        }
      }
    }
    expect(perSection.length).toBeGreaterThan(100);
    expect(new Set(perSection).size).toBe(perSection.length);
  });

  it('file each case study’s numbered driver section under its driver', () => {
    const sections = doc.parts
      .filter((p) => p.group === 'Case studies')
      .flatMap((p) => p.blocks.filter((b) => b.kind === 'heading' && b.level === 3).map((b) => (b.kind === 'heading' ? blockKey(p.slug, b.anchor) : '')));
    expect(sections.length).toBeGreaterThan(20);
    for (const key of sections) expect(mentions.driverSections.has(key), key).toBe(true);
  });

  it('come in reading order', () => {
    const parts = doc.parts.map((p) => p.slug);
    const order = mentions.uses.map((u) => parts.indexOf(u.section.page));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
