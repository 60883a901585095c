/** Reads each driver's printed names (name and aliases) from content/drivers/, for the importer. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { driverSchema } from '../knowledge/schemas.ts';
import { parseYaml } from '../knowledge/parse-yaml.ts';
import type { DriverNames } from '../knowledge/mentions.ts';

/** The part of a driver's file the importer reads, checked by the collection's own schema. */
const printedNames = driverSchema.pick({ name: true, aliases: true });

export function readDriverNames(contentDir: string): DriverNames[] {
  const dir = join(contentDir, 'drivers');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const { name, aliases } = parseYaml(`content/drivers/${f}`, readFileSync(join(dir, f), 'utf8'), printedNames);
      return { id: f.replace(/\.yaml$/, ''), names: [name, ...aliases] };
    });
}
