/** Reads each driver's printed names (name and aliases) from content/drivers/, for the importer. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { DriverNames } from './render-mdx.ts';

export function readDriverNames(contentDir: string): DriverNames[] {
  const dir = join(contentDir, 'drivers');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const data = load(readFileSync(join(dir, f), 'utf8')) as { name: string; aliases?: string[] };
      return { id: f.replace(/\.yaml$/, ''), names: [data.name, ...(data.aliases ?? [])] };
    });
}
