/**
 * A throwaway copy of the project, to prove that bad input stops the build.
 * The copy lives inside the project (in .build-copies/, ignored by git) so
 * that Node finds the project's node_modules by walking up the folders: a
 * symlinked node_modules makes Vite see two paths for one file and fail.
 * It never touches the real tree.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'bench', '.build-copies']);

export interface ProjectCopy {
  dir: string;
  edit(file: string, change: (text: string) => string): void;
  /** Builds the copy; `env` adds to (or, with undefined, removes from) the environment. */
  build(env?: Record<string, string | undefined>): { status: number | null; output: string };
  remove(): void;
}

export function copyProject(): ProjectCopy {
  mkdirSync(join(root, '.build-copies'), { recursive: true });
  const dir = mkdtempSync(join(root, '.build-copies', 'copy-'));
  // Entry by entry: a copy into a folder of the project itself must not recurse into it.
  for (const entry of readdirSync(root)) {
    if (!SKIP.has(entry)) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  return {
    dir,
    edit(file, change) {
      const path = join(dir, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`copyProject: the edit to ${file} changed nothing`);
      writeFileSync(path, after);
    },
    build(env = {}) {
      const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: dir,
        env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
        encoding: 'utf8',
        timeout: 170_000,
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
