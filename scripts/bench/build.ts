/**
 * Runs `astro build` in a project folder and times it (wall clock, from
 * spawning Node to its exit: what a reader of CI logs waits for).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface BuildRun {
  ms: number;
  /** Pages Astro reports ("153 page(s) built"). */
  pages: number;
  ok: boolean;
  /** The end of the output, when the build failed. */
  tail: string;
}

export function timedBuild(dir: string = root): BuildRun {
  const start = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 900_000,
  });
  const ms = performance.now() - start;
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
  const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? Number.NaN);
  return { ms, pages, ok: result.status === 0, tail: result.status === 0 ? '' : output.trim().split('\n').slice(-15).join('\n') };
}
