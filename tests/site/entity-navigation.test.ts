/**
 * No entity page is a dead end (issue 14): each has a breadcrumb to the index
 * of its kind, the sidebar marks that index as its parent, and following
 * "Next" from the first entity of a kind visits every entity its index lists,
 * once each, in the index's order ("Previous" walks back the same way).
 */
import { describe, expect, it } from 'vitest';
import { listPages, readPage } from '../support/dist.ts';

const FOLDERS = ['drivers', 'groups', 'organizations', 'theories', 'interviews'];

const pagination = (html: string) => {
  const block = /<div class="pagination-links[^>]*>([^]*?)<\/div>/.exec(html)?.[1] ?? '';
  const links = [...block.matchAll(/<a href="([^"]+)"[^>]*rel="(prev|next)"/g)].map((m) => [m[2], m[1]] as const);
  return Object.fromEntries(links) as { prev?: string; next?: string };
};

describe.each(FOLDERS)('/%s/<id>/ pages', (folder) => {
  const pages = listPages().filter((p) => new RegExp(`^/${folder}/[^/]+/$`).test(p));

  it('exist', () => expect(pages.length).toBeGreaterThan(1));

  it('have a breadcrumb to their index and the index marked in the sidebar', () => {
    for (const path of pages) {
      const html = readPage(path);
      const crumb = /<nav class="breadcrumbs[^"]*" aria-label="Breadcrumb">([^]*?)<\/nav>/.exec(html)?.[1] ?? '';
      expect(crumb, path).toContain(`href="/${folder}/"`);
      expect(html, path).toMatch(new RegExp(`<a href="/${folder}/"[^>]*data-parent-of-current`));
    }
  });

  it('walk through every entity of the kind with Next, and back with Previous', () => {
    const listed = new Set(pages);
    const starts = pages.filter((p) => pagination(readPage(p)).prev === undefined);
    expect(starts).toHaveLength(1);
    const walk: string[] = [];
    for (let path: string | undefined = starts[0]; path !== undefined; path = pagination(readPage(path)).next) {
      expect(walk, `a loop at ${path}`).not.toContain(path);
      walk.push(path);
    }
    expect(new Set(walk)).toEqual(listed);
    for (let i = 1; i < walk.length; i++) expect(pagination(readPage(walk[i]!)).prev).toBe(walk[i - 1]);
  });
});
