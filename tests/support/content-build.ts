/**
 * `astro build` of the project's own code against a temporary copy of its
 * content folder, to prove that bad input stops the build. Only content/ is
 * copied: the build's root is a folder in .build-copies/ (ignored by git)
 * whose src/, public/ and configuration files are symbolic links to the
 * project's, so the code built is the real tree, and Astro's loaders read
 * content/ from the build's root, the copy. The folder lives inside the
 * project so that Node finds the project's node_modules by walking up the
 * folders (a linked node_modules would make Vite see two paths for one file).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** What a build reads besides content/: linked, never copied. */
const LINKED = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface ContentBuild {
  dir: string;
  /** Changes a file of the copied content (path relative to the project, e.g. 'content/groups/iskp.yaml'). */
  edit(file: string, change: (text: string) => string): void;
  /** Builds; `env` adds to the environment. */
  build(env?: Record<string, string>): { status: number | null; output: string };
  remove(): void;
}

export function contentBuild(): ContentBuild {
  mkdirSync(join(root, '.build-copies'), { recursive: true });
  const dir = mkdtempSync(join(root, '.build-copies', 'content-'));
  for (const entry of LINKED) symlinkSync(join(root, entry), join(dir, entry));
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  return {
    dir,
    edit(file, change) {
      if (!file.startsWith('content/')) throw new Error(`contentBuild: only content/ is copied, not ${file}`);
      const path = join(dir, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`contentBuild: the edit to ${file} changed nothing`);
      writeFileSync(path, after);
    },
    build(env = {}) {
      const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: dir,
        env: { ...buildEnvironment(), ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
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

/**
 * The environment of `npm run build`, without what Vitest puts into its own
 * (import.meta.env as variables: BASE_URL=/, MODE=test, DEV, PROD, SSR, and
 * NODE_ENV=test): Astro reads import.meta.env from the process's
 * environment, so a build started from a test would take Vitest's base and
 * mode for its own.
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}
