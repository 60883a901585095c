/**
 * /data/datapackage.json is a valid Frictionless Data Package (version 2):
 * validated with Ajv against the standard's own JSON Schema profiles (vendored
 * in vendor/datapackage-profiles/), and every CSV it lists loads with the types
 * its Table Schema declares: header, types, missing values, constraints,
 * primary keys and foreign keys. Controls: a broken descriptor and a broken
 * CSV must fail the same checks.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fileForUrlPath, readPage } from '../support/dist.ts';

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; minimum?: number; maximum?: number };
  description?: string;
}
interface Resource {
  name: string;
  path: string;
  schema: {
    fields: Field[];
    missingValues: string[];
    primaryKey: string[];
    foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
  };
}
type Cell = string | number | boolean | null;

const profile = (name: string) => JSON.parse(readFileSync(new URL(`../../vendor/datapackage-profiles/${name}.json`, import.meta.url), 'utf8')) as object;
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
function validator(schema: object): ValidateFunction {
  // strict: false because the profiles carry documentation keywords (propertyOrder, context) that are not JSON Schema.
  const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
  ajv.addFormat('textarea', true); // a display hint in the profiles, not a constraint
  return ajv.compile(schema);
}
const validatePackage = validator(profile('datapackage'));
const validateTableSchema = validator(profile('tableschema'));

const descriptor = JSON.parse(readFileSync(fileForUrlPath('/data/datapackage.json'), 'utf8')) as { resources: Resource[] } & Record<string, unknown>;
const csv = (path: string) => readFileSync(fileForUrlPath(`/data/${path}`), 'utf8');

/** Casts one field as the Table Schema spec says for the types the package uses; throws on a value that is not of the type. */
function cast(value: string, field: Field, missing: readonly string[]): Cell {
  if (missing.includes(value)) return null;
  switch (field.type) {
    case 'string':
      return value;
    case 'integer':
      if (!/^[+-]?\d+$/.test(value)) throw new Error(`"${value}" is not an integer`);
      return Number(value);
    case 'number':
      if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(value)) throw new Error(`"${value}" is not a number`);
      return Number(value);
    case 'boolean':
      if (['true', 'True', 'TRUE', '1'].includes(value)) return true;
      if (['false', 'False', 'FALSE', '0'].includes(value)) return false;
      throw new Error(`"${value}" is not a boolean`);
    case 'date': {
      const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!d || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) throw new Error(`"${value}" is not a date`);
      return value;
    }
    default:
      throw new Error(`type ${field.type} is not one this loader knows`);
  }
}

/** Loads a CSV by its resource's Table Schema: rows of typed values, keyed by field name. */
function load(resource: Resource, text: string): Array<Record<string, Cell>> {
  const [header, ...rows] = parse(text, { relax_column_count: false }) as string[][];
  const names = resource.schema.fields.map((f) => f.name);
  if (JSON.stringify(header) !== JSON.stringify(names)) throw new Error(`${resource.path}: header ${header?.join(',')} is not ${names.join(',')}`);
  return rows.map((row, r) =>
    Object.fromEntries(
      resource.schema.fields.map((f, i) => {
        let v: Cell;
        try {
          v = cast(row[i] ?? '', f, resource.schema.missingValues);
        } catch (e) {
          throw new Error(`${resource.path}, row ${r + 2}, ${f.name}: ${(e as Error).message}`, { cause: e });
        }
        const c = f.constraints ?? {};
        if (c.required && v === null) throw new Error(`${resource.path}, row ${r + 2}, ${f.name}: required but empty`);
        if (v !== null && c.enum && !c.enum.includes(String(v)))
          throw new Error(`${resource.path}, row ${r + 2}, ${f.name}: "${v}" is not one of ${c.enum.join(', ')}`);
        if (typeof v === 'number' && ((c.minimum !== undefined && v < c.minimum) || (c.maximum !== undefined && v > c.maximum)))
          throw new Error(`${resource.path}, row ${r + 2}, ${f.name}: ${v} out of range`);
        return [f.name, v];
      }),
    ),
  );
}

function keysHold(resources: readonly Resource[], data: ReadonlyMap<string, Array<Record<string, Cell>>>): string[] {
  const problems: string[] = [];
  for (const res of resources) {
    const rows = data.get(res.name) ?? [];
    const key = (row: Record<string, Cell>, fields: readonly string[]) => JSON.stringify(fields.map((f) => row[f]));
    const pk = rows.map((r) => key(r, res.schema.primaryKey));
    if (new Set(pk).size !== pk.length) problems.push(`${res.name}: primary key ${res.schema.primaryKey.join('+')} repeats`);
    for (const f of res.schema.fields.filter((f) => f.constraints?.unique)) {
      const values = rows.map((r) => r[f.name]).filter((v) => v !== null);
      if (new Set(values).size !== values.length) problems.push(`${res.name}: ${f.name} is not unique`);
    }
    for (const fk of res.schema.foreignKeys ?? []) {
      const target = new Set((data.get(fk.reference.resource) ?? []).map((r) => key(r, fk.reference.fields)));
      for (const row of rows) if (!target.has(key(row, fk.fields))) problems.push(`${res.name}: ${key(row, fk.fields)} has no row in ${fk.reference.resource}`);
    }
  }
  return problems;
}

describe('the data package', () => {
  it('validates against the Data Package 2.0 profile', () => {
    const ok = validatePackage(descriptor);
    expect(validatePackage.errors ?? [], JSON.stringify(validatePackage.errors)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('gives every resource a Table Schema that validates against the Table Schema 2.0 profile, with descriptions, missing values and keys', () => {
    expect(descriptor.resources.length).toBeGreaterThanOrEqual(5);
    for (const res of descriptor.resources) {
      expect(validateTableSchema(res.schema), `${res.name}: ${JSON.stringify(validateTableSchema.errors)}`).toBe(true);
      expect(res.schema.missingValues).toEqual(['']);
      expect(res.schema.primaryKey.length).toBeGreaterThan(0);
      for (const f of res.schema.fields) {
        expect(f.name, res.name).toMatch(/^[a-z][a-z0-9_]*$/);
        expect((f as Field & { description?: string }).description, `${res.name}.${f.name}`).toBeTruthy();
      }
    }
  });

  it('loads every CSV with its declared types, and its primary and foreign keys hold', () => {
    const data = new Map(descriptor.resources.map((r) => [r.name, load(r, csv(r.path))]));
    for (const [name, rows] of data) expect(rows.length, name).toBeGreaterThan(0);
    expect(keysHold(descriptor.resources, data)).toEqual([]);
  });

  it('gives every column name one meaning and one type in every file', () => {
    const seen = new Map<string, { type: string; description: string; where: string }>();
    const differ: string[] = [];
    for (const res of descriptor.resources) {
      for (const f of res.schema.fields as Array<Field & { description: string }>) {
        const prior = seen.get(f.name);
        if (prior && (prior.type !== f.type || prior.description !== f.description)) differ.push(`${res.name}.${f.name} against ${prior.where}`);
        if (!prior) seen.set(f.name, { type: f.type, description: f.description, where: `${res.name}.${f.name}` });
      }
    }
    expect(differ).toEqual([]);
    // The shared keys are among them, and "name" (a driver's or a group's?) is not.
    expect([...seen.keys()]).toEqual(expect.arrayContaining(['driver', 'group', 'interviewee', 'statement_id', 'percent', 'percent_as_written']));
    expect(seen.has('name')).toBe(false);
    expect(seen.get('percent')?.type).toBe('integer');
  });

  it('lists every CSV under /data/ as a resource, and none that is not built', () => {
    const dir = dirname(fileForUrlPath('/data/datapackage.json'));
    const csvs = readdirSync(dir).filter((f) => f.endsWith('.csv'));
    expect(new Set(descriptor.resources.map((r) => r.path))).toEqual(new Set(csvs));
    expect(csvs).toEqual(expect.arrayContaining(['drivers.csv', 'findings.csv']));
  });

  it('says of every column whether it may be empty, and every integer column with an empty field says it may', () => {
    const undeclared: string[] = [];
    for (const res of descriptor.resources) {
      const [header, ...rows] = parse(csv(res.path)) as string[][];
      for (const f of res.schema.fields) {
        if (typeof f.constraints?.required !== 'boolean') undeclared.push(`${res.name}.${f.name}: required not stated`);
        const column = header!.indexOf(f.name);
        if (f.type === 'integer' && rows.some((r) => r[column] === '') && f.constraints?.required !== false) undeclared.push(`${res.name}.${f.name}`);
      }
    }
    expect(undeclared).toEqual([]);
    // The footnote column has empty fields, and is declared as an integer that may be empty.
    const footnote = descriptor.resources.find((r) => r.name === 'findings')!.schema.fields.find((f) => f.name === 'footnote')!;
    expect([footnote.type, footnote.constraints?.required]).toEqual(['integer', false]);
  });

  it('states its terms in a licenses field: CC0 for the site’s own work, the thesis’s words as its author’s, and /data/ says the same', () => {
    const licenses = descriptor['licenses'] as Array<{ name?: string; path?: string; title?: string }>;
    expect(licenses.map((l) => l.name ?? l.path)).toEqual(['CC0-1.0', 'index.html#licence']);
    expect(licenses[1]?.title).toMatch(/thesis's words/);
    const data = readPage('/data/');
    expect(data).toContain('id="licence"');
    expect(data).toMatch(/CC0 1\.0/);
  });

  it('keeps blank and "-" apart from 0 in the table cells, and expands the footnote lists one interviewee per row', () => {
    const cells = load(
      descriptor.resources.find((r) => r.name === 'table-cells')!,
      csv('table-cells.csv'),
    );
    const kinds = new Set(cells.map((c) => c.printed_as));
    expect(kinds).toEqual(new Set(['number', 'dash', 'blank']));
    for (const c of cells.filter((c) => c.printed_as !== 'number')) expect(c.value, JSON.stringify(c)).toBeNull();
    expect(cells.some((c) => c.printed_as === 'number' && c.value === 0)).toBe(true);
    const listed = load(
      descriptor.resources.find((r) => r.name === 'statement-interviewees')!,
      csv('statement-interviewees.csv'),
    );
    // Kashmir, financial motivations: footnote 14 lists interviewees 3 and 4.
    expect(listed.filter((l) => l.statement_id === 'kashmiri-fighters--financial-motivations--1').map((l) => l.interviewee)).toEqual([3, 4]);
  });
});

describe('controls: the same checks fail on bad input', () => {
  it('rejects a descriptor whose resource has no path or data, and a field of an unknown type', () => {
    const broken = structuredClone(descriptor);
    delete (broken.resources[0] as Partial<Resource>).path;
    expect(validatePackage(broken)).toBe(false);
    const badType = structuredClone(descriptor);
    badType.resources[0]!.schema.fields[0]!.type = 'text';
    expect(validatePackage(badType)).toBe(false);
  });

  it('rejects a CSV with a value not of its type, a wrong header, a repeated key and a dangling foreign key', () => {
    const res = descriptor.resources.find((r) => r.name === 'statement-interviewees')!;
    expect(() => load(res, 'statement_id,interviewee\r\nx,three\r\n')).toThrow(/not an integer/);
    expect(() => load(res, 'statement,interviewee\r\nx,3\r\n')).toThrow(/header/);
    expect(() => load(res, 'statement_id,interviewee\r\nx,23\r\n')).toThrow(/out of range/);
    const rows = load(res, 'statement_id,interviewee\r\nnone,3\r\nnone,3\r\n');
    const problems = keysHold(
      [res],
      new Map([
        [res.name, rows],
        ['statements', []],
        ['interviewees', [{ interviewee: 3 }]],
      ]),
    );
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/primary key/), expect.stringMatching(/has no row in statements/)]));
  });
});
