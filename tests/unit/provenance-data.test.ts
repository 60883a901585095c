/**
 * The data against the thesis: every name listed as the thesis's is printed
 * in it, every name listed as in wider use is not (it would belong with the
 * thesis's), no host group is given a host organization's name the thesis
 * does not give it, and every theory–driver link says what it rests on.
 * Read from the YAML files directly, not through the site's code.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { printedIn, thesisPrints } from '../support/printed.ts';
import { parseYaml } from '../../src/knowledge/parse-yaml.ts';
import { candidateDriverSchema, theorySchema } from '../../src/knowledge/schemas.ts';
import { linkProblem } from '../../src/knowledge/theory-links.ts';

type Named = { name: string; shortName?: string; aliases?: string[]; spellings?: string[]; otherNames?: Array<{ value: string; reason: string }> };
const DIRS = ['drivers', 'groups', 'organizations', 'theories'] as const;
const files = (dir: string) => readdirSync(new URL(`../../content/${dir}/`, import.meta.url)).filter((f) => f.endsWith('.yaml'));
const read = <T>(dir: string, file: string): T => load(readFileSync(new URL(`../../content/${dir}/${file}`, import.meta.url), 'utf8')) as T;

const printedNames = DIRS.flatMap((dir) =>
  files(dir).flatMap((file) => {
    const d = read<Named>(dir, file);
    return [...(d.shortName ? [d.shortName] : []), ...(d.aliases ?? []), ...(d.spellings ?? [])].map((name) => ({ where: `content/${dir}/${file}`, name }));
  }),
);
const namesElsewhere = DIRS.flatMap((dir) =>
  files(dir).flatMap((file) => (read<Named>(dir, file).otherNames ?? []).map((n) => ({ where: `content/${dir}/${file}`, ...n }))),
);

describe('the matcher', () => {
  it('finds whole words, ignoring case, quotes and dashes; keeps the case of short acronyms', () => {
    expect(printedIn('the Lashkar–e–Taiba and Hum News', 'lashkar-e-taiba')).toBe(true);
    expect(printedIn('the Hum News', 'HuM')).toBe(false);
    expect(printedIn('Harkat-ul-Mujahideen (HuM)', 'HuM')).toBe(true);
    expect(printedIn('Talibanization', 'Taliban')).toBe(false);
  });
});

describe('names "in the thesis"', () => {
  it('has names to check', () => {
    expect(printedNames.length).toBeGreaterThan(200);
    expect(namesElsewhere.length).toBeGreaterThan(30);
  });

  it.each(printedNames.map((n) => [n.where, n.name]))('%s: "%s" is printed in the thesis', (_where, name) => {
    expect(thesisPrints(name)).toBe(true);
  });
});

describe('names "also known elsewhere"', () => {
  it.each(namesElsewhere.map((n) => [n.where, n.value, n.reason]))(
    '%s: "%s" is not printed in the thesis (else it is the thesis\'s name) and has a reason',
    (_where, name, reason) => {
      expect(thesisPrints(name)).toBe(false);
      expect(reason.trim().length).toBeGreaterThan(10);
    },
  );
});

describe('identifications the thesis does not make', () => {
  it("no host group goes by a host organization's name that the thesis does not give the group", () => {
    const kashmir = read<Named>('groups', 'kashmiri-fighters.yaml');
    const shia = read<Named>('groups', 'shia-fighters.yaml');
    expect(kashmir.aliases).not.toEqual(expect.arrayContaining(['Lashkar-e-Taiba']));
    expect(kashmir.aliases).not.toEqual(expect.arrayContaining(['LeT']));
    expect(shia.aliases).not.toEqual(expect.arrayContaining(['Zainbeen Brigade']));
  });

  it('the Fatimeen Brigade, "(Iraqi)" in the thesis, is not merged with Liwa Fatemiyoun: the conflict is an editorial note', () => {
    expect(thesisPrints('Fatimeen Brigade (Iraqi)')).toBe(true);
    const f = read<Named & { editorialNotes?: Array<{ value: string; reason: string }> }>('organizations', 'fatimeen-brigade.yaml');
    const names = [...(f.spellings ?? []), ...(f.otherNames ?? []).map((n) => n.value)].join(' ');
    expect(names).not.toMatch(/Fatemiyoun/i);
    expect(f.editorialNotes?.some((n) => /Fatemiyoun/.test(n.value) && /\(Iraqi\)/.test(n.value))).toBe(true);
  });
});

describe('theory–driver links', () => {
  const parse = <S extends Parameters<typeof parseYaml>[2]>(dir: string, file: string, schema: S) =>
    parseYaml(`content/${dir}/${file}`, readFileSync(new URL(`../../content/${dir}/${file}`, import.meta.url), 'utf8'), schema);
  const candidates = files('candidate-drivers').map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parse('candidate-drivers', f, candidateDriverSchema) }));
  const theories = files('theories').map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parse('theories', f, theorySchema) }));

  it.each(theories.map((t) => [t.id, t] as const))('%s: every Table 3 link is one Table 3 makes', (_id, t) => {
    expect(t.data.drivers.map((l) => linkProblem(t.data, l, candidates)).filter(Boolean)).toEqual([]);
  });

  it('the links the issue found untraceable to Table 3 or the text are editorial, with their reasons', () => {
    const basis = (theory: string, driver: string) => theories.find((t) => t.id === theory)?.data.drivers.find((l) => l.driver === driver)?.basis;
    expect([
      basis('vinci-four-clusters', 'financial-motivations'),
      basis('venhaus-four-types', 'desire-for-adventure'),
      basis('pokalova-driving-factors', 'enabling-environment'),
      basis('hegghammer-six-explanations', 'organizational-credibility'),
    ]).toEqual(['editorial', 'editorial', 'editorial', 'editorial']);
  });
});
