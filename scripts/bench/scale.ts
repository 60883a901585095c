/**
 * The scale test: the same build with the data multiplied synthetically, in
 * throwaway copies of the project under bench/tmp/ (ignored by git, never
 * committed; inside the project so Node finds its node_modules, as
 * tests/support/content-build.ts explains).
 *
 * At factor k, every driver, organization and theory gets k-1 synthetic
 * twins (same data, id '<id>-x<n>', name marked "(synthetic n)"; a driver's
 * twin without the thesis's other names for it), and every
 * finding gets one twin per synthetic driver, so entities and findings both
 * grow k-fold (findings are one per host group and driver; the five host
 * groups and the 22 interviewees are fixed by the thesis and stay). The
 * schema's fixed list of driver ids is extended in the copy to match.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dump, load } from 'js-yaml';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const SCALE_DIR = join(root, 'bench', 'tmp');
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'bench', '.build-copies']);

export class ScaleError extends Error {}

export interface ScaledCopy {
  dir: string;
  factor: number;
  counts: { drivers: number; findings: number; organizations: number; theories: number };
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Replace a top-level `key: value` line; throws if the file has none. */
function setTopLevel(text: string, key: string, change: (value: string) => string, file: string): string {
  const pattern = new RegExp(`^${key}: (.*)$`, 'm');
  if (!pattern.test(text)) throw new ScaleError(`${file}: no top-level "${key}:" to change`);
  return text.replace(pattern, (_, value: string) => `${key}: ${change(value)}`);
}

/** A YAML scalar as written: double-quoted (JSON-compatible here) or plain. */
const unquote = (value: string): string => (/^".*"$/.test(value.trim()) ? (JSON.parse(value) as string) : value.trim());

const markSynthetic = (n: number) => (value: string) => JSON.stringify(`${unquote(value)} (synthetic ${n})`);

/** Patch the copy's schema so that the synthetic driver ids are valid. */
function extendSchema(dir: string, factor: number): string[] {
  const file = join(dir, 'src/knowledge/schemas.ts');
  let text = readFileSync(file, 'utf8');
  const list = /export const DRIVER_IDS = \[([\s\S]*?)\] as const;/.exec(text);
  if (!list) throw new ScaleError('src/knowledge/schemas.ts: DRIVER_IDS not found; update scripts/bench/scale.ts');
  const ids = [...(list[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1] ?? '');
  const synthetic = ids.flatMap((id) => Array.from({ length: factor - 1 }, (_, i) => `${id}-x${i + 2}`));
  text = text.replace(list[0], `export const DRIVER_IDS = [${[...ids, ...synthetic].map((id) => `'${id}'`).join(', ')}] as const;`);
  const numberRule = /(number: (?:thesisAt\()?z\.number\(\)\.int\(\)\.min\(1\))\.max\(\d+\)/;
  if (!numberRule.test(text)) throw new ScaleError('src/knowledge/schemas.ts: the driver number rule not found; update scripts/bench/scale.ts');
  text = text.replace(numberRule, '$1');
  writeFileSync(file, text);
  return ids;
}

export function makeScaledCopy(factor: number): ScaledCopy {
  const dir = join(SCALE_DIR, `scale-${factor}x`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(root)) {
    if (!SKIP.has(entry)) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  const content = join(dir, 'content');
  if (factor > 1) {
    const driverIds = extendSchema(dir, factor);
    const driverCount = driverIds.length;
    for (const file of yamlFiles(join(content, 'drivers'))) {
      const text = readFileSync(file, 'utf8');
      const driver = load(text) as { number: number; name: string; aliases?: string[] };
      for (let n = 2; n <= factor; n++) {
        // A twin has no names of its own: the thesis's names of a driver are checked against the rows the methodology
        // merges into that driver (src/knowledge/merges.ts), and no row is merged into a twin.
        const twin = { ...driver, number: driver.number + driverCount * (n - 1), name: `${driver.name} (synthetic ${n})`, aliases: [] };
        writeFileSync(file.replace(/\.yaml$/, `-x${n}.yaml`), dump(twin));
      }
    }
    for (const file of yamlFiles(join(content, 'findings'))) {
      const text = readFileSync(file, 'utf8');
      for (let n = 2; n <= factor; n++) {
        writeFileSync(
          file.replace(/\.yaml$/, `-x${n}.yaml`),
          setTopLevel(text, 'driver', (value) => JSON.stringify(`${unquote(value)}-x${n}`), file),
        );
      }
    }
    for (const collection of ['organizations', 'theories']) {
      for (const file of yamlFiles(join(content, collection))) {
        const text = readFileSync(file, 'utf8');
        for (let n = 2; n <= factor; n++) writeFileSync(file.replace(/\.yaml$/, `-x${n}.yaml`), setTopLevel(text, 'name', markSynthetic(n), file));
      }
    }
  }
  const count = (collection: string) => (existsSync(join(content, collection)) ? yamlFiles(join(content, collection)).length : 0);
  return {
    dir,
    factor,
    counts: { drivers: count('drivers'), findings: count('findings'), organizations: count('organizations'), theories: count('theories') },
  };
}

export function removeScaledCopy(copy: ScaledCopy): void {
  rmSync(copy.dir, { recursive: true, force: true });
}
