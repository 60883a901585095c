/**
 * The yardstick issue 15 asks for: a bare Starlight site (no overrides, no
 * scripts of ours, Starlight's own search dialog with Pagefind's default UI)
 * holding the same text, the thesis's pages as plain Markdown, built in a
 * throwaway folder (bench/tmp/bare-starlight/, ignored by git; inside the
 * project so Node finds its node_modules, as scale.ts explains) and measured
 * the same way as the site: its text page's JavaScript before interaction and
 * its dialog's time from the last keystroke to the first result.
 *
 * The bare site indexes only the thesis's pages (no entity pages): its index
 * is smaller than the site's.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitIntoPages, THESIS_PAGES } from '../../src/source/parts.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const BARE_DIR = join(root, 'bench', 'tmp', 'bare-starlight');
/** The bare site's text page, the counterpart of the site's /chapters/introduction/. */
export const BARE_TEXT_PAGE = '/chapters/introduction/';

/**
 * A page of the source as Markdown that renders as the same text: each line
 * trimmed (no indented code blocks), every character Markdown would read as
 * markup escaped (CommonMark lets any ASCII punctuation be escaped), and the
 * front matter's title in quotes.
 */
export function bareMarkdown(title: string, text: string): string {
  const body = text
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/[\\`*_{}[\]<>#+\-!|~=&]/g, (c) => `\\${c}`)
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body}\n`;
}

/** Writes the bare site (replacing any earlier one) and returns its folder. */
export function makeBareSite(): string {
  rmSync(BARE_DIR, { recursive: true, force: true });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(BARE_DIR, path)), { recursive: true });
    writeFileSync(join(BARE_DIR, path), text);
  };
  // Astro reads the dependencies to know which packages Vite must bundle rather than leave to Node (Starlight imports astro:* modules).
  const { devDependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const dependencies = Object.fromEntries(['astro', '@astrojs/starlight'].map((name) => [name, devDependencies[name] ?? '*']));
  write('package.json', `${JSON.stringify({ name: 'bare-starlight', private: true, type: 'module', dependencies }, null, 2)}\n`);
  write('tsconfig.json', `${JSON.stringify({ extends: 'astro/tsconfigs/base' }, null, 2)}\n`);
  write(
    'astro.config.mjs',
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n\n` +
      `export default defineConfig({ trailingSlash: 'always', integrations: [starlight({ title: 'Bare Starlight' })] });\n`,
  );
  write(
    'src/content.config.ts',
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\n` +
      `export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  const pages = splitIntoPages(readFileSync(join(root, 'content', 'source', 'thesis.txt'), 'utf8'));
  write('src/content/docs/index.md', bareMarkdown('Bare Starlight', 'The thesis as plain Markdown, to measure Starlight itself.'));
  for (const page of THESIS_PAGES) write(`src/content/docs/${page.slug}.md`, bareMarkdown(page.label, pages.get(page.slug) ?? ''));
  return BARE_DIR;
}

export function removeBareSite(): void {
  rmSync(BARE_DIR, { recursive: true, force: true });
}
