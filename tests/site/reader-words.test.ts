/**
 * Words for the reader, not the builder (issue 14): the pages a reader meets
 * about the data and citing name no repository path or tool, and /data/'s
 * bibliography shows italics and links, not the Markdown they are stored as.
 */
import { describe, expect, it } from 'vitest';
import { readPage, textOf } from '../support/dist.ts';

describe('reader pages', () => {
  it.each(['/data/', '/cite/', '/', '/drivers/', '/evidence/'])('%s names no repository path or build detail', (path) => {
    const text = textOf(readPage(path));
    for (const builderWord of ['content/', 'src/', 'tests/', '.yaml', 'published-urls', 'git history', 'npm ']) {
      // Addresses inside references (…/wp-content/uploads/…) are the thesis's, not the site's.
      expect(text.replace(/https?:\/\/\S+/g, ''), `${path}: "${builderWord}"`).not.toContain(builderWord);
    }
  });

  it("/data/'s bibliography shows italics and links, not literal Markdown", () => {
    const html = readPage('/data/');
    const list = /<ul class="references[^"]*">([^]*?)<\/ul>/.exec(html)?.[1] ?? '';
    expect(list).toContain('<em>Survival</em>');
    expect(list).not.toMatch(/\*[A-Z][^*<]+\*/);
    expect(list).toMatch(/<a href="https:\/\/[^"]+">https:\/\//);
    // The site's own notes on an entry (in brackets) may quote the source's raw text.
    expect(list.replace(/<em> \([^]*?\)<\/em>/g, '')).not.toContain('&lt;https://');
  });
});
