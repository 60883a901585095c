import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, ENTITY_KIND_NAMES, entityKey, entityOfPath, entityPath, entryId, findingPath, isEntityKind, kindIndexPath } from './kinds.ts';

const content = new URL('../../content/', import.meta.url);

describe('the registry of entity kinds', () => {
  it('names distinct collections, data folders, URL folders, tags and labels', () => {
    for (const field of ['collection', 'dataDir', 'urlFolder', 'tag', 'label', 'plural'] as const) {
      const values = ENTITY_KIND_NAMES.map((k) => ENTITY_KINDS[k][field]);
      expect(new Set(values).size, field).toBe(values.length);
    }
  });

  it('has a data folder in content/ for every kind, and a route file under src/pages/<urlFolder>/', () => {
    for (const kind of ENTITY_KIND_NAMES) {
      const { dataDir, urlFolder } = ENTITY_KINDS[kind];
      expect(
        readdirSync(new URL(dataDir, content)).some((f) => f.endsWith('.yaml')),
        dataDir,
      ).toBe(true);
      const routes = readdirSync(new URL(`../pages/${urlFolder}/`, import.meta.url));
      expect(
        routes.some((f) => /^\[\w+\]\.astro$/.test(f)),
        urlFolder,
      ).toBe(true);
    }
  });

  it('has a collection in src/content.config.ts and an MDX component for every kind', () => {
    const config = readFileSync(new URL('../content.config.ts', import.meta.url), 'utf8');
    const components = readFileSync(new URL('../user-components/index.ts', import.meta.url), 'utf8');
    for (const kind of ENTITY_KIND_NAMES) {
      expect(config).toContain(`${ENTITY_KINDS[kind].collection}: defineCollection`);
      expect(components).toContain(`as ${ENTITY_KINDS[kind].tag} }`);
    }
  });
});

describe('entity URLs', () => {
  it('puts every kind under its folder, with the id as URLs show it', () => {
    expect(entityPath('driver', 'recruitment')).toBe('/drivers/recruitment/');
    expect(entityPath('group', 'iskp')).toBe('/groups/iskp/');
    expect(entityPath('theory', 'borum')).toBe('/theories/borum/');
    expect(entityPath('organization', 'lashkar-e-taiba')).toBe('/organizations/lashkar-e-taiba/');
    // Interviewees: one URL whether named by number, by mark attribute or by file name.
    for (const id of [7, '7', '07']) expect(entityPath('interviewee', id)).toBe('/interviews/7/');
    expect(kindIndexPath('interviewee')).toBe('/interviews/');
  });

  it('reads back the kind and id of every entity page, and nothing else', () => {
    for (const kind of ENTITY_KIND_NAMES)
      expect(entityOfPath(entityPath(kind, kind === 'interviewee' ? 3 : 'x'))).toEqual({ kind, id: kind === 'interviewee' ? '3' : 'x' });
    for (const path of ['/', '/drivers/', '/chapters/introduction/', '/a/b/c/', '/cite/drivers/x/']) expect(entityOfPath(path)).toBeUndefined();
  });

  it('links a finding to its evidence on the driver page', () => {
    expect(findingPath('recruitment', 'iskp')).toBe('/drivers/recruitment/#in-iskp');
  });

  it('stores interviewees as two-digit files and keys them by number', () => {
    expect(entryId('interviewee', 7)).toBe('07');
    expect(entryId('interviewee', '22')).toBe('22');
    expect(entryId('driver', 'recruitment')).toBe('recruitment');
    expect(entityKey('interviewee', '07')).toBe(entityKey('interviewee', 7));
  });
});

describe('kind names', () => {
  it('are the registry’s keys only', () => {
    expect(isEntityKind('driver')).toBe(true);
    expect(isEntityKind('toString')).toBe(false);
  });
});
